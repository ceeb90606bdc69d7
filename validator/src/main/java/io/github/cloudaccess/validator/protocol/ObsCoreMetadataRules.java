package io.github.cloudaccess.validator.protocol;

import io.github.cloudaccess.validator.Protocol;
import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.stage.Emitter;
import io.github.cloudaccess.validator.votable.ColumnDemand;
import io.github.cloudaccess.validator.votable.Datatype;
import io.github.cloudaccess.validator.votable.FieldInfo;
import io.github.cloudaccess.validator.votable.TableInfo;
import io.github.cloudaccess.validator.votable.VotableListener;
import java.util.Locale;

/**
 * SI2 columns: the 25 mandatory ObsCore columns are present (E-SI2-OCOL) with a compatible
 * datatype and unit (E-SI2-OMET), and otherwise the expected UCD, utype and exact datatype
 * (W-SI2-OCMP).
 *
 * <p>Rationale for the split: clients select and compare values by name, type and unit, so a
 * wrong one breaks queries (E); UCDs and utypes changed between ObsCore 1.0 and 1.1 and real
 * services lag, so a mismatch there is a warning.
 */
public final class ObsCoreMetadataRules implements VotableListener {

  private final Emitter out;
  private final ProtocolHolder protocol;

  /**
   * @param out receives findings
   * @param protocol the detected protocol
   */
  public ObsCoreMetadataRules(Emitter out, ProtocolHolder protocol) {
    this.out = out;
    this.protocol = protocol;
  }

  @Override
  public void tableStart(TableInfo table, ColumnDemand demand) {
    if (!table.isChecked() || protocol.protocol() != Protocol.SIA2) {
      return;
    }
    for (ObsCoreColumn c : ObsCoreColumn.MANDATORY) {
      FieldInfo f = table.field(c.name());
      if (f == null) {
        out.at(Code.E_SI2_OCOL, table.line(), table.column(), "The mandatory ObsCore column "
            + c.name() + " is missing.", "SIA 2.0 responses carry all 25 ObsCore columns.");
      } else {
        checkColumn(c, f);
      }
    }
  }

  private void checkColumn(ObsCoreColumn c, FieldInfo f) {
    Datatype d = f.datatype();
    if (d != null) {
      boolean text = d.isText();
      boolean wrongClass = (c.kind() == ObsCoreColumn.Kind.TEXT) != text;
      if (wrongClass) {
        out.at(Code.E_SI2_OMET, f.line(), f.column(), "ObsCore column " + c.name()
            + " is declared " + d.wireName() + "; ObsCore defines it as "
            + c.kind().name().toLowerCase(Locale.ROOT) + ".", null);
      } else if (c.kind() == ObsCoreColumn.Kind.FLOATING && !d.isFloating()) {
        out.at(Code.W_SI2_OCMP, f.line(), f.column(), "ObsCore column " + c.name()
            + " is declared " + d.wireName() + "; ObsCore defines it as double.", null);
      } else if (c.kind() == ObsCoreColumn.Kind.INTEGER && !d.isInteger()) {
        out.at(Code.E_SI2_OMET, f.line(), f.column(), "ObsCore column " + c.name()
            + " is declared " + d.wireName() + "; ObsCore defines it as an integer.", null);
      }
    }
    checkUnit(c, f);
    if (f.ucd() == null || !containsIgnoreCase(c, f.ucd().strip())) {
      out.at(Code.W_SI2_OCMP, f.line(), f.column(), "ObsCore column " + c.name() + " has UCD "
          + quote(f.ucd()) + "; ObsCore gives " + String.join(" or ", c.ucds()) + ".", null);
    }
    if (f.utype() == null || !utypeMatches(c.utype(), f.utype())) {
      out.at(Code.W_SI2_OCMP, f.line(), f.column(), "ObsCore column " + c.name() + " has utype "
          + quote(f.utype()) + "; ObsCore gives obscore:" + c.utype() + ".", null);
    }
  }

  private void checkUnit(ObsCoreColumn c, FieldInfo f) {
    if (c.units().isEmpty()) {
      return;
    }
    String unit = f.unit() == null ? null : f.unit().strip();
    if (unit == null || unit.isEmpty()) {
      out.at(Code.W_SI2_OCMP, f.line(), f.column(), "ObsCore column " + c.name()
          + " has no unit; ObsCore gives " + c.units().iterator().next() + ".", null);
      return;
    }
    for (String u : c.units()) {
      if (u.equalsIgnoreCase(unit)) {
        return;
      }
    }
    out.at(Code.E_SI2_OMET, f.line(), f.column(), "ObsCore column " + c.name() + " has unit \""
        + unit + "\"; ObsCore requires " + String.join(" or ", c.units()) + ".",
        "Clients compare values in the ObsCore unit.");
  }

  private static boolean containsIgnoreCase(ObsCoreColumn c, String ucd) {
    for (String u : c.ucds()) {
      if (u.equalsIgnoreCase(ucd)) {
        return true;
      }
    }
    return false;
  }

  private static boolean utypeMatches(String expected, String actual) {
    String a = actual.strip();
    int colon = a.indexOf(':');
    if (colon >= 0) {
      a = a.substring(colon + 1);
    }
    return a.equalsIgnoreCase(expected);
  }

  private static String quote(String s) {
    return s == null ? "(none)" : "\"" + s + "\"";
  }
}
