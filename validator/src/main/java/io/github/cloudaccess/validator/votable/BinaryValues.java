package io.github.cloudaccess.validator.votable;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of one BINARY/BINARY2 cell into the text TABLEDATA would carry, so the same
 * rules check both serializations.
 */
final class BinaryValues {

  private BinaryValues() {}

  /**
   * @param type the FIELD's datatype
   * @param b the cell's bytes
   * @param len how many of them
   * @return the text; empty for an empty char array (BINARY cannot tell it from null)
   */
  static String text(Datatype type, byte[] b, int len) {
    return switch (type) {
      case CHAR -> chars(b, len);
      case UNICODE_CHAR -> unicode(b, len);
      case BOOLEAN -> booleans(b, len);
      case BIT -> bits(b, len);
      default -> numbers(type, b, len);
    };
  }

  /** A NUL ends the string (VOTable 5.3: fixed-size char arrays are NUL-padded). */
  private static String chars(byte[] b, int len) {
    int end = 0;
    while (end < len && b[end] != 0) {
      end++;
    }
    return new String(b, 0, end, StandardCharsets.UTF_8);
  }

  private static String unicode(byte[] b, int len) {
    StringBuilder sb = new StringBuilder(len / 2);
    for (int i = 0; i + 1 < len; i += 2) {
      char c = (char) (((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF));
      if (c == 0) {
        break;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private static String booleans(byte[] b, int len) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < len; i++) {
      char c = (char) b[i];
      String v = switch (c) {
        case 'T', 't', '1' -> "T";
        case 'F', 'f', '0' -> "F";
        default -> "?";
      };
      sb.append(i == 0 ? "" : " ").append(v);
    }
    return sb.toString();
  }

  private static String bits(byte[] b, int len) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < len * 8; i++) {
      sb.append((b[i >> 3] & (0x80 >> (i & 7))) != 0 ? '1' : '0');
    }
    return sb.toString();
  }

  private static String numbers(Datatype type, byte[] b, int len) {
    ByteBuffer buf = ByteBuffer.wrap(b, 0, len);
    StringBuilder sb = new StringBuilder();
    while (buf.remaining() > 0) {
      String v = switch (type) {
        case UNSIGNED_BYTE -> Integer.toString(buf.get() & 0xFF);
        case SHORT -> buf.remaining() >= 2 ? Short.toString(buf.getShort()) : null;
        case INT -> buf.remaining() >= 4 ? Integer.toString(buf.getInt()) : null;
        case LONG -> buf.remaining() >= 8 ? Long.toString(buf.getLong()) : null;
        case FLOAT, FLOAT_COMPLEX -> buf.remaining() >= 4 ? Float.toString(buf.getFloat()) : null;
        case DOUBLE, DOUBLE_COMPLEX -> buf.remaining() >= 8 ? Double.toString(buf.getDouble())
            : null;
        default -> null;
      };
      if (v == null) {
        break;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(v);
    }
    return sb.toString();
  }
}
