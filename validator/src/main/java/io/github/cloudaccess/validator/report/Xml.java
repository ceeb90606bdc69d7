package io.github.cloudaccess.validator.report;

/**
 * Escapes text for XML 1.0 output. Findings quote hostile input, which may hold characters XML
 * 1.0 cannot carry at all, not even as character references (C0 controls other than TAB, LF, CR;
 * U+FFFE, U+FFFF; lone surrogates): those are written as the visible text {@code \}{@code uXXXX}.
 */
public final class Xml {

  private Xml() {}

  /**
   * @param s text, possibly {@code null} (written as empty)
   * @return the text escaped for element content
   */
  public static String text(String s) {
    return escape(s, false);
  }

  /**
   * @param s text, possibly {@code null} (written as empty)
   * @return the text escaped for a double- or single-quoted attribute value, line breaks and tabs
   *     kept as character references so attribute normalisation does not eat them
   */
  public static String attr(String s) {
    return escape(s, true);
  }

  private static String escape(String s, boolean attribute) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append(attribute ? "&quot;" : "\"");
        case '\'' -> b.append(attribute ? "&apos;" : "'");
        case '\t' -> b.append(attribute ? "&#9;" : "\t");
        case '\n' -> b.append(attribute ? "&#10;" : "\n");
        case '\r' -> b.append("&#13;");
        default -> {
          if (allowed(cp)) {
            b.appendCodePoint(cp);
          } else {
            b.append(String.format("\\u%04X", cp));
          }
        }
      }
    }
    return b.toString();
  }

  /** The Char production of XML 1.0 section 2.2, minus TAB/LF/CR handled by the caller. */
  private static boolean allowed(int cp) {
    return (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }
}
