package io.github.cloudaccess.validator.vot;

import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.stage.Emitter;
import io.github.cloudaccess.validator.votable.Arraysize;
import io.github.cloudaccess.validator.votable.ColumnDemand;
import io.github.cloudaccess.validator.votable.Datatype;
import io.github.cloudaccess.validator.votable.FieldInfo;
import io.github.cloudaccess.validator.votable.TableInfo;
import io.github.cloudaccess.validator.votable.VotableListener;
import io.github.cloudaccess.validator.votable.XmlEvents;
import java.util.Set;
import org.xml.sax.Attributes;

/**
 * FIELD and PARAM declarations and table serialization: datatype known (E-VOT-DTYP),
 * arraysize syntax (E-VOT-ASIZ), rows without FIELDs (E-VOT-NFLD), non-TABLEDATA serializations
 * (I-VOT-SERZ) and undecodable binary streams (E-VOT-BSTR).
 */
public final class FieldRules implements VotableListener, XmlEvents {

  private static final String DATATYPES = "Use one of boolean, bit, unsignedByte, short, int,"
      + " long, char, unicodeChar, float, double, floatComplex, doubleComplex.";

  private final Emitter out;
  private final Set<String> serializationsSeen = new java.util.HashSet<>();

  /** @param out receives findings */
  public FieldRules(Emitter out) {
    this.out = out;
  }

  @Override
  public void tableStart(TableInfo table, ColumnDemand demand) {
    for (FieldInfo f : table.fields()) {
      if (f.datatype() == null) {
        out.at(Code.E_VOT_DTYP, f.line(), f.column(), f.datatypeRaw() == null
            ? "FIELD " + f.label() + " has no datatype."
            : "FIELD " + f.label() + " has datatype \"" + f.datatypeRaw()
                + "\", which VOTable does not define.",
            DATATYPES);
      }
      if (f.arraysize() == null) {
        out.at(Code.E_VOT_ASIZ, f.line(), f.column(), "FIELD " + f.label()
            + " has a malformed arraysize.", "Write N, N*, * or NxM... (VOTable 2.2).");
      }
    }
  }

  /**
   * PARAMs take the same datatype and arraysize as FIELDs; they also sit outside tables (service
   * descriptors), so they are checked from the XML events. A missing datatype is E-VOT-XSDV's.
   */
  @Override
  public void startElement(String uri, String name, Attributes atts, long line, long column) {
    if (!name.equals("PARAM")) {
      return;
    }
    String label = atts.getValue("name") == null ? "(unnamed)" : "\"" + atts.getValue("name")
        + "\"";
    String datatype = atts.getValue("datatype");
    if (datatype != null && Datatype.of(datatype) == null) {
      out.at(Code.E_VOT_DTYP, line, column, "PARAM " + label + " has datatype \"" + datatype
          + "\", which VOTable does not define.", DATATYPES);
    }
    if (Arraysize.parse(atts.getValue("arraysize")) == null) {
      out.at(Code.E_VOT_ASIZ, line, column, "PARAM " + label + " has a malformed arraysize.",
          "Write N, N*, * or NxM... (VOTable 2.2).");
    }
  }

  @Override
  public void tableEnd(TableInfo table) {
    if (table.fields().isEmpty() && table.rows() > 0) {
      out.at(Code.E_VOT_NFLD, table.line(), table.column(), "TABLE holds " + table.rows()
          + " rows but declares no FIELD, so no cell can be interpreted.", null);
    }
    String s = table.serialization();
    if (s != null && !s.equals("TABLEDATA") && serializationsSeen.add(s)) {
      out.at(Code.I_VOT_SERZ, table.dataLine(), table.dataColumn(), "TABLE data is serialized as "
          + s + "; decoded and checked like TABLEDATA.", null);
    }
  }

  @Override
  public void externalStream(TableInfo table, String href, long line, long column) {
    out.at(Code.I_VOT_SERZ, line, column, "The " + table.serialization() + " rows are in the"
        + " external stream " + href + ", which is not fetched; they are not checked.", null);
  }

  @Override
  public void streamFailed(TableInfo table, String message, long line, long column) {
    out.at(Code.E_VOT_BSTR, line, column, "The " + table.serialization()
        + " stream cannot be decoded: " + message, null);
  }
}
