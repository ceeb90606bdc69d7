package io.github.cloudaccess.schema;

/**
 * A minimal JSON reader over one cell's text for the fast path: JSON whitespace, punctuation,
 * member names from a fixed list, and string values. It never reports anything; whenever the
 * text is not plainly what the fast path expects it says so (returns -1, false or null), and the
 * caller falls back to the full path, which reports.
 *
 * <p>String values are refused (null) when they hold something whose handling differs between a
 * hand-written check and the schema's regular expressions or the tree reader's bounds: a raw
 * {@code &} (the entity screen looks at raw text), a line terminator (where {@code $} could match
 * before the end), a surrogate (where characters and code points differ), a raw control
 * character (not JSON), or more than {@link #MAX_STRING_CHARS} characters.
 */
final class JsonCursor {

  /** Longer strings cannot pass any value rule (keys are at most 1024 characters). */
  static final int MAX_STRING_CHARS = 4096;

  private final String text;
  private final int end;
  private int pos;

  JsonCursor(String text) {
    this.text = text;
    this.end = text.length();
  }

  /** Skips JSON whitespace (RFC 8259: space, tab, LF, CR) and returns the next character, or -1 at the end. */
  int peek() {
    while (pos < end) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return c;
      }
      pos++;
    }
    return -1;
  }

  /** @return true, having consumed it, when the next non-blank character is {@code c} */
  boolean consume(char c) {
    if (peek() == c) {
      pos++;
      return true;
    }
    return false;
  }

  /** @return true when only JSON whitespace is left */
  boolean atEnd() {
    return peek() < 0;
  }

  /**
   * Reads a member name and the colon after it.
   *
   * @param names the accepted names, written without escapes
   * @return the index of the name read, or -1 (nothing consumed that matters) when it is not one of them
   */
  int memberName(String[] names) {
    if (peek() != '"') {
      return -1;
    }
    int start = pos + 1;
    for (int i = 0; i < names.length; i++) {
      String name = names[i];
      int close = start + name.length();
      if (close < end && text.charAt(close) == '"' && text.startsWith(name, start)) {
        pos = close + 1;
        return consume(':') ? i : -1;
      }
    }
    return -1;
  }

  /**
   * Reads the next value when it is a string spelled, without escapes, exactly like one of
   * {@code table}; consumes nothing otherwise. Lets the caller share one instance of frequent
   * values instead of allocating a copy per parse.
   *
   * @return the index into {@code table}, or -1
   */
  int knownString(String[] table) {
    if (peek() != '"') {
      return -1;
    }
    int start = pos + 1;
    for (int i = 0; i < table.length; i++) {
      String candidate = table[i];
      int close = start + candidate.length();
      if (close < end && text.charAt(close) == '"' && text.startsWith(candidate, start)) {
        pos = close + 1;
        return i;
      }
    }
    return -1;
  }

  /** @return the next value when it is a string the fast path can take (see the class comment), else null */
  String string() {
    if (peek() != '"') {
      return null;
    }
    int start = pos + 1;
    int limit = Math.min(end, start + MAX_STRING_CHARS + 1);
    for (int i = start; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '"') {
        pos = i + 1;
        return text.substring(start, i);
      }
      if (c == '\\') {
        return escapedString(start, i);
      }
      if (!plain(c) || c == '&') {
        return null;
      }
    }
    return null;
  }

  /** Continues {@link #string()} from the first backslash, decoding escapes as RFC 8259 defines them. */
  private String escapedString(int start, int firstEscape) {
    StringBuilder out = new StringBuilder(firstEscape - start + 16).append(text, start, firstEscape);
    int i = firstEscape;
    while (i < end && out.length() <= MAX_STRING_CHARS) {
      char c = text.charAt(i++);
      if (c == '"') {
        pos = i;
        return out.toString();
      }
      if (c == '&') {
        return null;
      }
      if (c != '\\') {
        if (!plain(c)) {
          return null;
        }
        out.append(c);
        continue;
      }
      if (i >= end) {
        return null;
      }
      char e = text.charAt(i++);
      char decoded;
      switch (e) {
        case '"', '\\', '/' -> decoded = e;
        case 'b' -> decoded = '\b';
        case 'f' -> decoded = '\f';
        case 't' -> decoded = '\t';
        case 'u' -> {
          int code = i + 4 <= end ? hex4(i) : -1;
          if (code < 0) {
            return null;
          }
          i += 4;
          decoded = (char) code;
        }
        case 'n', 'r' -> {
          return null; // line terminators: see the class comment
        }
        default -> {
          return null; // not a JSON escape
        }
      }
      if (decoded >= 0x20 ? !plain(decoded) : decoded == '\n' || decoded == '\r') {
        return null;
      }
      out.append(decoded);
    }
    return null;
  }

  /** @return true for a character that may stand unescaped in the fast path's strings */
  private static boolean plain(char c) {
    if (c < 0x80) {
      return c >= 0x20;
    }
    return c != 0x85 && c != 0x2028 && c != 0x2029 && !Character.isSurrogate(c);
  }

  private int hex4(int at) {
    int code = 0;
    for (int k = at; k < at + 4; k++) {
      char h = text.charAt(k);
      int d;
      if (h >= '0' && h <= '9') {
        d = h - '0';
      } else if (h >= 'a' && h <= 'f') {
        d = h - 'a' + 10;
      } else if (h >= 'A' && h <= 'F') {
        d = h - 'A' + 10;
      } else {
        return -1;
      }
      code = code * 16 + d;
    }
    return code;
  }
}
