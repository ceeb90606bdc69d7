package io.github.cloudaccess.validator.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A parsed media type (RFC 9110 §8.3.1): type, subtype and parameters, names in lower case.
 *
 * @param type e.g. {@code application}
 * @param subtype e.g. {@code x-votable+xml}
 * @param parameters parameter names (lower case) to values (unquoted, case kept), in order
 */
public record MediaType(String type, String subtype, Map<String, String> parameters) {

  private static final String TCHAR_EXTRA = "!#$%&'*+-.^_`|~";

  /** Freezes the parameters. */
  public MediaType {
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** @return {@code type/subtype}, the part compared when matching */
  public String essence() {
    return type + "/" + subtype;
  }

  /**
   * @param name a parameter name, any case
   * @return its value, or {@code null}
   */
  public String parameter(String name) {
    return parameters.get(name.toLowerCase(Locale.ROOT));
  }

  /**
   * Parses a Content-Type value strictly.
   *
   * @param text the header value
   * @return the media type
   * @throws IllegalArgumentException with the reason when the syntax is wrong
   */
  public static MediaType parse(String text) {
    Cursor c = new Cursor(text.trim());
    String type = c.token("type");
    c.expect('/');
    String subtype = c.token("subtype");
    Map<String, String> params = new LinkedHashMap<>();
    while (true) {
      c.skipSpace();
      if (c.atEnd()) {
        break;
      }
      c.expect(';');
      c.skipSpace();
      if (c.atEnd() || c.peek() == ';') {
        continue; // RFC 9110 allows empty parameters
      }
      String name = c.token("parameter name").toLowerCase(Locale.ROOT);
      c.expect('=');
      String value = c.peek() == '"' ? c.quoted() : c.token("parameter value");
      params.putIfAbsent(name, value);
    }
    return new MediaType(type.toLowerCase(Locale.ROOT), subtype.toLowerCase(Locale.ROOT), params);
  }

  static boolean isTchar(char ch) {
    return ch < 0x7f && (Character.isLetterOrDigit(ch) || TCHAR_EXTRA.indexOf(ch) >= 0);
  }

  /** A position in the text being parsed. */
  private static final class Cursor {
    private final String s;
    private int i;

    Cursor(String s) {
      this.s = s;
    }

    boolean atEnd() {
      return i >= s.length();
    }

    char peek() {
      return atEnd() ? '\0' : s.charAt(i);
    }

    void skipSpace() {
      while (!atEnd() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
        i++;
      }
    }

    void expect(char ch) {
      if (peek() != ch) {
        throw new IllegalArgumentException("expected '" + ch + "' at offset " + i);
      }
      i++;
    }

    String token(String what) {
      int from = i;
      while (!atEnd() && isTchar(s.charAt(i))) {
        i++;
      }
      if (from == i) {
        throw new IllegalArgumentException("missing " + what + " at offset " + from);
      }
      return s.substring(from, i);
    }

    String quoted() {
      StringBuilder b = new StringBuilder();
      i++;
      while (!atEnd()) {
        char ch = s.charAt(i++);
        if (ch == '"') {
          return b.toString();
        }
        if (ch == '\\' && !atEnd()) {
          ch = s.charAt(i++);
        }
        if (ch < 0x20 && ch != '\t' || ch == 0x7f) {
          throw new IllegalArgumentException("control character in quoted string");
        }
        b.append(ch);
      }
      throw new IllegalArgumentException("unterminated quoted string");
    }
  }
}
