package io.github.cloudaccess.server;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.w3c.dom.Element;

/**
 * A test-side BINARY2 decoder written from VOTable 1.4 section 5.5, independent of the server's
 * writer: null-flag bit map, then big-endian cells; arrays rendered as space-separated text the
 * way TABLEDATA would show them.
 */
final class Binary2Reader {

  private Binary2Reader() {}

  static List<List<String>> read(String base64, List<Element> fields) {
    byte[] bytes = Base64.getMimeDecoder().decode(base64.trim());
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    List<List<String>> rows = new ArrayList<>();
    int n = fields.size();
    try {
      while (in.available() > 0) {
        byte[] flags = new byte[(n + 7) / 8];
        in.readFully(flags);
        List<String> row = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          boolean isNull = (flags[i / 8] & (0x80 >>> (i % 8))) != 0;
          String v = cell(in, fields.get(i));
          row.add(isNull ? null : v);
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new AssertionError("BINARY2 stream ends inside a row", e);
    }
    return rows;
  }

  private static String cell(DataInputStream in, Element f) throws IOException {
    String type = f.getAttribute("datatype");
    String size = f.hasAttribute("arraysize") ? f.getAttribute("arraysize") : null;
    int count = size == null ? 1 : size.endsWith("*") ? in.readInt() : Integer.parseInt(size);
    switch (type) {
      case "char": {
        byte[] b = new byte[count];
        in.readFully(b);
        String s = new String(b, StandardCharsets.UTF_8);
        int nul = s.indexOf('\0');
        return nul < 0 ? s : s.substring(0, nul);
      }
      case "unicodeChar": {
        char[] c = new char[count];
        for (int k = 0; k < count; k++) {
          c[k] = in.readChar();
        }
        return new String(c);
      }
      case "boolean":
        return Character.toString((char) in.readByte());
      default: {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < count; k++) {
          b.append(k == 0 ? "" : " ").append(switch (type) {
            case "int" -> Integer.toString(in.readInt());
            case "long" -> Long.toString(in.readLong());
            case "double" -> Double.toString(in.readDouble());
            default -> throw new AssertionError("unexpected datatype " + type);
          });
        }
        return b.toString();
      }
    }
  }
}
