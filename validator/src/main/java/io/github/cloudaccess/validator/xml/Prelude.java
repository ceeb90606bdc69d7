package io.github.cloudaccess.validator.xml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the first bytes of a body say before any parsing: empty, HTML or plain text instead of
 * XML, a byte-order mark, the XML declaration's version and encoding.
 *
 * @param kind what the body looks like
 * @param bom the length of a UTF-8 byte-order mark at the start (3), else 0
 * @param utf16 true when a UTF-16 byte-order mark starts the body
 * @param xmlVersion the declaration's version, or null without a declaration
 * @param encoding the declaration's encoding, or null when not declared
 * @param snippet for HTML and text bodies, the first words (title or first line), else null
 */
public record Prelude(
    Kind kind, int bom, boolean utf16, String xmlVersion, String encoding, String snippet) {

  /** What a body looks like from its first bytes. */
  public enum Kind {
    /** No bytes, or only whitespace. */
    EMPTY,
    /** An HTML page (DOCTYPE html or an html root). */
    HTML,
    /** Not markup at all: the first character is not {@code <}. */
    TEXT,
    /** Looks like XML. */
    XML
  }

  private static final int WINDOW = 8192;
  private static final Pattern VERSION = Pattern.compile("version\\s*=\\s*[\"']([^\"']*)[\"']");
  private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([^\"']*)[\"']");
  private static final Pattern TITLE =
      Pattern.compile("<title[^>]*>([^<]{1,200})", Pattern.CASE_INSENSITIVE);

  /**
   * Reads up to 8 KiB from the stream (the caller opens a fresh stream for parsing).
   *
   * @param in the raw body
   * @return what it looks like
   * @throws IOException when the body cannot be read
   */
  public static Prelude read(InputStream in) throws IOException {
    byte[] head = in.readNBytes(WINDOW);
    return of(head, head.length);
  }

  static Prelude of(byte[] b, int n) {
    int bom = n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF
        ? 3 : 0;
    boolean utf16 = n >= 2 && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
        || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE));
    if (utf16) {
      return new Prelude(Kind.XML, 0, true, null, "UTF-16", null);
    }
    String s = new String(b, bom, n - bom, StandardCharsets.ISO_8859_1);
    String version = null;
    String encoding = null;
    int i = 0;
    if (s.startsWith("<?xml")) {
      int end = s.indexOf("?>");
      String decl = end < 0 ? s : s.substring(0, end);
      Matcher v = VERSION.matcher(decl);
      version = v.find() ? v.group(1) : null;
      Matcher e = ENCODING.matcher(decl);
      encoding = e.find() ? e.group(1) : null;
      i = end < 0 ? s.length() : end + 2;
    }
    i = skipMisc(s, i);
    if (s.isBlank()) {
      return new Prelude(Kind.EMPTY, bom, false, version, encoding, null);
    }
    if (i >= s.length()) {
      return new Prelude(Kind.XML, bom, false, version, encoding, null);
    }
    if (s.charAt(i) != '<') {
      return new Prelude(Kind.TEXT, bom, false, version, encoding, firstLine(s.substring(i)));
    }
    String rest = s.substring(i, Math.min(s.length(), i + 20)).toLowerCase(Locale.ROOT);
    if (rest.startsWith("<!doctype html") || rest.matches("<html[\\s>].*")
        || rest.equals("<html")) {
      Matcher t = TITLE.matcher(s);
      String snippet = t.find() ? t.group(1).strip() : firstLine(s.substring(i));
      return new Prelude(Kind.HTML, bom, false, version, encoding, snippet);
    }
    return new Prelude(Kind.XML, bom, false, version, encoding, null);
  }

  /** Skips whitespace, comments and processing instructions. */
  private static int skipMisc(String s, int from) {
    int i = from;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        i++;
      } else if (s.startsWith("<!--", i)) {
        int end = s.indexOf("-->", i + 4);
        i = end < 0 ? s.length() : end + 3;
      } else if (s.startsWith("<?", i)) {
        int end = s.indexOf("?>", i + 2);
        i = end < 0 ? s.length() : end + 2;
      } else {
        break;
      }
    }
    return i;
  }

  private static String firstLine(String s) {
    String line = s.strip().lines().findFirst().orElse("");
    return line.length() > 120 ? line.substring(0, 120) + "..." : line;
  }

  /** @return true when the declared encoding is UTF-8 or absent (UTF-8 by default) */
  public boolean isUtf8() {
    return !utf16 && (encoding == null || encoding.equalsIgnoreCase("UTF-8")
        || encoding.equalsIgnoreCase("UTF8"));
  }
}
