package io.github.cloudaccess.validator.protocol;

import io.github.cloudaccess.validator.Protocol;
import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.stage.Emitter;
import io.github.cloudaccess.validator.votable.ColumnDemand;
import io.github.cloudaccess.validator.votable.Datatype;
import io.github.cloudaccess.validator.votable.DocumentInfo;
import io.github.cloudaccess.validator.votable.FieldInfo;
import io.github.cloudaccess.validator.votable.InfoElement;
import io.github.cloudaccess.validator.votable.ResourceInfo;
import io.github.cloudaccess.validator.votable.TableInfo;
import io.github.cloudaccess.validator.votable.VotableListener;
import java.util.List;

/**
 * DLK columns (DataLink 3.2): the eight required columns are present (E-DLK-RCOL) with the right
 * datatype (E-DLK-RTYP), content_length in bytes (E-DLK-RUNI), the standard UCDs (W-DLK-UCDM),
 * link_authorized boolean (E-DLK-LKBT); a 1.1 response declares its standardID (E-DLK-STID).
 */
public final class DataLinkColumnRules implements VotableListener {

  /** A required column: name, text (char) or not (then long), UCD. */
  record Column(String name, boolean text, String ucd) {}

  static final List<Column> REQUIRED = List.of(
      new Column("id", true, "meta.id;meta.main"),
      new Column("access_url", true, "meta.ref.url"),
      new Column("service_def", true, "meta.ref"),
      new Column("error_message", true, "meta.code.error"),
      new Column("description", true, "meta.note"),
      new Column("semantics", true, "meta.code"),
      new Column("content_type", true, "meta.code.mime"),
      new Column("content_length", false, "phys.size;meta.file"));

  /** Columns that only DataLink 1.1 defines. */
  static final List<String> V11_COLUMNS =
      List.of("content_qualifier", "local_semantics", "link_auth", "link_authorized");

  private final Emitter out;
  private final ProtocolHolder protocol;
  private boolean hasV11Columns;
  private boolean active;

  /**
   * @param out receives findings
   * @param protocol the detected protocol
   */
  public DataLinkColumnRules(Emitter out, ProtocolHolder protocol) {
    this.out = out;
    this.protocol = protocol;
  }

  @Override
  public void tableStart(TableInfo table, ColumnDemand demand) {
    if (!table.isChecked() || protocol.protocol() != Protocol.DATALINK) {
      return;
    }
    active = true;
    for (Column c : REQUIRED) {
      FieldInfo f = table.field(c.name());
      if (f == null) {
        out.at(Code.E_DLK_RCOL, table.line(), table.column(), "The required DataLink column "
            + c.name() + " is missing.", null);
        continue;
      }
      check(c, f);
    }
    for (String name : V11_COLUMNS) {
      hasV11Columns |= table.field(name) != null;
    }
    FieldInfo authorized = table.field("link_authorized");
    if (authorized != null && authorized.datatype() != Datatype.BOOLEAN) {
      out.at(Code.E_DLK_LKBT, authorized.line(), authorized.column(),
          "link_authorized is declared " + authorized.datatypeRaw() + "; DataLink 1.1 makes it"
              + " boolean.", null);
    }
  }

  private void check(Column c, FieldInfo f) {
    Datatype d = f.datatype();
    /* DataLink 3.2.8: content_length "must be datatype=long"; an int column overflows at 2 GiB. */
    if (d != null && (c.text() ? !d.isText() : d != Datatype.LONG)) {
      out.at(Code.E_DLK_RTYP, f.line(), f.column(), "DataLink column " + c.name()
          + " is declared " + d.wireName() + "; DataLink requires "
          + (c.text() ? "char" : "long") + ".", null);
    }
    if (f.ucd() == null || !f.ucd().strip().equalsIgnoreCase(c.ucd())) {
      out.at(Code.W_DLK_UCDM, f.line(), f.column(), "DataLink column " + c.name() + " has UCD "
          + (f.ucd() == null ? "(none)" : "\"" + f.ucd() + "\"") + "; DataLink gives " + c.ucd()
          + ".", null);
    }
    if (c.name().equals("content_length")
        && (f.unit() == null || !f.unit().strip().equals("byte"))) {
      out.at(Code.E_DLK_RUNI, f.line(), f.column(), "content_length has unit "
          + (f.unit() == null ? "(none)" : "\"" + f.unit() + "\"") + "; DataLink requires byte.",
          null);
    }
  }

  @Override
  public void documentEnd(DocumentInfo doc) {
    if (!active || !hasV11Columns) {
      return;
    }
    for (ResourceInfo r : doc.resultsResources()) {
      for (InfoElement info : r.infos()) {
        if (info.isStandardId() && StandardIds.isDataLink11(info.value())) {
          return;
        }
      }
    }
    out.document(Code.E_DLK_STID, "The response uses DataLink 1.1 columns but has no INFO"
        + " standardID ivo://ivoa.net/std/DataLink#links-1.1.",
        "Add <INFO name=\"standardID\" value=\"ivo://ivoa.net/std/DataLink#links-1.1\"/> to the"
            + " results RESOURCE.");
  }
}
