package io.github.cloudaccess.validator.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.schema.Profile;
import io.github.cloudaccess.validator.CollectingReporter;
import io.github.cloudaccess.validator.InputSummary;
import io.github.cloudaccess.validator.PathInput;
import io.github.cloudaccess.validator.TestDocs;
import io.github.cloudaccess.validator.Validator;
import io.github.cloudaccess.validator.ValidatorOptions;
import io.github.cloudaccess.validator.report.Code;
import org.junit.jupiter.api.Test;

class CloudStageTest {

  private static CollectingReporter run(String doc) {
    return PathInput.validate(PathInput.text(doc));
  }

  private static String field(String attributes) {
    return "<FIELD name=\"cloud_access\" " + attributes + "/>";
  }

  @Test
  void aGoodColumnPassesAndIsSummarised() {
    CollectingReporter r = new CollectingReporter();
    InputSummary s = new Validator(ValidatorOptions.defaults()).validate(PathInput.text(
        TestDocs.sia2(TestDocs.CLOUD_FIELD, TestDocs.CLOUD, "", TestDocs.CLOUD)), r);
    assertThat(r.verdict()).as(r.describe()).isEqualTo("pass");
    assertThat(r.tokens()).contains("I-CLD-DISC", "S-CLD-SUMM");
    assertThat(s.rows()).isEqualTo(3);
    assertThat(s.rowsWithCloudAccess()).isEqualTo(2);
    assertThat(s.providers()).containsEntry("aws", 2L);
    assertThat(s.accessClasses()).containsEntry("open", 2L);
  }

  @Test
  void missingColumnIsInformationUnlessRequired() {
    String doc = TestDocs.sia2("", "");
    assertThat(run(doc).tokens()).contains("I-CLD-NCOL");
    CollectingReporter r = PathInput.validate(PathInput.text(doc),
        new ValidatorOptions(Profile.LENIENT, null, true));
    assertThat(r.tokens()).contains("E-CLD-RQCL");
  }

  @Test
  void anErrorDocumentLacksNoColumn() {
    String doc = TestDocs.votable("1.5", "<RESOURCE type=\"results\">\n"
        + "<INFO name=\"QUERY_STATUS\" value=\"ERROR\">UsageFault: bad POS</INFO>\n"
        + "<INFO name=\"standardID\" value=\"ivo://ivoa.net/std/SIA#query-2.0\"/>\n"
        + "</RESOURCE>");
    CollectingReporter lenient = run(doc);
    assertThat(lenient.tokens()).as(lenient.describe()).contains("E-DAL-LGER")
        .doesNotContain("I-CLD-NCOL");
    CollectingReporter required = PathInput.validate(PathInput.text(doc),
        new ValidatorOptions(Profile.LENIENT, null, true));
    assertThat(required.tokens()).doesNotContain("E-CLD-RQCL", "I-CLD-NCOL");
  }

  @Test
  void fieldDeclaration() {
    assertThat(run(TestDocs.sia2(field("datatype=\"int\""), "")).tokens())
        .contains("E-CLD-DTYP");
    assertThat(run(TestDocs.sia2(field("datatype=\"unicodeChar\" arraysize=\"*\""
        + " xtype=\"json\""), TestDocs.CLOUD)).tokens()).contains("I-CLD-UCHR");
    assertThat(run(TestDocs.sia2(field("datatype=\"char\" xtype=\"json\""), TestDocs.CLOUD))
        .tokens()).contains("E-CLD-ASIZ", "E-CLD-TRNC");
    assertThat(run(TestDocs.sia2(field("datatype=\"char\" arraysize=\"*\""), TestDocs.CLOUD))
        .tokens()).contains("I-CLD-XTYP");
    assertThat(run(TestDocs.sia2(field("datatype=\"char\" arraysize=\"*\" xtype=\"clob\""),
        TestDocs.CLOUD)).tokens()).contains("W-CLD-FMET");
    assertThat(run(TestDocs.sia2(field("datatype=\"char\" arraysize=\"*\" xtype=\"json\""
        + " utype=\"obscore:Access.Reference\""), TestDocs.CLOUD)).tokens())
        .contains("E-CLD-HIJK");
    assertThat(run(TestDocs.sia2(field("datatype=\"char\" arraysize=\"*\" xtype=\"json\""
        + " ucd=\"meta.ref.url\""), TestDocs.CLOUD)).tokens()).contains("E-CLD-HIJK");
  }

