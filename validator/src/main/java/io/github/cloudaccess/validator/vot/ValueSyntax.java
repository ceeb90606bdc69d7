package io.github.cloudaccess.validator.vot;

import io.github.cloudaccess.validator.votable.Arraysize;
import io.github.cloudaccess.validator.votable.Datatype;

/**
 * Lexical checks of TABLEDATA cell text against a FIELD's datatype (VOTable 5.1, 6), written as
 * small hand scanners: they run on every read cell, so no regex and no copies.
 */
public final class ValueSyntax {

  private ValueSyntax() {}

  /**
   * @param text the cell text (empty means null, always valid)
   * @param datatype the FIELD's datatype; text types always pass
   * @param arraysize the FIELD's arraysize, or null
   * @return null when valid, else the offending token
   */
  public static String check(CharSequence text, Datatype datatype, Arraysize arraysize) {
    if (datatype == null || datatype.isText()) {
      return null;
    }
    int n = text.length();
    int i = 0;
    boolean array = arraysize != null && arraysize.isArray();
    int step = datatype == Datatype.FLOAT_COMPLEX || datatype == Datatype.DOUBLE_COMPLEX ? 2 : 1;
    int tokens = 0;
    while (true) {
      while (i < n && isSpace(text.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int s = i;
      while (i < n && !isSpace(text.charAt(i))) {
        i++;
      }
      tokens++;
      if (!token(text, s, i, datatype)) {
        return text.subSequence(s, i).toString();
      }
    }
    if (!array && tokens > step && datatype != Datatype.BIT) {
      return text.toString().strip();
    }
    return null;
  }

  private static boolean token(CharSequence t, int s, int e, Datatype d) {
    return switch (d) {
      case BOOLEAN -> isBoolean(t, s, e);
      case BIT -> isBits(t, s, e);
      case UNSIGNED_BYTE -> isInteger(t, s, e, 0, 255);
      case SHORT -> isInteger(t, s, e, Short.MIN_VALUE, Short.MAX_VALUE);
      case INT -> isInteger(t, s, e, Integer.MIN_VALUE, Integer.MAX_VALUE);
      case LONG -> isInteger(t, s, e, Long.MIN_VALUE, Long.MAX_VALUE);
      case FLOAT, DOUBLE, FLOAT_COMPLEX, DOUBLE_COMPLEX -> isFloat(t, s, e);
      default -> true;
    };
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  static boolean isBoolean(CharSequence t, int s, int e) {
    int len = e - s;
    if (len == 1) {
      char c = t.charAt(s);
      return "TtFf10?".indexOf(c) >= 0;
    }
    return regionEqualsIgnoreCase(t, s, e, "true") || regionEqualsIgnoreCase(t, s, e, "false");
  }

  private static boolean isBits(CharSequence t, int s, int e) {
    for (int i = s; i < e; i++) {
      char c = t.charAt(i);
      if (c != '0' && c != '1') {
        return false;
      }
    }
    return true;
  }

  static boolean isInteger(CharSequence t, int s, int e, long min, long max) {
    int i = s;
    boolean negative = false;
    if (i < e && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
      negative = t.charAt(i) == '-';
      i++;
    }
    if (e - i >= 3 && t.charAt(i) == '0'
        && (t.charAt(i + 1) == 'x' || t.charAt(i + 1) == 'X')) {
      return isHex(t, i + 2, e);
    }
    if (i >= e) {
      return false;
    }
    /* Accumulate as a negative number so Long.MIN_VALUE fits. */
    long value = 0;
    for (; i < e; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      int d = c - '0';
      if (value < (Long.MIN_VALUE + d) / 10) {
        return false;
      }
      value = value * 10 - d;
    }
    if (negative) {
      return value >= min;
    }
    return value != Long.MIN_VALUE && -value <= max;
  }

  private static boolean isHex(CharSequence t, int s, int e) {
    if (s >= e || e - s > 16) {
      return false;
    }
    for (int i = s; i < e; i++) {
      char c = t.charAt(i);
      boolean ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  static boolean isFloat(CharSequence t, int s, int e) {
    int i = s;
    if (i < e && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
      i++;
    }
    if (regionEqualsIgnoreCase(t, i, e, "nan") && i == s) {
      return true;
    }
    if (regionEqualsIgnoreCase(t, i, e, "inf") || regionEqualsIgnoreCase(t, i, e, "infinity")) {
      return true;
    }
    int digits = 0;
    while (i < e && isDigit(t.charAt(i))) {
      i++;
      digits++;
    }
    if (i < e && t.charAt(i) == '.') {
      i++;
      while (i < e && isDigit(t.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < e && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
      i++;
      if (i < e && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
        i++;
      }
      int exp = 0;
      while (i < e && isDigit(t.charAt(i))) {
        i++;
        exp++;
      }
      if (exp == 0) {
        return false;
      }
    }
    return i == e;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean regionEqualsIgnoreCase(CharSequence t, int s, int e, String word) {
    if (e - s != word.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (Character.toLowerCase(t.charAt(s + i)) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
