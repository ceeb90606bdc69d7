package io.github.cloudaccess.validator.reach;

/** Makes text from servers and exceptions safe for a one-line report: printable ASCII, short. */
final class OneLineText {

  private static final int MAX = 200;

  private OneLineText() {}

  /**
   * @param text any text, possibly {@code null}
   * @return printable ASCII of at most 200 characters ({@code ?} for anything else)
   */
  static String clip(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(Math.min(text.length(), MAX));
    for (int i = 0; i < text.length() && sb.length() < MAX; i++) {
      char c = text.charAt(i);
      sb.append(c >= 0x20 && c < 0x7f ? c : c == '\n' || c == '\t' ? ' ' : '?');
    }
    return text.length() > MAX ? sb.append("...").toString() : sb.toString();
  }
}
