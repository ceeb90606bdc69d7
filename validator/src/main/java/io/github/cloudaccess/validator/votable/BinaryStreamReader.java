package io.github.cloudaccess.validator.votable;

import org.xml.sax.Attributes;

/**
 * Runs one inline BINARY/BINARY2 STREAM through a {@link BinaryStreamDecoder}: checks the STREAM
 * attributes, reports external and undecodable streams, and hands decoded rows on.
 */
final class BinaryStreamReader {

  /** Receives decoded rows. */
  interface Rows {
    /**
     * @param table the table
     * @param row the row, valid during the call
     */
    void row(TableInfo table, Row row);
  }

  private final XmlEvents events;
  private final Rows rows;
  private BinaryStreamDecoder decoder;
  private TableInfo table;
  private long line;
  private long column;

  BinaryStreamReader(XmlEvents events, Rows rows) {
    this.events = events;
    this.rows = rows;
  }

  void start(TableInfo t, Row row, boolean binary2, long firstRow, Attributes atts,
      long atLine, long atColumn) {
    decoder = null;
    table = t;
    line = atLine;
    column = atColumn;
    if (atts.getValue("href") != null) {
      events.externalStream(t, atts.getValue("href"), line, column);
      return;
    }
    String encoding = atts.getValue("encoding");
    if (encoding != null && !encoding.equals("base64")) {
      events.streamFailed(t, "inline stream encoding \"" + encoding + "\" is not base64", line,
          column);
      return;
    }
    decoder = new BinaryStreamDecoder(t, row, binary2, firstRow, r -> rows.row(t, r));
    if (decoder.error() != null) {
      events.streamFailed(t, decoder.error(), line, column);
      decoder = null;
    }
  }

  void characters(char[] ch, int start, int length, long atLine, long atColumn) {
    if (decoder != null) {
      decoder.characters(ch, start, length, atLine, atColumn);
    }
  }

  /** @return the rows read so far in the table, or -1 when no stream was decoded */
  long end() {
    if (decoder == null) {
      return -1;
    }
    decoder.end();
    long n = decoder.rows();
    if (decoder.error() != null) {
      events.streamFailed(table, decoder.error(), line, column);
    }
    decoder = null;
    return n;
  }

  void reset() {
    decoder = null;
  }
}
