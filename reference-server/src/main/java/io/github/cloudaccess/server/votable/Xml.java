package io.github.cloudaccess.server.votable;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A minimal streaming XML writer: elements, escaped text and attributes, CDATA and raw text, in
 * UTF-8, written straight to the response body through an 8 KiB buffer.
 *
 * <p>Escaping covers every place text can appear. Characters that XML 1.0 forbids even as
 * references (C0 controls other than TAB/LF/CR, U+FFFE/U+FFFF, lone surrogates) are replaced by
 * U+FFFD, because error messages echo client input and must still be well-formed.
 */
public final class Xml {

  private final OutputStream out;
  private final Writer w;

  /** @param out the destination; not closed by {@link #flush()} */
  public Xml(OutputStream out) {
    this.out = out;
    this.w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 8192);
  }

  /** @return the byte stream under this writer (flush first before writing to it) */
  public OutputStream bytes() {
    return out;
  }

  /** Writes text exactly as given (the caller guarantees it is markup or already escaped). */
  public Xml raw(String s) throws IOException {
    w.write(s);
    return this;
  }

  /** Writes {@code <tag a="v" ...>}; attribute pairs with a null value are left out. */
  public Xml open(String tag, String... attrs) throws IOException {
    startTag(tag, attrs);
    w.write(">");
    return this;
  }

  /** Writes {@code <tag a="v" .../>} and a newline. */
  public Xml empty(String tag, String... attrs) throws IOException {
    startTag(tag, attrs);
    w.write("/>\n");
    return this;
  }

  /** Writes {@code </tag>} and a newline. */
  public Xml close(String tag) throws IOException {
    w.write("</");
    w.write(tag);
    w.write(">\n");
    return this;
  }

  /** Writes {@code <tag attrs>text</tag>} with the text escaped. */
  public Xml element(String tag, String text, String... attrs) throws IOException {
    open(tag, attrs);
    text(text);
    return close(tag);
  }

  /** Writes escaped character data. */
  public Xml text(String s) throws IOException {
    w.write(escapeText(s));
    return this;
  }

  /** Writes a newline (documents are line-oriented so findings can name a line). */
  public Xml nl() throws IOException {
    w.write('\n');
    return this;
  }

  /** Flushes buffered characters to the byte stream. */
  public void flush() throws IOException {
    w.flush();
  }

  private void startTag(String tag, String... attrs) throws IOException {
    if (attrs.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name/value pairs");
    }
    w.write('<');
    w.write(tag);
    for (int i = 0; i < attrs.length; i += 2) {
      if (attrs[i + 1] != null) {
        w.write(' ');
        w.write(attrs[i]);
        w.write("=\"");
        w.write(escapeAttribute(attrs[i + 1]));
        w.write('"');
      }
    }
  }

  /**
   * Escapes character data: {@code & < >} always (so {@code ]]>} can never appear) and {@code "}
   * as {@code &quot;} as most VOTable writers do.
   *
   * @return the escaped text
   */
  public static String escapeText(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default -> appendLegal(b, s, i);
      }
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      }
    }
    return b.toString();
  }

  /**
   * Escapes an attribute value: as {@link #escapeText} plus TAB, LF and CR as character
   * references, which attribute-value normalisation would otherwise turn into spaces.
   *
   * @return the escaped value
   */
  public static String escapeAttribute(String s) {
    String t = escapeText(s);
    return t.replace("\t", "&#9;").replace("\n", "&#10;").replace("\r", "&#13;");
  }

  /**
   * @return {@code <![CDATA[...]]>} holding {@code s}, with every {@code ]]>} split across two
   *     sections ({@code ]]]]><![CDATA[>}) so the text survives intact
   */
  public static String cdata(String s) {
    return "<![CDATA[" + sanitize(s).replace("]]>", "]]]]><![CDATA[>") + "]]>";
  }

  /** @return {@code s} with characters XML 1.0 forbids replaced by U+FFFD */
  public static String sanitize(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      appendLegal(b, s, i);
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      }
    }
    return b.toString();
  }

  /** Appends the character (or surrogate pair) at {@code i}, or U+FFFD when XML forbids it. */
  private static void appendLegal(StringBuilder b, String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(i + 1));
      } else {
        b.append('\uFFFD');
      }
    } else if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
        || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
      b.append('\uFFFD');
    } else {
      b.append(c);
    }
  }
}
