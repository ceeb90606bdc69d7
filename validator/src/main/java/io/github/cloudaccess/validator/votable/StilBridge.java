package io.github.cloudaccess.validator.votable;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.votable.TableContentHandler;
import uk.ac.starlink.votable.TableHandler;

/**
 * Decodes BINARY, BINARY2 and inline FITS streams with STIL's streaming {@link
 * TableContentHandler}, fed from the validator's own SAX pass, and turns each decoded row into a
 * {@link Row}.
 *
 * <p>STIL decodes a stream on its own pipe thread, so {@link VotableListener#row} runs there for
 * binary tables. TABLEDATA content is never forwarded (the validator reads it itself). STIL maps
 * each BINARY {@code char} byte to one Java char (Latin-1); the bytes are re-decoded as UTF-8
 * here so that non-ASCII JSON survives. Externally referenced streams ({@code href}) are never
 * fetched.
 */
public final class StilBridge {

  private final TableContentHandler stil;
  private final XmlEvents events;
  private VotableHandler owner;
  private boolean failed;
  private String failure;
  private volatile Target target;
  private volatile RuntimeException internalError;

  /** What the decoded rows of the current stream belong to. */
  private record Target(TableInfo table, Row row, long line, long column, long[] rowNumber) {}

  /** @param events receives stream failures */
  public StilBridge(XmlEvents events) {
    this.events = events;
    this.stil = new TableContentHandler(false);
    stil.setReadHrefTables(false);
    stil.setTableHandler(new TableHandler() {
      @Override
      public void startTable(StarTable meta) {}

      @Override
      public void rowData(Object[] values) {
        onRow(values);
      }

      @Override
      public void endTable() {}
    });
  }

  void attach(VotableHandler handler) {
    this.owner = handler;
  }

  void expectRows(TableInfo table, Row row, long firstRow, long line, long column) {
    if (failed) {
      events.streamFailed(table, "the table metadata could not be read: " + failure, line, column);
      target = null;
      return;
    }
    target = row == null ? null : new Target(table, row, line, column, new long[] {firstRow});
  }

  void tableDone(TableInfo table) {
    target = null;
  }

  private void onRow(Object[] values) {
    Target t = target;
    if (t == null || owner == null) {
      return;
    }
    try {
      Row row = t.row();
      row.start(++t.rowNumber()[0], t.line(), t.column(), true);
      List<FieldInfo> fields = t.table().fields();
      int n = Math.min(values.length, fields.size());
      for (int i = 0; i < n; i++) {
        CellBuffer buf = row.buffer(i);
        if (buf != null) {
          String text = toText(values[i], fields.get(i).datatype());
          if (text == null) {
            buf.clearAbsent();
          } else {
            buf.set(text);
          }
        }
      }
      row.setCellCount(values.length);
      owner.binaryRow(t.table(), row);
    } catch (RuntimeException e) {
      internalError = e;
      throw e;
    }
  }

  /**
   * @param value a value as STIL decoded it
   * @param datatype the FIELD's datatype
   * @return its text as TABLEDATA would carry it, or null for a null value
   */
  static String toText(Object value, Datatype datatype) {
    if (value == null) {
      return null;
    }
    if (value instanceof String s) {
      return datatype == Datatype.CHAR ? relatin(s) : s;
    }
    if (value instanceof Boolean b) {
      return b ? "T" : "F";
    }
    if (value instanceof Object[] || value.getClass().isArray()) {
      return arrayText(value);
    }
    return String.valueOf(value);
  }

  private static String relatin(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7F) {
        return new String(s.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
      }
    }
    return s;
  }

  private static String arrayText(Object array) {
    int n = java.lang.reflect.Array.getLength(array);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(java.lang.reflect.Array.get(array, i));
    }
    return sb.toString();
  }

  /* ---- forwarding; a STIL failure disables the bridge and is reported once ---------------- */

  void setDocumentLocator(Locator locator) {
    stil.setDocumentLocator(locator);
  }

  void startDocument() {
    forward(() -> stil.startDocument());
  }

  void endDocument() {
    forward(() -> stil.endDocument());
  }

  void startPrefixMapping(String prefix, String uri) {
    forward(() -> stil.startPrefixMapping(prefix, uri));
  }

  void endPrefixMapping(String prefix) {
    forward(() -> stil.endPrefixMapping(prefix));
  }

  void startElement(String uri, String localName, String qName, Attributes atts) {
    forward(() -> stil.startElement(uri, localName, qName, atts));
  }

  void endElement(String uri, String localName, String qName) {
    forward(() -> stil.endElement(uri, localName, qName));
  }

  void characters(char[] ch, int start, int length) {
    forward(() -> stil.characters(ch, start, length));
  }

  private interface SaxCall {
    void run() throws SAXException;
  }

  private void forward(SaxCall call) {
    if (failed) {
      return;
    }
    try {
      call.run();
    } catch (OutOfMemoryError e) {
      /* STIL allocates a FITS/binary cell at its declared length; a hostile length fails that
         one allocation, which leaves the rest of the heap intact: report it, stop decoding. */
      failed = true;
      failure = "a declared length is too large to decode";
      Target t = target;
      if (t != null) {
        events.streamFailed(t.table(), failure, t.line(), t.column());
      }
    } catch (SAXException | RuntimeException e) {
      failed = true;
      failure = String.valueOf(e.getMessage());
      RuntimeException bug = internalError;
      if (bug != null) {
        throw bug;
      }
      Target t = target;
      if (t != null) {
        events.streamFailed(t.table(), String.valueOf(e.getMessage()), t.line(), t.column());
      }
    }
  }
}
