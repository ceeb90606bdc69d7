package io.github.cloudaccess.server.votable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Escaping, CDATA splitting, illegal characters, and the BINARY2 byte layout. */
class XmlTest {

  @Test
  void textAndAttributesAreEscaped() throws Exception {
    assertThat(Xml.escapeText("a & b < c > \"d\"")).isEqualTo("a &amp; b &lt; c &gt; &quot;d&quot;");
    assertThat(Xml.escapeAttribute("x\ty\nz\"")).isEqualTo("x&#9;y&#10;z&quot;");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Xml xml = new Xml(out);
    xml.empty("P", "value", "<&\">", "skipped", null);
    xml.flush();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("<P value=\"&lt;&amp;&quot;&gt;\"/>\n");
  }

  @Test
  void cdataSplitsTheTerminator() {
    assertThat(Xml.cdata("a]]>b")).isEqualTo("<![CDATA[a]]]]><![CDATA[>b]]>");
    assertThat(Xml.cdata("{\"a\": [[1]]}")).isEqualTo("<![CDATA[{\"a\": [[1]]}]]>");
  }

  @Test
  void charactersXmlForbidsAreReplaced() {
    assertThat(Xml.escapeText("a\u0000b\u0001c\tok\uFFFE")).isEqualTo("a\uFFFDb\uFFFDc\tok\uFFFD");
    assertThat(Xml.escapeText("lone \uD800 pair \uD83D\uDE00")).isEqualTo("lone \uFFFD pair \uD83D\uDE00");
  }

  @Test
  void binary2WritesFlagsThenBigEndianCells() throws Exception {
    List<Column> cols = List.of(Column.chars("s", null, null, null),
        Column.scalar("i", "int", null, null, null, null),
        Column.scalar("d", "double", null, null, null, null),
        new Column("f", "char", "4", null, null, null, null, null, null));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Xml xml = new Xml(out);
    Binary2 b = new Binary2(xml, cols);
    b.start();
    b.row(new Object[] {"ab", 7, null, "toolong"});
    b.end();
    xml.flush();
    String text = out.toString(StandardCharsets.US_ASCII);
    String stream = text.substring(text.indexOf('>', text.indexOf("<STREAM")) + 1,
        text.indexOf("</STREAM>"));
    byte[] bytes = Base64.getMimeDecoder().decode(stream.trim());
    java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(bytes);
    assertThat(bb.get()).isEqualTo((byte) 0x20);
    assertThat(bb.getInt()).isEqualTo(2);
    assertThat(new byte[] {bb.get(), bb.get()}).isEqualTo("ab".getBytes(StandardCharsets.US_ASCII));
    assertThat(bb.getInt()).isEqualTo(7);
    assertThat(bb.getDouble()).isNaN();
    byte[] fixed = new byte[4];
    bb.get(fixed);
    assertThat(new String(fixed, StandardCharsets.US_ASCII)).isEqualTo("tool");
    assertThat(bb.hasRemaining()).isFalse();
  }
}
