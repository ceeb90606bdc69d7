package io.github.cloudaccess.validator.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.validator.report.Code;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryScannerTest {

  private record Hit(Code code, long line, long column) {}

  private static List<Hit> scan(String text) throws IOException {
    return scan(text.getBytes(StandardCharsets.UTF_8), null);
  }

  private static List<Hit> scan(byte[] bytes, String encoding) throws IOException {
    List<Hit> hits = new ArrayList<>();
    new RecoveryScanner((code, line, col, detail) -> hits.add(new Hit(code, line, col)))
        .scan(new ByteArrayInputStream(bytes), encoding);
    return hits;
  }

  @Test
  void listsEveryRawAmpersandNotOnlyTheFirst() throws IOException {
    List<Hit> hits = scan("<a>\n<b>x & y</b>\n<b>p&q</b>\n<b>&amp; ok &#38; ok</b>\n"
        + "<b>tail &</b>\n</a>");
    assertThat(hits).containsExactly(new Hit(Code.E_XML_AMPR, 2, 6),
        new Hit(Code.E_XML_AMPR, 3, 5), new Hit(Code.E_XML_AMPR, 5, 9));
  }

  @Test
  void rawLessThanInTextIsFlaggedButTagsAreNot() throws IOException {
    List<Hit> hits = scan("<a><b>1 < 2</b><b>x<=y</b><c attr=\"v\"/><b>if a<b then</b></a>");
    assertThat(hits).extracting(Hit::code).containsExactly(Code.E_XML_LTCH, Code.E_XML_LTCH,
        Code.E_XML_LTCH);
    assertThat(hits).extracting(Hit::column).containsExactly(9L, 20L, 47L);
  }

  @Test
  void cdataCommentsAndProcessingInstructionsHideMarkupCharacters() throws IOException {
    assertThat(scan("<?xml version=\"1.0\"?><!-- a & b < c --><a><?pi x & y < z?>"
        + "<b><![CDATA[ {\"k\": \"a & b < c\"} ]]></b></a>")).isEmpty();
  }

  @Test
  void undeclaredEntitiesAreNamedButDeclaredOnesAccepted() throws IOException {
    List<Hit> hits = scan("<!DOCTYPE a [ <!ENTITY mine \"x\"> ]>\n<a>&nbsp; &mine; &copy;</a>");
    assertThat(hits).containsExactly(new Hit(Code.E_XML_UENT, 2, 4),
        new Hit(Code.E_XML_UENT, 2, 18));
  }

  @Test
  void controlCharactersRawAndAsReferences() throws IOException {
    List<Hit> hits = scan("<a>x\u0001y &#1; &#x9; &#xFFFE;</a>");
    assertThat(hits).extracting(Hit::code).containsExactly(Code.E_XML_ICHR, Code.E_XML_ICHR,
        Code.E_XML_ICHR);
  }

  @Test
  void invalidUtf8IsReportedOncePerRun() throws IOException {
    byte[] b = "<a>caf\u00e9 na\u00efve</a>".getBytes(StandardCharsets.ISO_8859_1);
    List<Hit> hits = scan(b, null);
    assertThat(hits).containsExactly(new Hit(Code.E_XML_ENCB, 1, 7),
        new Hit(Code.E_XML_ENCB, 1, 11));
    assertThat(scan(b, "ISO-8859-1")).isEmpty();
  }

  @Test
  void truncationIsReportedAtTheEnd() throws IOException {
    assertThat(scan("<a><b>text</b>\n<b>more")).containsExactly(new Hit(Code.E_XML_TRNC, 2, 8));
    assertThat(scan("<a><b attr=\"x")).extracting(Hit::code).containsExactly(Code.E_XML_TRNC);
    assertThat(scan("<a><![CDATA[abc")).extracting(Hit::code).containsExactly(Code.E_XML_TRNC);
  }

  @Test
  void attributeValuesAreCheckedToo() throws IOException {
    assertThat(scan("<a href=\"x?a=1&b=2\" t='1 < 2'/>")).extracting(Hit::code)
        .containsExactly(Code.E_XML_AMPR, Code.E_XML_LTCH);
  }

  @Test
  void closingCdataMarkerInTextAndMismatchedTagsAreStructuralErrors() throws IOException {
    assertThat(scan("<a>x ]]> y</a>")).extracting(Hit::code).containsExactly(Code.E_XML_WFRM);
    assertThat(scan("<a><b></a>")).extracting(Hit::code).containsExactly(Code.E_XML_WFRM);
    assertThat(scan("<a/><b/>")).extracting(Hit::code).containsExactly(Code.E_XML_WFRM);
  }

  @Test
  void crlfCountsAsOneLineEnd() throws IOException {
    assertThat(scan("<a>\r\n\r\n<b>&</b></a>")).containsExactly(new Hit(Code.E_XML_AMPR, 3, 4));
  }
}
