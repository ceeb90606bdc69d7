package io.github.cloudaccess.validator.votable;

import java.util.Arrays;

/**
 * The reusable text of one cell of one column, filled from SAX character events (which the parser
 * splits at every entity reference and CDATA boundary) or from a decoded BINARY value.
 *
 * <p>Reused from row to row so that checking a cell costs no allocation; rules must not keep a
 * reference to it beyond the row. Text beyond {@link #MAX_CHARS} is dropped and flagged.
 */
public final class CellBuffer implements CharSequence {

  /** Longest cell text kept (4 Mi chars, 8 MiB); longer cells are flagged as overflowed. */
  public static final int MAX_CHARS = 4 * 1024 * 1024;

  private char[] chars = new char[64];
  private int length;
  private boolean overflowed;
  private boolean present;

  /** Empties the buffer for a new cell. */
  void reset() {
    length = 0;
    overflowed = false;
    present = true;
  }

  /** Marks the cell as absent (a short row, or a BINARY null). */
  void clearAbsent() {
    length = 0;
    overflowed = false;
    present = false;
  }

  void append(char[] ch, int start, int len) {
    int room = MAX_CHARS - length;
    if (len > room) {
      overflowed = true;
      len = room;
    }
    if (len <= 0) {
      return;
    }
    if (length + len > chars.length) {
      chars = Arrays.copyOf(chars, Math.min(MAX_CHARS, Math.max(chars.length * 2, length + len)));
    }
    System.arraycopy(ch, start, chars, length, len);
    length += len;
  }

  void set(String text) {
    reset();
    if (text != null) {
      int n = Math.min(text.length(), MAX_CHARS);
      overflowed = n < text.length();
      if (n > chars.length) {
        chars = new char[n];
      }
      text.getChars(0, n, chars, 0);
      length = n;
    }
  }

  void markOverflowed() {
    overflowed = true;
  }

  /** @return true when the cell is null: absent, or empty (an empty TD is null, VOTable 5.5) */
  public boolean isNull() {
    return !present || length == 0;
  }

  /** @return true when the text was longer than {@link #MAX_CHARS} and was cut */
  public boolean overflowed() {
    return overflowed;
  }

  /** @return true when the text is empty or only XML whitespace */
  public boolean isBlank() {
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * @param text a string to compare with
   * @return true when the cell text equals {@code text} exactly
   */
  public boolean contentEquals(String text) {
    if (text.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (chars[i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * @param prefix a prefix
   * @return true when the cell text starts with {@code prefix}
   */
  public boolean startsWith(String prefix) {
    if (prefix.length() > length) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (chars[i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** @return the cell text with surrounding XML whitespace removed, as a new string */
  public String strippedString() {
    int s = 0;
    int e = length;
    while (s < e && isSpace(chars[s])) {
      s++;
    }
    while (e > s && isSpace(chars[e - 1])) {
      e--;
    }
    return new String(chars, s, e - s);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    if (index >= length) {
      throw new IndexOutOfBoundsException(index);
    }
    return chars[index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return toString().substring(start, end);
  }

  @Override
  public String toString() {
    return new String(chars, 0, length);
  }
}
