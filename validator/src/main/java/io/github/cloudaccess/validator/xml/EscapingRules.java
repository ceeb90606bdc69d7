package io.github.cloudaccess.validator.xml;

import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.report.Finding;
import io.github.cloudaccess.validator.report.Position;
import io.github.cloudaccess.validator.report.Reporter;
import io.github.cloudaccess.validator.votable.ColumnDemand;
import io.github.cloudaccess.validator.votable.FieldInfo;
import io.github.cloudaccess.validator.votable.Row;
import io.github.cloudaccess.validator.votable.TableInfo;
import io.github.cloudaccess.validator.votable.VotableListener;

/**
 * XML escaping inside cells: flags text cells whose decoded value still holds entity text
 * ({@code &quot;}, {@code &amp;}), the mark of double escaping (W-XML-DESC). The cloud column is
 * claimed by the CLD stage, whose parser reports the same fact as W-CLD-ESCX.
 */
public final class EscapingRules implements VotableListener {

  private final String source;
  private final Reporter reporter;

  /**
   * @param source the input's name
   * @param reporter receives findings
   */
  public EscapingRules(String source, Reporter reporter) {
    this.source = source;
    this.reporter = reporter;
  }

  @Override
  public void tableStart(TableInfo table, ColumnDemand demand) {
    for (FieldInfo f : table.fields()) {
      if (f.datatype() != null && f.datatype().isText()) {
        demand.watch(f, ColumnDemand.ENTITY_TEXT);
      }
    }
  }

  @Override
  public void row(TableInfo table, Row row) {
    for (int i = 0; i < row.flaggedCount(); i++) {
      if ((row.flags(i) & ColumnDemand.ENTITY_TEXT) != 0) {
        FieldInfo f = table.fields().get(row.flaggedColumn(i));
        reporter.report(new Finding(Code.W_XML_DESC, "Cell of column " + f.label()
            + " holds entity text such as &quot; after XML decoding: it was escaped twice.",
            new Position(source, row.flaggedLine(i), row.flaggedXmlColumn(i), row.number(),
                null),
            "Escape once: write &quot; (or a plain \"), not &amp;quot;."));
      }
    }
  }
}
