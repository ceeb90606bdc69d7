package io.github.cloudaccess.validator.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.validator.CollectingReporter;
import io.github.cloudaccess.validator.PathInput;
import io.github.cloudaccess.validator.TestDocs;
import io.github.cloudaccess.validator.report.Code;
import org.junit.jupiter.api.Test;

class DataLinkRulesTest {

  private static final String SERVICE = "<RESOURCE type=\"meta\" utype=\"adhoc:service\""
      + " ID=\"cut\"><PARAM name=\"accessURL\" datatype=\"char\" arraysize=\"*\""
      + " value=\"https://x/soda\"/></RESOURCE>";

  private static CollectingReporter run(String fields, String rows, String after) {
    return PathInput.validate(PathInput.text(TestDocs.datalink(fields, rows, after)));
  }

  @Test
  void soundLinksPass() {
    String rows = TestDocs.link("a", "https://x/a.fits", "", "", "#this")
        + TestDocs.link("a", "", "cut", "", "#cutout")
        + TestDocs.link("b", "", "", "NotFoundFault: no such dataset", "#this")
        + TestDocs.link("c", "https://x/c.png", "", "", "http://example.org/vocab#thing");
    CollectingReporter r = run("", rows, SERVICE);
    assertThat(r.verdict()).as(r.describe()).isEqualTo("pass");
  }

  @Test
  void rowRules() {
    String rows = TestDocs.link("a", "https://x/a", "cut", "", "#this")
        + TestDocs.link("", "https://x/b", "", "", "#this")
        + TestDocs.link("b", "https://x/c", "", "", "#this")
        + TestDocs.link("a", "https://x/d", "", "", "")
        + TestDocs.link("c", "https://x/e", "", "", "#bogus")
        + TestDocs.link("c", "", "", "it broke", "#this")
        + TestDocs.link("c", "", "nowhere", "", "#thumbnail")
        + TestDocs.link("d", "s3://bucket/key.fits", "", "", "#this")
        + TestDocs.link("d", "https://x/f.fits", "", "", "this");
    CollectingReporter r = run("", rows, SERVICE);
    assertThat(r.withCode(Code.E_DLK_ROW1)).extracting(f -> f.position().row())
        .containsExactly(1L);
    assertThat(r.withCode(Code.E_DLK_IDNL)).extracting(f -> f.position().row())
        .containsExactly(2L);
    assertThat(r.withCode(Code.E_DLK_IDSQ)).extracting(f -> f.position().row())
        .containsExactly(4L);
    assertThat(r.withCode(Code.E_DLK_SEM0)).extracting(f -> f.position().row())
        .containsExactly(4L);
    assertThat(r.withCode(Code.E_DLK_SEMV)).extracting(f -> f.position().row())
        .containsExactly(5L, 9L);
    assertThat(r.withCode(Code.E_DLK_FALT)).extracting(f -> f.position().row())
        .containsExactly(6L);
    assertThat(r.withCode(Code.W_DLK_SEMP)).extracting(f -> f.position().row())
        .containsExactly(7L);
    assertThat(r.withCode(Code.E_DLK_SDEF)).extracting(f -> f.position().row())
        .containsExactly(7L);
    assertThat(r.withCode(Code.W_DLK_AUSC)).extracting(f -> f.position().row())
        .containsExactly(8L);
  }

  @Test
  void columnRules() {
    String doc = TestDocs.datalink("", "", "")
        .replace("<FIELD name=\"semantics\"", "<FIELD name=\"semantic\"")
        .replace("name=\"content_length\" datatype=\"long\" unit=\"byte\"",
            "name=\"content_length\" datatype=\"char\" arraysize=\"*\" unit=\"kB\"")
        .replace("ucd=\"meta.ref\"/>", "ucd=\"meta.code\"/>");
    CollectingReporter r = PathInput.validate(PathInput.text(doc));
    assertThat(r.tokens()).contains("E-DLK-RCOL", "E-DLK-RTYP", "E-DLK-RUNI", "W-DLK-UCDM");
  }

  @Test
  void contentLengthIsLong() {
    String doc = TestDocs.datalink("", TestDocs.link("a", "https://x/a", "", "", "#this"), "");
    assertThat(PathInput.validate(PathInput.text(doc)).tokens()).doesNotContain("E-DLK-RTYP");
    String asInt = doc.replace("name=\"content_length\" datatype=\"long\"",
        "name=\"content_length\" datatype=\"int\"");
    assertThat(asInt).isNotEqualTo(doc);
    assertThat(PathInput.validate(PathInput.text(asInt)).withCode(Code.E_DLK_RTYP)).hasSize(1);
  }

  @Test
  void version11ColumnsNeedTheStandardIdAndTheirValues() {
    String fields = "<FIELD name=\"link_auth\" datatype=\"char\" arraysize=\"*\"/>\n"
        + "<FIELD name=\"link_authorized\" datatype=\"char\" arraysize=\"*\"/>\n";
    String rows = TestDocs.link("a", "https://x/a", "", "", "#this", "maybe", "T");
    CollectingReporter r = run(fields, rows, "");
    assertThat(r.tokens()).contains("E-DLK-LKAZ", "E-DLK-LKBT").doesNotContain("E-DLK-STID");
    String without = TestDocs.datalink(fields, rows, "").replace(
        "<INFO name=\"standardID\" value=\"ivo://ivoa.net/std/DataLink#links-1.1\"/>", "");
    assertThat(PathInput.validate(PathInput.text(without)).tokens()).contains("E-DLK-STID");
  }
}
