package io.github.cloudaccess.schema;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks on the raw text that no JSON parser or schema can make: entity text left by double
 * escaping, and whether text that failed to parse is really a Python literal.
 */
final class TextScreen {

  /** XML/HTML entity or character reference that survived one unescaping too few. */
  private static final Pattern ENTITY =
      Pattern.compile("&(?:quot|amp|lt|gt|apos|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});");

  private TextScreen() {}

  /**
   * Reports {@link ProblemKind#ENTITY_TEXT} when entity references such as {@code &quot;} appear.
   *
   * @return true when one was found
   */
  static boolean checkEntities(String text, ProblemList sink) {
    int amp = text.indexOf('&');
    if (amp < 0) {
      return false;
    }
    Matcher m = ENTITY.matcher(text);
    if (!m.find(amp)) {
      return false;
    }
    TextPosition at = TextPosition.of(text, m.start());
    sink.add(new Problem(ProblemKind.ENTITY_TEXT, "", at.line(), at.column(),
        "Entity reference " + m.group() + " survives in the value: it was escaped twice.",
        "Escape the JSON once for XML (or wrap it in CDATA), not twice."));
    return true;
  }

  /**
   * Reports {@link ProblemKind#ENTITY_TEXT} for JSON whose quotes arrive backslash-escaped
   * ({@code {\"aws\": ...}}), i.e. a JSON string literal pasted without decoding.
   */
  static void checkEscapedQuotes(String text, ProblemList sink) {
    int start = firstNonBlank(text);
    if (start >= 0 && text.startsWith("{\\\"", start)) {
      TextPosition at = TextPosition.of(text, start + 1);
      sink.add(new Problem(ProblemKind.ENTITY_TEXT, "", at.line(), at.column(),
          "Quotes are backslash-escaped outside any string: the JSON was escaped twice.",
          "Write the JSON object itself, not a JSON string literal of it."));
    }
  }

  /**
   * Finds the first sign that unparseable text is a Python literal: a single-quoted string where a
   * JSON string could start, or a bare {@code True}, {@code False} or {@code None}.
   *
   * @return the offset of that sign, or -1 when the text does not look like Python
   */
  static int pythonLiteralOffset(String text) {
    char previous = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '"') {
        i = skipString(text, i);
        previous = '"';
        continue;
      }
      if (c == '\'' && (previous == 0 || "{[,:".indexOf(previous) >= 0)) {
        return i;
      }
      if ((c == 'T' || c == 'F' || c == 'N') && !identifierChar(previous)
          && (word(text, i, "True") || word(text, i, "False") || word(text, i, "None"))) {
        return i;
      }
      if (!Character.isWhitespace(c)) {
        previous = c;
      }
    }
    return -1;
  }

  private static int skipString(String text, int open) {
    for (int i = open + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return i;
      }
    }
    return text.length();
  }

  private static boolean word(String text, int at, String w) {
    int end = at + w.length();
    return text.startsWith(w, at) && (end == text.length() || !identifierChar(text.charAt(end)));
  }

  private static boolean identifierChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static int firstNonBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
