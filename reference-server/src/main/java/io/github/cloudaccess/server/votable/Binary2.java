package io.github.cloudaccess.server.votable;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * BINARY2 serialization (VOTable 5.5): per row a null-flag bit map, then each cell big-endian;
 * the bytes go through a streaming base64 encoder straight into the response.
 *
 * <p>Char cells are written as UTF-8 bytes (ASCII for correct values). A fixed arraysize cuts or
 * NUL-pads to exactly that many bytes, as a real fixed-width writer does; no arraysize means one
 * byte.
 */
public final class Binary2 implements TableBody {

  private final Xml xml;
  private final List<Column> columns;
  private OutputStream base64;
  private final ByteArrayOutputStream rowBytes = new ByteArrayOutputStream(1024);
  private final DataOutputStream row = new DataOutputStream(rowBytes);

  /**
   * @param xml the document writer
   * @param columns the FIELDs, which decide how each cell is encoded
   */
  public Binary2(Xml xml, List<Column> columns) {
    this.xml = xml;
    this.columns = List.copyOf(columns);
  }

  @Override
  public void start() throws IOException {
    xml.raw("<DATA><BINARY2><STREAM encoding=\"base64\">\n");
    xml.flush();
    OutputStream keepOpen = new FilterOutputStream(xml.bytes()) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
    base64 = Base64.getMimeEncoder(76, new byte[] {'\n'}).wrap(keepOpen);
  }

  @Override
  public void row(Object[] cells) throws IOException {
    rowBytes.reset();
    int n = columns.size();
    byte[] flags = new byte[(n + 7) / 8];
    for (int i = 0; i < n; i++) {
      if (cells[i] == null) {
        flags[i / 8] |= (byte) (0x80 >>> (i % 8));
      }
    }
    row.write(flags);
    for (int i = 0; i < n; i++) {
      cell(columns.get(i), cells[i]);
    }
    row.flush();
    rowBytes.writeTo(base64);
  }

  private void cell(Column c, Object v) throws IOException {
    switch (c.datatype()) {
      case "char" -> chars(c.arraysize(), v == null ? "" : stringOf(v));
      case "unicodeChar" -> unicodeChars(v == null ? "" : stringOf(v));
      case "int" -> intCell(c, v);
      case "long" -> row.writeLong(v == null ? 0L : ((Number) v).longValue());
      case "double" -> doubleCell(c, v);
      case "boolean" -> row.writeByte(v == null ? '?' : ((Boolean) v) ? 'T' : 'F');
      default -> throw new IllegalArgumentException("no BINARY2 encoding for " + c.datatype());
    }
  }

  private static String stringOf(Object v) {
    return v instanceof Markup m ? m.value() : v.toString();
  }

  private void chars(String arraysize, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    if (arraysize == null) {
      row.writeByte(b.length > 0 ? b[0] : 0);
    } else if (arraysize.endsWith("*")) {
      row.writeInt(b.length);
      row.write(b);
    } else {
      int fixed = Integer.parseInt(arraysize);
      byte[] cell = new byte[fixed];
      System.arraycopy(b, 0, cell, 0, Math.min(fixed, b.length));
      row.write(cell);
    }
  }

  /** Variable-length unicodeChar: a count of UTF-16 code units, then each big-endian. */
  private void unicodeChars(String s) throws IOException {
    row.writeInt(s.length());
    row.writeChars(s);
  }

  private void intCell(Column c, Object v) throws IOException {
    if (c.arraysize() != null) {
      int[] a = v == null ? new int[0] : (int[]) v;
      row.writeInt(a.length);
      for (int x : a) {
        row.writeInt(x);
      }
    } else {
      row.writeInt(v == null ? 0 : ((Number) v).intValue());
    }
  }

  private void doubleCell(Column c, Object v) throws IOException {
    if (c.arraysize() != null) {
      double[] a = v == null ? new double[0] : (double[]) v;
      row.writeInt(a.length);
      for (double x : a) {
        row.writeDouble(x);
      }
    } else {
      row.writeDouble(v == null ? Double.NaN : ((Number) v).doubleValue());
    }
  }

  @Override
  public void end() throws IOException {
    base64.close();
    xml.raw("\n</STREAM></BINARY2></DATA>\n");
  }

  @Override
  public void abandon() throws IOException {
    base64.flush();
    xml.flush();
  }
}
