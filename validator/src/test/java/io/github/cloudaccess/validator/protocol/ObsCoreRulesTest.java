package io.github.cloudaccess.validator.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.validator.CollectingReporter;
import io.github.cloudaccess.validator.PathInput;
import io.github.cloudaccess.validator.TestDocs;
import io.github.cloudaccess.validator.report.Code;
import org.junit.jupiter.api.Test;

class ObsCoreRulesTest {

  private static CollectingReporter run(String doc) {
    return PathInput.validate(PathInput.text(doc));
  }

  @Test
  void aCompleteResponsePasses() {
    CollectingReporter r = run(TestDocs.sia2("", ""));
    assertThat(r.verdict()).as(r.describe()).isEqualTo("pass");
    assertThat(r.tokens()).noneMatch(t -> t.contains("-SI2-"));
  }

  @Test
  void missingAndMisdeclaredColumns() {
    String doc = TestDocs.sia2("", "")
        .replace("<FIELD name=\"o_ucd\"", "<FIELD name=\"o_ucd_x\"")
        .replace("name=\"s_ra\" datatype=\"double\"", "name=\"s_ra\" datatype=\"char\"")
        .replace("unit=\"arcsec\"", "unit=\"deg\"")
        .replace("name=\"em_min\" datatype=\"double\"", "name=\"em_min\" datatype=\"int\"")
        .replace("ucd=\"pos.eq.dec\"", "ucd=\"pos.eq.dec;meta.main\"")
        .replace("ucd=\"meta.id;src\"", "ucd=\"meta.id\"");
    CollectingReporter r = run(doc);
    assertThat(r.withCode(Code.E_SI2_OCOL)).hasSize(1);
    assertThat(r.withCode(Code.E_SI2_OMET)).hasSize(2);
    assertThat(r.withCode(Code.W_SI2_OCMP)).hasSize(2);
  }

  @Test
  void rowValues() {
    String row = TestDocs.obscoreCells();
    String doc = TestDocs.sia2("", "").replace("<TR>" + row, "<TR>" + row.replace(
        "<TD>survey</TD>", "<TD></TD>")) ;
    doc = doc.replace("</TABLEDATA>", "<TR>" + row.replace("<TD>image</TD>", "<TD>Image</TD>")
        .replace("<TD>image/fits</TD>", "<TD>fits</TD>") + "</TR>\n<TR>"
        + row.replace("<TD>image</TD>", "<TD>spectrum</TD>").replace("<TD>2</TD>",
        "<TD>7</TD>") + "</TR>\n</TABLEDATA>");
    CollectingReporter r = run(doc);
    assertThat(r.withCode(Code.E_SI2_ONUL)).extracting(f -> f.position().row())
        .containsExactly(1L);
    assertThat(r.withCode(Code.E_SI2_OVOC)).extracting(f -> f.position().row())
        .containsExactly(2L, 3L);
    assertThat(r.withCode(Code.W_SI2_AFMT)).extracting(f -> f.position().row())
        .containsExactly(2L);
    assertThat(r.withCode(Code.W_SI2_DPTY)).extracting(f -> f.position().row())
        .containsExactly(3L);
  }

  @Test
  void accessFormatMustNameDataLinkWhenAccessUrlIsTheDataLinkService() {
    String descriptor = "<RESOURCE type=\"meta\" utype=\"adhoc:service\">"
        + "<PARAM name=\"standardID\" datatype=\"char\" arraysize=\"*\""
        + " value=\"ivo://ivoa.net/std/DataLink#links-1.1\"/>"
        + "<PARAM name=\"accessURL\" datatype=\"char\" arraysize=\"*\""
        + " value=\"https://data.example.org/links\"/></RESOURCE>";
    String doc = TestDocs.sia2("", "").replace("https://data.example.org/obs-1.fits",
        "https://data.example.org/links?ID=obs-1").replace("</RESOURCE>",
        "</RESOURCE>\n" + descriptor);
    assertThat(run(doc).tokens()).contains("E-SI2-AFDL");
    String fixed = doc.replace("<TD>image/fits</TD>",
        "<TD>application/x-votable+xml;content=datalink</TD>");
    assertThat(run(fixed).tokens()).doesNotContain("E-SI2-AFDL");
  }
}
