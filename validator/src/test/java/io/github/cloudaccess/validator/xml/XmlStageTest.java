package io.github.cloudaccess.validator.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.validator.CollectingReporter;
import io.github.cloudaccess.validator.PathInput;
import io.github.cloudaccess.validator.TestDocs;
import io.github.cloudaccess.validator.report.Code;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlStageTest {

  @Test
  void cleanDocumentHasNoXmlFindings() {
    CollectingReporter r = PathInput.validate(PathInput.text(TestDocs.sia2(TestDocs.CLOUD_FIELD,
        TestDocs.CLOUD, TestDocs.CLOUD)));
    assertThat(r.verdict()).as(r.describe()).isEqualTo("pass");
    assertThat(r.tokens()).noneMatch(t -> t.contains("-XML-"));
  }

  @Test
  void everyRawAmpersandIsListedWithItsLine() {
    String doc = TestDocs.sia2("<FIELD name=\"note\" datatype=\"char\" arraysize=\"*\"/>",
        "R&D", "ok", "A & B");
    CollectingReporter r = PathInput.validate(PathInput.text(doc));
    assertThat(r.withCode(Code.E_XML_AMPR)).hasSize(2);
    assertThat(r.withCode(Code.E_XML_AMPR)).extracting(f -> f.position().line())
        .containsExactly(34L, 36L);
    assertThat(r.tokens()).doesNotContain("E-XML-WFRM");
  }

  @Test
  void cdataSectionsAreCountedAndSplitCdataIsReassembled() {
    String cell = "<![CDATA[{\"aws\": [{\"bucket_name\": \"nasa-irsa-example\", \"key\": \"a]]]]>"
        + "<![CDATA[>b.fits\", \"region\": \"us-east-1\", \"access\": \"open\"}]}]]>";
    CollectingReporter r = PathInput.validate(PathInput.text(TestDocs.sia2(TestDocs.CLOUD_FIELD,
        cell)));
    assertThat(r.verdict()).as(r.describe()).isEqualTo("pass");
    assertThat(r.tokens()).contains("I-XML-CDAT");
  }

  @Test
  void doubleEscapingInAGeneralCellIsAWarning() {
    String doc = TestDocs.sia2("<FIELD name=\"note\" datatype=\"char\" arraysize=\"*\"/>",
        "say &amp;quot;hi&amp;quot;", "plain &amp; simple");
    CollectingReporter r = PathInput.validate(PathInput.text(doc));
    assertThat(r.withCode(Code.W_XML_DESC)).singleElement()
        .satisfies(f -> assertThat(f.position().row()).isEqualTo(1));
  }

  @Test
  void externalEntitiesAreNeverResolved() {
    String doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE VOTABLE [<!ENTITY x SYSTEM "
        + "\"file:///etc/passwd\">]>\n" + TestDocs.sia2("<FIELD name=\"note\" datatype=\"char\""
        + " arraysize=\"*\"/>", "&x;").substring(39);
    CollectingReporter r = PathInput.validate(PathInput.text(doc));
    assertThat(r.tokens()).contains("W-XML-DTDX", "E-XML-UENT");
    assertThat(r.describe()).doesNotContain("root:");
  }

  @Test
  void entityExpansionIsBounded() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE VOTABLE [<!ENTITY a \"aaaaaaaaaa\">");
    String prev = "a";
    for (int i = 1; i <= 6; i++) {
      dtd.append("<!ENTITY a").append(i).append(" \"")
          .append(("&" + prev + ";").repeat(10)).append("\">");
      prev = "a" + i;
    }
    dtd.append("]>\n");
    String doc = "<?xml version=\"1.0\"?>\n" + dtd + TestDocs.sia2("<FIELD name=\"note\""
        + " datatype=\"char\" arraysize=\"*\"/>", "&a6;").substring(39);
    CollectingReporter r = PathInput.validate(PathInput.text(doc));
    assertThat(r.tokens()).contains("W-XML-DTDX", "E-XML-WFRM");
  }

  @Test
  void truncatedEmptyHtmlAndBomBodies() {
    String doc = TestDocs.sia2(TestDocs.CLOUD_FIELD, TestDocs.CLOUD, TestDocs.CLOUD);
    assertThat(PathInput.validate(PathInput.text(doc.substring(0, doc.length() - 200))).tokens())
        .contains("E-XML-TRNC");
    assertThat(PathInput.validate(PathInput.text("")).tokens()).containsExactly("E-XML-EMPT");
    assertThat(PathInput.validate(PathInput.text("<html><body>Bad Gateway</body></html>"))
        .tokens()).containsExactly("E-XML-HTML");
    CollectingReporter bom = PathInput.validate(PathInput.text("\uFEFF" + doc));
    assertThat(bom.tokens()).contains("W-XML-BOMK");
    assertThat(bom.verdict()).isEqualTo("pass");
  }

  @Test
  void latin1BytesInAUtf8DocumentAreEncodingErrors() {
    String doc = TestDocs.sia2("<FIELD name=\"note\" datatype=\"char\" arraysize=\"*\"/>",
        "caf\u00e9", "ok", "na\u00efve");
    CollectingReporter r = PathInput.validate(PathInput.bytes(
        doc.getBytes(StandardCharsets.ISO_8859_1)));
    assertThat(r.withCode(Code.E_XML_ENCB)).hasSize(2);
  }
}