  @Test
  void boundedArraysizeWarnsAndCutValuesAreErrors() {
    CollectingReporter r = run(TestDocs.sia2(field("datatype=\"char\" arraysize=\"500*\""
        + " xtype=\"json\""), TestDocs.CLOUD));
    assertThat(r.tokens()).contains("W-CLD-ASZF").doesNotContain("E-CLD-TRNC");
    CollectingReporter cut = run(TestDocs.sia2(field("datatype=\"char\" arraysize=\"20\""
        + " xtype=\"json\""), TestDocs.CLOUD, ""));
    assertThat(cut.withCode(Code.E_CLD_TRNC)).extracting(f -> f.position().row())
        .containsExactly(1L);
  }

  @Test
  void markersDuplicatesAndInventedUcds() {
    String marked = "<FIELD name=\"copies\" datatype=\"char\" arraysize=\"*\""
        + " utype=\"adhoc:cloudstorage\"/>";
    assertThat(run(TestDocs.sia2(marked, TestDocs.CLOUD)).tokens()).contains("I-CLD-ADHC");
    String two = TestDocs.sia2(TestDocs.CLOUD_FIELD, TestDocs.CLOUD).replace(
        TestDocs.CLOUD_FIELD, TestDocs.CLOUD_FIELD + marked).replace("</TD></TR>",
        "</TD><TD/></TR>");
    assertThat(run(two).tokens()).contains("W-CLD-DUPC");
    String aws = "<FIELD name=\"aws\" datatype=\"char\" arraysize=\"*\" ucd=\"meta.ref.aws\"/>";
    assertThat(run(TestDocs.sia2(aws, "s3://b/k")).tokens()).contains("W-CLD-UCDA");
  }

  @Test
  void cellTextProblemsAreLocatedByRow() {
    CollectingReporter r = run(TestDocs.sia2(TestDocs.CLOUD_FIELD, TestDocs.CLOUD,
        "  " + TestDocs.CLOUD + " ", "{'aws': 1}", "{}", "&amp;quot;x&amp;quot;"));
    assertThat(r.withCode(Code.W_CLD_WSPC)).extracting(f -> f.position().row())
        .containsExactly(2L);
    assertThat(r.withCode(Code.E_CLD_PYLT)).extracting(f -> f.position().row())
        .containsExactly(3L);
    assertThat(r.withCode(Code.W_CLD_EMTY)).extracting(f -> f.position().row())
        .containsExactly(4L);
    assertThat(r.withCode(Code.W_CLD_ESCX)).extracting(f -> f.position().row())
        .containsExactly(5L);
    assertThat(r.tokens()).doesNotContain("W-XML-DESC");
    assertThat(r.withCode(Code.E_CLD_PYLT).get(0).position().line()).isEqualTo(36);
  }

  @Test
  void nonAsciiJsonInCharBeforeVotable16() {
    String json = TestDocs.CLOUD.replace("a/b.fits", "\u00e9t\u00e9.fits");
    CollectingReporter r = run(TestDocs.sia2(TestDocs.CLOUD_FIELD, json));
    assertThat(r.tokens()).contains("W-CLD-NASC").doesNotContain("W-VOT-NASC");
    assertThat(run(TestDocs.sia2(TestDocs.CLOUD_FIELD, json).replace("version=\"1.5\"",
        "version=\"1.6\"")).tokens()).doesNotContain("W-CLD-NASC");
  }

  @Test
  void strictProfileRejectsWhatLenientWarnsAbout() {
    String dict = TestDocs.CLOUD.replace("[", "").replace("]", "");
    CollectingReporter lenient = run(TestDocs.sia2(TestDocs.CLOUD_FIELD, dict));
    CollectingReporter strict = PathInput.validate(PathInput.text(
        TestDocs.sia2(TestDocs.CLOUD_FIELD, dict)),
        new ValidatorOptions(Profile.STRICT, null, false));
    assertThat(lenient.verdict()).isEqualTo("pass");
    assertThat(strict.verdict()).isEqualTo("fail");
  }

  @Test
  void dataLinkRowsOtherThanThisCarryNoCloudCopies() {
    String rows = io.github.cloudaccess.validator.TestDocs.link("a", "https://x/a", "", "",
        "#this", TestDocs.CLOUD) + TestDocs.link("a", "https://x/p", "", "", "#preview",
        TestDocs.CLOUD) + TestDocs.link("a", "https://x/q", "", "", "#preview", "");
    CollectingReporter r = run(TestDocs.datalink(TestDocs.CLOUD_FIELD, rows, ""));
    assertThat(r.withCode(Code.W_CLD_DLRW)).extracting(f -> f.position().row())
        .containsExactly(2L);
    assertThat(r.tokens()).doesNotContain("I-CLD-DISC");
  }
}
