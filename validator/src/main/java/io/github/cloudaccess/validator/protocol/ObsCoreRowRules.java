package io.github.cloudaccess.validator.protocol;

import io.github.cloudaccess.validator.Protocol;
import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.stage.Emitter;
import io.github.cloudaccess.validator.votable.CellBuffer;
import io.github.cloudaccess.validator.votable.ColumnDemand;
import io.github.cloudaccess.validator.votable.DocumentInfo;
import io.github.cloudaccess.validator.votable.FieldInfo;
import io.github.cloudaccess.validator.votable.ParamInfo;
import io.github.cloudaccess.validator.votable.ResourceInfo;
import io.github.cloudaccess.validator.votable.Row;
import io.github.cloudaccess.validator.votable.TableInfo;
import io.github.cloudaccess.validator.votable.VotableListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SI2 rows: no NULL in calib_level, obs_collection, obs_id, obs_publisher_did (E-SI2-ONUL);
 * dataproduct_type and calib_level inside the ObsCore vocabulary (E-SI2-OVOC; W-SI2-DPTY for
 * types other than image and cube); access_format a MIME type (W-SI2-AFMT); access_url pointing
 * at a DataLink service described in the same document must come with the DataLink MIME type
 * (E-SI2-AFDL).
 *
 * <p>Design limit for E-SI2-AFDL: the descriptors usually follow the table, so the rows that
 * could break the rule are remembered (at most {@link #MAX_AFDL}) and judged at the end.
 */
public final class ObsCoreRowRules implements VotableListener {

  /** Rows remembered for the access_format/DataLink check. */
  static final int MAX_AFDL = 10_000;

  static final String DATALINK_MIME = "application/x-votable+xml;content=datalink";

  private final Emitter out;
  private final ProtocolHolder protocol;
  private final List<FieldInfo> notNull = new ArrayList<>();
  private FieldInfo type;
  private FieldInfo calib;
  private FieldInfo url;
  private FieldInfo format;
  private boolean active;
  private final List<Candidate> candidates = new ArrayList<>();

  private record Candidate(long row, String url, String format, long line, long column) {}

  /**
   * @param out receives findings
   * @param protocol the detected protocol
   */
  public ObsCoreRowRules(Emitter out, ProtocolHolder protocol) {
    this.out = out;
    this.protocol = protocol;
  }

  @Override
  public void tableStart(TableInfo table, ColumnDemand demand) {
    if (!table.isChecked() || protocol.protocol() != Protocol.SIA2) {
      return;
    }
    active = true;
    for (ObsCoreColumn c : ObsCoreColumn.MANDATORY) {
      FieldInfo f = table.field(c.name());
      if (f != null && c.notNull()) {
        notNull.add(f);
        demand.need(f);
      }
    }
    type = table.field("dataproduct_type");
    calib = table.field("calib_level");
    url = table.field("access_url");
    format = table.field("access_format");
    demand.need(type);
    demand.need(calib);
    demand.need(url);
    demand.need(format);
  }

  @Override
  public void row(TableInfo table, Row row) {
    if (!active || !table.isChecked()) {
      return;
    }
    long n = row.number();
    for (FieldInfo f : notNull) {
      if (f.index() < row.cellCount() && row.cell(f).isBlank()) {
        out.inRow(Code.E_SI2_ONUL, row.line(f), row.column(f), n, "Row " + n + " has no value in "
            + f.label() + ", which ObsCore declares NOT NULL.", null);
      }
    }
    checkType(row, n);
    checkCalib(row, n);
    checkFormat(row, n);
  }

  private void checkType(Row row, long n) {
    if (type == null || type.index() >= row.cellCount() || row.isNull(type)) {
      return;
    }
    CellBuffer c = row.cell(type);
    if (c.contentEquals("image") || c.contentEquals("cube")) {
      return;
    }
    String v = c.toString();
    if (ObsCoreColumn.DATAPRODUCT_TYPES.contains(v)) {
      out.inRow(Code.W_SI2_DPTY, row.line(type), row.column(type), n, "Row " + n
          + " has dataproduct_type \"" + v + "\"; SIA 2.0 returns images and cubes.", null);
    } else {
      out.inRow(Code.E_SI2_OVOC, row.line(type), row.column(type), n, "Row " + n
          + " has dataproduct_type \"" + v + "\", not an ObsCore value.",
          "Use one of " + String.join(", ", ObsCoreColumn.DATAPRODUCT_TYPES.stream().sorted()
              .toList()) + " (lower case).");
    }
  }

  private void checkCalib(Row row, long n) {
    if (calib == null || calib.index() >= row.cellCount() || row.isNull(calib)) {
      return;
    }
    String v = row.cell(calib).strippedString();
    if (!(v.length() == 1 && v.charAt(0) >= '0' && v.charAt(0) <= '4') && !v.isEmpty()) {
      out.inRow(Code.E_SI2_OVOC, row.line(calib), row.column(calib), n, "Row " + n
          + " has calib_level \"" + v + "\"; ObsCore allows 0 to 4.", null);
    }
  }

  private void checkFormat(Row row, long n) {
    if (format == null || format.index() >= row.cellCount() || row.isNull(format)) {
      return;
    }
    CellBuffer c = row.cell(format);
    if (c.contentEquals(DATALINK_MIME)) {
      return;
    }
    String f = c.toString();
    if (f.indexOf('/') <= 0) {
      out.inRow(Code.W_SI2_AFMT, row.line(format), row.column(format), n, "Row " + n
          + " has access_format \"" + f + "\", not a MIME type.", null);
    }
    if (isDataLinkMime(f)) {
      return;
    }
    if (url != null && url.index() < row.cellCount() && !row.isNull(url)
        && candidates.size() < MAX_AFDL) {
      candidates.add(new Candidate(n, row.text(url), f, row.line(format), row.column(format)));
    }
  }

  static boolean isDataLinkMime(String mime) {
    String m = mime.toLowerCase(Locale.ROOT).replace(" ", "").replace("\"", "");
    return m.startsWith("application/x-votable+xml") && m.contains("content=datalink");
  }

  @Override
  public void documentEnd(DocumentInfo doc) {
    if (!active || candidates.isEmpty()) {
      return;
    }
    List<String> dataLinkUrls = new ArrayList<>();
    for (ResourceInfo r : doc.resources()) {
      ParamInfo sid = r.param("standardID");
      ParamInfo access = r.param("accessURL");
      if (r.isServiceDescriptor() && sid != null && access != null && access.value() != null
          && StandardIds.protocolOf(sid.value()) == Protocol.DATALINK) {
        dataLinkUrls.add(access.value().strip());
      }
    }
    for (Candidate c : candidates) {
      for (String base : dataLinkUrls) {
        if (!base.isEmpty() && c.url().startsWith(base)) {
          out.inRow(Code.E_SI2_AFDL, c.line(), c.column(), c.row(), "Row " + c.row()
              + " has access_url on the DataLink service " + base + " but access_format \""
              + c.format() + "\".", "Set access_format to " + DATALINK_MIME + ".");
          break;
        }
      }
    }
  }
}
