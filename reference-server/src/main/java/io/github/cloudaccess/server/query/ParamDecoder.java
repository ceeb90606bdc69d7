package io.github.cloudaccess.server.query;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes {@code application/x-www-form-urlencoded} text (query strings and POST bodies)
 * strictly: a {@code %} not followed by two hex digits, or bytes that are not UTF-8, are a
 * UsageFault instead of being guessed at; the number of parameters is capped.
 */
public final class ParamDecoder {

  /** Most parameters one request may carry. */
  public static final int MAX_PARAMS = 1000;

  private ParamDecoder() {}

  /**
   * @param encoded the raw (still percent-encoded) text; null or empty adds nothing
   * @param into where to add the pairs
   * @throws Fault UsageFault for malformed encoding or too many parameters
   */
  public static void decode(String encoded, Params into) throws Fault {
    if (encoded == null || encoded.isEmpty()) {
      return;
    }
    int start = 0;
    while (start <= encoded.length()) {
      int amp = encoded.indexOf('&', start);
      int end = amp < 0 ? encoded.length() : amp;
      if (end > start) {
        if (into.count() >= MAX_PARAMS) {
          throw Fault.usage("more than " + MAX_PARAMS + " parameters");
        }
        String pair = encoded.substring(start, end);
        int eq = pair.indexOf('=');
        String name = component(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : component(pair.substring(eq + 1));
        if (!name.isEmpty()) {
          into.add(name, value);
        }
      }
      if (amp < 0) {
        break;
      }
      start = amp + 1;
    }
  }

  /** Percent- and plus-decodes one name or value, then decodes the bytes as strict UTF-8. */
  static String component(String s) throws Fault {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '+') {
        bytes.write(' ');
      } else if (c == '%') {
        if (i + 2 >= s.length()) {
          throw Fault.usage("truncated percent-encoding in the request parameters");
        }
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          throw Fault.usage("invalid percent-encoding in the request parameters");
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        // Raw non-ASCII in a URL is not legal but some clients send it: keep it as UTF-8.
        int cp = s.codePointAt(i);
        byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        bytes.write(b, 0, b.length);
        i += Character.charCount(cp) - 1;
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw Fault.usage("request parameters are not valid UTF-8");
    }
  }
}
