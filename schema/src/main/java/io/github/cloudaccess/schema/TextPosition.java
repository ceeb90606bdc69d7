package io.github.cloudaccess.schema;

/**
 * A 1-based line and column inside a value's text, for problems that point into the text itself.
 *
 * @param line 1-based line
 * @param column 1-based column (in UTF-16 units, as Jackson counts them)
 */
record TextPosition(int line, int column) {

  /**
   * @param text the whole value text
   * @param offset 0-based character offset inside {@code text}
   * @return the line and column of that offset; CR LF, CR and LF each end a line
   */
  static TextPosition of(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    int end = Math.min(offset, text.length());
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return new TextPosition(line, end - lineStart + 1);
  }
}
