package io.github.cloudaccess.validator.vot;

import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.stage.Emitter;
import io.github.cloudaccess.validator.votable.ColumnDemand;
import io.github.cloudaccess.validator.votable.Datatype;
import io.github.cloudaccess.validator.votable.DocumentInfo;
import io.github.cloudaccess.validator.votable.FieldInfo;
import io.github.cloudaccess.validator.votable.Row;
import io.github.cloudaccess.validator.votable.TableInfo;
import io.github.cloudaccess.validator.votable.VotableListener;
import java.util.ArrayList;
import java.util.List;

/**
 * TABLEDATA rows: TD count equals FIELD count (E-VOT-TDNM), cell text valid for the datatype in
 * the columns the checks read (E-VOT-TDVL), non-ASCII text in {@code char} cells before VOTable
 * 1.6 (W-VOT-NASC).
 */
public final class CellRules implements VotableListener {

  private final Emitter out;
  private int version;
  private TableInfo valueTable;
  private List<FieldInfo> valueFields;

  /** @param out receives findings */
  public CellRules(Emitter out) {
    this.out = out;
  }

  @Override
  public void documentStart(DocumentInfo doc) {
    version = VotVersion.parse(doc.version());
  }

  @Override
  public void tableStart(TableInfo table, ColumnDemand demand) {
    if (!VotVersion.charIsUnicode(version)) {
      for (FieldInfo f : table.fields()) {
        if (f.datatype() == Datatype.CHAR) {
          demand.watch(f, ColumnDemand.NON_ASCII);
        }
      }
    }
    valueTable = null;
  }

  @Override
  public void row(TableInfo table, Row row) {
    if (row.binary()) {
      return;
    }
    int fields = table.fields().size();
    if (row.cellCount() != fields) {
      out.inRow(Code.E_VOT_TDNM, row.line(), row.column(), row.number(), "Row " + row.number()
          + " has " + row.cellCount() + " TD elements for " + fields + " FIELDs.",
          "Write exactly one TD per FIELD; an empty <TD/> is a null.");
    }
    checkValues(table, row);
    for (int i = 0; i < row.flaggedCount(); i++) {
      if ((row.flags(i) & ColumnDemand.NON_ASCII) != 0) {
        FieldInfo f = table.fields().get(row.flaggedColumn(i));
        out.inRow(Code.W_VOT_NASC, row.flaggedLine(i), row.flaggedXmlColumn(i), row.number(),
            "Cell of char column " + f.label() + " holds non-ASCII text; char is ASCII-only"
                + " before VOTable 1.6.",
            "Declare the column unicodeChar, escape the characters, or declare VOTable 1.6.");
      }
    }
  }

  private void checkValues(TableInfo table, Row row) {
    if (valueTable != table) {
      valueTable = table;
      valueFields = new ArrayList<>();
      for (FieldInfo f : table.fields()) {
        if (row.has(f) && f.datatype() != null && !f.datatype().isText()) {
          valueFields.add(f);
        }
      }
    }
    for (FieldInfo f : valueFields) {
      if (f.index() >= row.cellCount()) {
        continue;
      }
      String bad = ValueSyntax.check(row.cell(f), f.datatype(), f.arraysize());
      if (bad != null) {
        out.inRow(Code.E_VOT_TDVL, row.line(f), row.column(f), row.number(), "Cell of column "
            + f.label() + " holds \"" + abbreviate(bad) + "\", not a valid "
            + f.datatype().wireName() + ".", "An empty TD is the null value.");
      }
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "..." : s;
  }
}
