package io.github.cloudaccess.server.response;

import io.github.cloudaccess.server.cloud.Defect;
import io.github.cloudaccess.server.cloud.ResponseOptions;
import io.github.cloudaccess.server.votable.Binary2;
import io.github.cloudaccess.server.votable.Column;
import io.github.cloudaccess.server.votable.TableBody;
import io.github.cloudaccess.server.votable.Tabledata;
import io.github.cloudaccess.server.votable.Xml;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/**
 * Writes a DALI result document row by row: the results RESOURCE with QUERY_STATUS (before the
 * TABLE, DALI 4.4) and standardID INFOs, the TABLE, a trailing OVERFLOW INFO when the rows were
 * cut (DALI 4.4.1), then any meta RESOURCEs (service descriptors). The document-level defects
 * are applied here.
 */
public final class ResultDocument {

  /** The VOTable version every document declares. */
  public static final String VERSION = "1.4";

  /** What goes after the results RESOURCE (service descriptors). */
  @FunctionalInterface
  public interface Trailer {
    /** Writes zero or more RESOURCE elements. */
    void write(Xml xml) throws IOException;
  }

  /**
   * Everything about one document except its rows.
   *
   * @param standardId value of the standardID INFO, or null for none
   * @param columns the FIELDs
   * @param preamble extra markup inside the results RESOURCE before the TABLE (may be empty)
   * @param binary2 true for BINARY2, false for TABLEDATA
   * @param options the response options (for the document-level defects)
   * @param trailer meta RESOURCEs after the results RESOURCE
   */
  public record Spec(String standardId, List<Column> columns, String preamble, boolean binary2,
      ResponseOptions options, Trailer trailer) {}

  private ResultDocument() {}

  /** Writes the XML declaration and the VOTABLE start tag. */
  public static void begin(Xml xml) throws IOException {
    begin(xml, Defect.NONE);
  }

  /** As {@link #begin(Xml)}, with the DOCTYPE the xxe and entity-bomb defects declare. */
  static void begin(Xml xml, Defect d) throws IOException {
    xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    if (d == Defect.XXE) {
      xml.raw("<!DOCTYPE VOTABLE [\n  <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n");
    } else if (d == Defect.ENTITY_BOMB) {
      StringBuilder b = new StringBuilder("<!DOCTYPE VOTABLE [\n  <!ENTITY lol0 \"lol\">\n");
      for (int i = 1; i <= 9; i++) {
        b.append("  <!ENTITY lol").append(i).append(" \"")
            .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
      }
      xml.raw(b.append("]>\n").toString());
    }
    xml.open("VOTABLE", "version", VERSION, "xmlns", "http://www.ivoa.net/xml/VOTable/v1.3",
        "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance").nl();
  }

  /**
   * Writes the whole document.
   *
   * @param xml destination
   * @param spec document metadata
   * @param rows the rows in order; iteration stops at {@code limit}
   * @param limit most rows to write (MAXREC or the server limit)
   * @param forceOverflow true when the result must be flagged even without a cut (MAXREC=0)
   * @param totalForCut rows the full table would have (at most {@code limit}); the
   *     truncated-stream defect stops after half of them
   */
  public static void write(Xml xml, Spec spec, Iterator<Object[]> rows, long limit,
      boolean forceOverflow, long totalForCut) throws IOException {
    Defect d = spec.options().defect();
    begin(xml, d);
    xml.open("RESOURCE", "type", "results").nl();
    String ok = d == Defect.STATUS_BAD_VALUE ? "SUCCESS" : "OK";
    if (d != Defect.NO_QUERY_STATUS && d != Defect.STATUS_AFTER_TABLE) {
      xml.empty("INFO", "name", "QUERY_STATUS", "value", ok);
    }
    if (spec.standardId() != null && d != Defect.NO_STANDARD_ID) {
      xml.empty("INFO", "name", "standardID", "value", spec.standardId());
    }
    if (d == Defect.XXE || d == Defect.ENTITY_BOMB) {
      xml.raw("<INFO name=\"note\" value=\"doctype\">&" + (d == Defect.XXE ? "xxe" : "lol9")
          + ";</INFO>\n");
    }
    xml.raw(spec.preamble());
    xml.open("TABLE").nl();
    for (Column c : spec.columns()) {
      c.writeField(xml);
    }
    TableBody body = spec.binary2() ? new Binary2(xml, spec.columns()) : new Tabledata(xml);
    body.start();
    long written = 0;
    long cutAt = d == Defect.TRUNCATED_STREAM ? (totalForCut + 1) / 2 : -1;
    while (true) {
      if (written == cutAt) {
        body.abandon();
        return;
      }
      if (written >= limit || !rows.hasNext()) {
        break;
      }
      body.row(rows.next());
      written++;
    }
    boolean overflow = forceOverflow || rows.hasNext();
    body.end();
    xml.close("TABLE");
    if (overflow && d != Defect.UNFLAGGED_TRUNCATION && d != Defect.NO_QUERY_STATUS) {
      xml.element("INFO", "Result truncated at " + written + " rows (MAXREC or service limit)",
          "name", "QUERY_STATUS", "value", "OVERFLOW");
    } else if (d == Defect.STATUS_AFTER_TABLE) {
      xml.empty("INFO", "name", "QUERY_STATUS", "value", ok);
    }
    xml.close("RESOURCE");
    spec.trailer().write(xml);
    xml.close("VOTABLE");
  }

  /**
   * Writes a DALI error document: one results RESOURCE whose QUERY_STATUS is ERROR and whose
   * text is the fault message (DALI 4.2, 4.4), followed by the standardID INFO (DALI 4.4.3: an
   * error document is a response of the same service as a result).
   *
   * @param xml destination
   * @param message the fault message, starting with its fault token
   * @param standardId value of the standardID INFO, or null for none (SIA 1.0)
   */
  public static void error(Xml xml, String message, String standardId) throws IOException {
    begin(xml);
    xml.open("RESOURCE", "type", "results").nl();
    xml.element("INFO", message, "name", "QUERY_STATUS", "value", "ERROR");
    if (standardId != null) {
      xml.empty("INFO", "name", "standardID", "value", standardId);
    }
    xml.close("RESOURCE");
    xml.close("VOTABLE");
  }
}
