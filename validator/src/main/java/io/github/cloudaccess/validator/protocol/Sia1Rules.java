package io.github.cloudaccess.validator.protocol;

import io.github.cloudaccess.validator.Protocol;
import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.stage.Emitter;
import io.github.cloudaccess.validator.votable.ColumnDemand;
import io.github.cloudaccess.validator.votable.Datatype;
import io.github.cloudaccess.validator.votable.FieldInfo;
import io.github.cloudaccess.validator.votable.TableInfo;
import io.github.cloudaccess.validator.votable.VotableListener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SI1 columns (SIA 1.0 section 4.2.4): each required UCD on exactly one FIELD (E-SI1-RCOL,
 * E-SI1-RCDU) with the required datatype class and array shape (E-SI1-RCTY, E-SI1-RCAS); RA and
 * Dec in degrees (W-SI1-RAUN); no column before the access reference that generic clients would
 * take for it (W-SI1-DCOY, the pyvo PR #445 failure). Row checks live in {@link Sia1RowRules}.
 */
public final class Sia1Rules implements VotableListener {

  /** What a required column must look like. */
  record Required(String ucd, boolean text, boolean array) {}

  static final List<Required> REQUIRED = List.of(
      new Required("VOX:Image_Title", true, true),
      new Required("POS_EQ_RA_MAIN", false, false),
      new Required("POS_EQ_DEC_MAIN", false, false),
      new Required("VOX:Image_Naxes", false, false),
      new Required("VOX:Image_Naxis", false, true),
      new Required("VOX:Image_Scale", false, true),
      new Required("VOX:Image_Format", true, true),
      new Required("VOX:Image_AccessReference", true, true));

  private final Emitter out;
  private final ProtocolHolder protocol;

  /**
   * @param out receives findings
   * @param protocol the detected protocol
   */
  public Sia1Rules(Emitter out, ProtocolHolder protocol) {
    this.out = out;
    this.protocol = protocol;
  }

  /**
   * @param table a table
   * @return the FIELDs carrying each required UCD (compared without case), in table order
   */
  static Map<String, List<FieldInfo>> byUcd(TableInfo table) {
    Map<String, List<FieldInfo>> map = new LinkedHashMap<>();
    for (Required r : REQUIRED) {
      List<FieldInfo> hits = new ArrayList<>();
      for (FieldInfo f : table.fields()) {
        if (f.ucd() != null && f.ucd().strip().equalsIgnoreCase(r.ucd())) {
          hits.add(f);
        }
      }
      map.put(r.ucd(), hits);
    }
    return map;
  }

  @Override
  public void tableStart(TableInfo table, ColumnDemand demand) {
    if (!table.isChecked() || protocol.protocol() != Protocol.SIA1) {
      return;
    }
    Map<String, List<FieldInfo>> found = byUcd(table);
    for (Required r : REQUIRED) {
      List<FieldInfo> hits = found.get(r.ucd());
      if (hits.isEmpty()) {
        out.at(Code.E_SI1_RCOL, table.line(), table.column(), "No FIELD has the required SIA 1.0"
            + " UCD " + r.ucd() + ".", null);
        continue;
      }
      if (hits.size() > 1) {
        out.at(Code.E_SI1_RCDU, hits.get(1).line(), hits.get(1).column(), hits.size()
            + " FIELDs carry the UCD " + r.ucd() + "; SIA 1.0 requires exactly one.", null);
      }
      check(r, hits.get(0));
    }
    List<FieldInfo> access = found.get("VOX:Image_AccessReference");
    if (!access.isEmpty()) {
      checkDecoys(table, access.get(0));
    }
  }

  /** Generic pyvo picks the first access-reference-looking column; it must be the real one. */
  private void checkDecoys(TableInfo table, FieldInfo access) {
    for (FieldInfo f : table.fields()) {
      if (f.index() >= access.index()) {
        return;
      }
      String utype = f.utype() == null ? "" : f.utype().toLowerCase(java.util.Locale.ROOT);
      String ucd = f.ucd() == null ? "" : f.ucd().toLowerCase(java.util.Locale.ROOT);
      boolean looksLikeAccess = utype.contains("access.reference")
          || (ucd.contains("meta.ref.url") && ucd.contains("meta.dataset"));
      if (looksLikeAccess && !f.lowerName().equals("cloud_access")) {
        out.at(Code.W_SI1_DCOY, f.line(), f.column(), "Column " + f.label() + " precedes the"
            + " access reference " + access.label() + " and looks like one; generic clients"
            + " (pyvo getdataurl before PR #445) take it instead.",
            "Drop the access-reference utype/UCD from " + f.label() + ".");
      }
    }
  }

  private void check(Required r, FieldInfo f) {
    Datatype d = f.datatype();
    if (d != null && d.isText() != r.text()) {
      out.at(Code.E_SI1_RCTY, f.line(), f.column(), "FIELD " + f.label() + " (" + r.ucd()
          + ") is " + d.wireName() + "; SIA 1.0 requires " + (r.text() ? "char" : "a number")
          + ".", null);
    }
    if (f.arraysize() != null && r.array() && !f.arraysize().isArray()) {
      out.at(Code.E_SI1_RCAS, f.line(), f.column(), "FIELD " + f.label() + " (" + r.ucd()
          + ") has no array size; SIA 1.0 requires arraysize=\"*\".", null);
    }
    if (r.ucd().startsWith("POS_EQ")) {
      String unit = f.unit() == null ? "" : f.unit().strip();
      if (!unit.equalsIgnoreCase("deg") && !unit.equalsIgnoreCase("degrees")
          && !unit.equalsIgnoreCase("degree")) {
        out.at(Code.W_SI1_RAUN, f.line(), f.column(), "FIELD " + f.label() + " (" + r.ucd()
            + ") has unit \"" + unit + "\"; SIA 1.0 gives positions in degrees.", null);
      }
    }
  }
}
