package io.github.cloudaccess.validator.protocol;

import io.github.cloudaccess.validator.Protocol;
import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.stage.Emitter;
import io.github.cloudaccess.validator.votable.CellBuffer;
import io.github.cloudaccess.validator.votable.ColumnDemand;
import io.github.cloudaccess.validator.votable.FieldInfo;
import io.github.cloudaccess.validator.votable.Row;
import io.github.cloudaccess.validator.votable.TableInfo;
import io.github.cloudaccess.validator.votable.VotableListener;
import java.util.List;
import java.util.Map;

/**
 * SI1 rows: the access reference is an absolute http(s) URL (E-SI1-ACRF), RA and Dec are in
 * range (E-SI1-RADC), the image format is a MIME type (W-SI1-FMTV), and the Naxis and Scale
 * arrays have Naxes elements (E-SI1-NAXC).
 */
public final class Sia1RowRules implements VotableListener {

  private final Emitter out;
  private final ProtocolHolder protocol;
  private FieldInfo access;
  private FieldInfo ra;
  private FieldInfo dec;
  private FieldInfo format;
  private FieldInfo naxes;
  private FieldInfo naxis;
  private FieldInfo scale;
  private boolean active;

  /**
   * @param out receives findings
   * @param protocol the detected protocol
   */
  public Sia1RowRules(Emitter out, ProtocolHolder protocol) {
    this.out = out;
    this.protocol = protocol;
  }

  @Override
  public void tableStart(TableInfo table, ColumnDemand demand) {
    if (!table.isChecked() || protocol.protocol() != Protocol.SIA1) {
      return;
    }
    active = true;
    Map<String, List<FieldInfo>> found = Sia1Rules.byUcd(table);
    access = first(found, "VOX:Image_AccessReference");
    ra = first(found, "POS_EQ_RA_MAIN");
    dec = first(found, "POS_EQ_DEC_MAIN");
    format = first(found, "VOX:Image_Format");
    naxes = first(found, "VOX:Image_Naxes");
    naxis = first(found, "VOX:Image_Naxis");
    scale = first(found, "VOX:Image_Scale");
    for (FieldInfo f : new FieldInfo[] {access, ra, dec, format, naxes, naxis, scale}) {
      demand.need(f);
    }
  }

  private static FieldInfo first(Map<String, List<FieldInfo>> found, String ucd) {
    List<FieldInfo> hits = found.get(ucd);
    return hits.isEmpty() ? null : hits.get(0);
  }

  @Override
  public void row(TableInfo table, Row row) {
    if (!active || !table.isChecked()) {
      return;
    }
    long n = row.number();
    if (present(access, row)) {
      CellBuffer c = row.cell(access);
      if (!c.startsWith("http://") && !c.startsWith("https://")) {
        out.inRow(Code.E_SI1_ACRF, row.line(access), row.column(access), n, "Row " + n
            + " has access reference \"" + abbreviate(c.toString())
            + "\", not an absolute http(s) URL.", null);
      }
    }
    range(row, ra, 0, 360, false, n);
    range(row, dec, -90, 90, true, n);
    if (present(format, row) && row.cell(format).toString().indexOf('/') <= 0) {
      out.inRow(Code.W_SI1_FMTV, row.line(format), row.column(format), n, "Row " + n
          + " has image format \"" + row.cell(format) + "\", not a MIME type.", null);
    }
    checkAxes(row, n);
  }

  private void range(Row row, FieldInfo f, double lo, double hi, boolean closed, long n) {
    if (!present(f, row)) {
      return;
    }
    double v = number(row.cell(f).strippedString());
    if (Double.isNaN(v)) {
      return;
    }
    if (v < lo || v > hi || (!closed && v == hi)) {
      out.inRow(Code.E_SI1_RADC, row.line(f), row.column(f), n, "Row " + n + " has "
          + f.label() + " = " + v + ", outside [" + lo + ", " + hi + (closed ? "]." : ")."), null);
    }
  }

  private void checkAxes(Row row, long n) {
    if (!present(naxes, row)) {
      return;
    }
    double axes = number(row.cell(naxes).strippedString());
    if (Double.isNaN(axes)) {
      return;
    }
    for (FieldInfo f : new FieldInfo[] {naxis, scale}) {
      if (present(f, row)) {
        int count = tokens(row.cell(f));
        if (count != (int) axes) {
          out.inRow(Code.E_SI1_NAXC, row.line(f), row.column(f), n, "Row " + n + " has "
              + count + " values in " + f.label() + " but Naxes = " + (int) axes + ".", null);
        }
      }
    }
  }

  private static boolean present(FieldInfo f, Row row) {
    return f != null && f.index() < row.cellCount() && !row.isNull(f);
  }

  private static double number(String s) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static int tokens(CharSequence s) {
    int count = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Character.isWhitespace(s.charAt(i));
      if (!space && !in) {
        count++;
      }
      in = !space;
    }
    return count;
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "..." : s;
  }
}
