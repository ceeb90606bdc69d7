package io.github.cloudaccess.validator.report;

/**
 * Makes text safe for a one-finding-per-line report: findings quote hostile input, so a line
 * break or a control character inside a message must not start a fake report line.
 */
public final class OneLine {

  private OneLine() {}

  /**
   * @param text any text, possibly {@code null}
   * @return the text with CR, LF, TAB as {@code \r \n \t}, and other control characters, line and
   *     paragraph separators as {@code \}{@code uXXXX}; {@code null} stays {@code null}
   */
  public static String of(String text) {
    if (text == null || text.chars().noneMatch(OneLine::needsEscape)) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 16);
    text.chars().forEach(c -> append(b, (char) c));
    return b.toString();
  }

  private static boolean needsEscape(int c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
  }

  private static void append(StringBuilder b, char c) {
    switch (c) {
      case '\n' -> b.append("\\n");
      case '\r' -> b.append("\\r");
      case '\t' -> b.append("\\t");
      default -> {
        if (needsEscape(c)) {
          b.append(String.format("\\u%04X", (int) c));
        } else {
          b.append(c);
        }
      }
    }
  }
}
