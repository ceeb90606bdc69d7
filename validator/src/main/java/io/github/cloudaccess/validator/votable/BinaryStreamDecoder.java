package io.github.cloudaccess.validator.votable;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes an inline BINARY or BINARY2 stream (VOTable 5.3, 5.4) pushed as base64 text from the
 * SAX pass, row by row, into a {@link Row}: only the columns some stage asked for are converted
 * to text; the others are skipped by counting bytes.
 *
 * <p>Written here rather than taken from STIL because a checker must survive hostile streams: a
 * variable-length count is never used to allocate (cells are capped at
 * {@link CellBuffer#MAX_CHARS}; STIL allocates the declared length and can exhaust the heap), a
 * stream that ends inside a row is an error (STIL ends the table silently), and {@code char}
 * bytes are decoded as UTF-8 (STIL maps them as Latin-1).
 */
final class BinaryStreamDecoder {

  /** Receives each complete row. */
  interface RowSink {
    /**
     * @param row the decoded row
     */
    void row(Row row);
  }

  private final Row row;
  private final RowSink sink;
  private final boolean binary2;
  private final int fields;
  private final int[] elementSize;
  private final long[] fixedCount;
  private final Datatype[] types;
  private final boolean[] needed;
  private final byte[][] cells;
  private final int[] cellLength;
  private final boolean[] cellOverflow;
  private final byte[] flags;

  /* Base64 state. */
  private int quad;
  private int quadBits;
  private boolean padded;

  /* Row state. */
  private long rowNumber;
  private int field;
  private int phase;
  private long need;
  private int countValue;
  private int flagFill;
  private long line;
  private long column;
  private boolean rowStarted;
  private String error;

  private static final int FLAGS = 0;
  private static final int COUNT = 1;
  private static final int DATA = 2;

  /**
   * @param table the table whose FIELDs describe the rows
   * @param row the row to fill; its demanded columns are decoded
   * @param binary2 true for BINARY2 (per-row null flags)
   * @param firstRow the number of rows already read (usually 0)
   * @param sink receives each row
   */
  BinaryStreamDecoder(TableInfo table, Row row, boolean binary2, long firstRow, RowSink sink) {
    List<FieldInfo> f = table.fields();
    this.row = row;
    this.sink = sink;
    this.binary2 = binary2;
    this.fields = f.size();
    this.rowNumber = firstRow;
    elementSize = new int[fields];
    fixedCount = new long[fields];
    types = new Datatype[fields];
    needed = new boolean[fields];
    cells = new byte[fields][];
    cellLength = new int[fields];
    cellOverflow = new boolean[fields];
    flags = new byte[(fields + 7) / 8];
    for (int i = 0; i < fields; i++) {
      FieldInfo fi = f.get(i);
      types[i] = fi.datatype();
      Arraysize a = fi.arraysize();
      if (types[i] == null || a == null) {
        error = "FIELD " + fi.label() + " has no usable datatype or arraysize";
        return;
      }
      elementSize[i] = size(types[i]);
      fixedCount[i] = a.kind() == Arraysize.Kind.SCALAR || a.kind() == Arraysize.Kind.FIXED
          ? a.maxElements() : -1;
      needed[i] = row.buffer(i) != null;
      if (needed[i]) {
        cells[i] = new byte[64];
      }
    }
  }

  private static int size(Datatype d) {
    return switch (d) {
      case BOOLEAN, BIT, UNSIGNED_BYTE, CHAR -> 1;
      case SHORT, UNICODE_CHAR -> 2;
      case INT, FLOAT -> 4;
      case LONG, DOUBLE, FLOAT_COMPLEX -> 8;
      case DOUBLE_COMPLEX -> 16;
    };
  }

  /** @return why decoding stopped, or null while the stream is sound */
  String error() {
    return error;
  }

  /**
   * Feeds base64 text.
   *
   * @param ch characters
   * @param start offset
   * @param length count
   * @param atLine line the text was read at (for row positions)
   * @param atColumn column the text was read at
   */
  void characters(char[] ch, int start, int length, long atLine, long atColumn) {
    if (error != null || fields == 0) {
      return;
    }
    byte[] out = new byte[length / 4 * 3 + 3];
    int n = 0;
    for (int i = start, end = start + length; i < end; i++) {
      char c = ch[i];
      int v = base64(c);
      if (v == -1) {
        continue;
      }
      if (v == -2 || padded) {
        if (c == '=') {
          padded = true;
          continue;
        }
        error = "'" + c + "' is not base64";
        return;
      }
      quad = (quad << 6) | v;
      quadBits += 6;
      if (quadBits >= 8) {
        quadBits -= 8;
        out[n++] = (byte) (quad >> quadBits);
        quad &= (1 << quadBits) - 1;
      }
    }
    line = atLine;
    column = atColumn;
    feed(out, n);
  }

  /** @return 0-63 for a base64 digit, -1 for whitespace, -2 otherwise */
  private static int base64(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
      return c - '0' + 52;
    }
    if (c == '+') {
      return 62;
    }
    if (c == '/') {
      return 63;
    }
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      return -1;
    }
    return -2;
  }

  private void feed(byte[] b, int n) {
    int i = 0;
    while (i < n && error == null) {
      if (!rowStarted) {
        startRow();
      }
      switch (phase) {
        case FLAGS -> {
          flags[flagFill++] = b[i++];
          if (flagFill == flags.length) {
            nextField(0);
          }
        }
        case COUNT -> {
          countValue = (countValue << 8) | (b[i++] & 0xFF);
          if (--need == 0) {
            if (countValue < 0) {
              error = "row " + rowNumber + " declares a negative array length";
              return;
            }
            need = (long) countValue * elementSize[field];
            if (types[field] == Datatype.BIT) {
              need = (countValue + 7L) / 8;
            }
            phase = DATA;
            if (need == 0) {
              nextField(field + 1);
            }
          }
        }
        default -> {
          int take = (int) Math.min(need, n - i);
          if (needed[field]) {
            append(field, b, i, take);
          }
          i += take;
          need -= take;
          if (need == 0) {
            nextField(field + 1);
          }
        }
      }
    }
  }

  private void startRow() {
    rowStarted = true;
    rowNumber++;
    Arrays.fill(cellLength, 0);
    Arrays.fill(cellOverflow, false);
    flagFill = 0;
    if (binary2) {
      phase = FLAGS;
    } else {
      nextField(0);
    }
  }

  /** Moves to field {@code f}, skipping zero-length ones; completes the row after the last. */
  private void nextField(int f) {
    field = f;
    while (field < fields) {
      if (fixedCount[field] < 0) {
        phase = COUNT;
        need = 4;
        countValue = 0;
        return;
      }
      phase = DATA;
      need = types[field] == Datatype.BIT ? (fixedCount[field] + 7) / 8
          : fixedCount[field] * elementSize[field];
      if (need > 0) {
        return;
      }
      field++;
    }
    finishRow();
  }

  private void append(int f, byte[] b, int off, int len) {
    int max = CellBuffer.MAX_CHARS;
    int room = max - cellLength[f];
    if (len > room) {
      cellOverflow[f] = true;
      len = Math.max(0, room);
    }
    if (cellLength[f] + len > cells[f].length) {
      cells[f] = Arrays.copyOf(cells[f], Math.min(max, Math.max(cells[f].length * 2,
          cellLength[f] + len)));
    }
    System.arraycopy(b, off, cells[f], cellLength[f], len);
    cellLength[f] += len;
  }

  private void finishRow() {
    rowStarted = false;
    row.start(rowNumber, line, column, true);
    for (int i = 0; i < fields; i++) {
      if (!needed[i]) {
        continue;
      }
      CellBuffer buf = row.buffer(i);
      boolean isNull = binary2 && (flags[i >> 3] & (0x80 >> (i & 7))) != 0;
      String text = isNull ? null : BinaryValues.text(types[i], cells[i], cellLength[i]);
      if (text == null || text.isEmpty()) {
        buf.clearAbsent();
      } else {
        buf.set(text);
        if (cellOverflow[i]) {
          buf.markOverflowed();
        }
      }
    }
    row.setCellCount(fields);
    sink.row(row);
  }

  /** Called at the end of the STREAM: a stream must end on a row boundary. */
  void end() {
    if (error == null && rowStarted) {
      error = "the stream ends inside row " + rowNumber;
    }
  }

  /** @return rows decoded so far */
  long rows() {
    return rowNumber - (rowStarted ? 1 : 0);
  }

  static String utf8(byte[] b, int len) {
    return new String(b, 0, len, StandardCharsets.UTF_8);
  }
}
