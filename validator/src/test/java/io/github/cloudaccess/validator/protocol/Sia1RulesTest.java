package io.github.cloudaccess.validator.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.validator.CollectingReporter;
import io.github.cloudaccess.validator.PathInput;
import io.github.cloudaccess.validator.TestDocs;
import io.github.cloudaccess.validator.report.Code;
import org.junit.jupiter.api.Test;

class Sia1RulesTest {

  private static final String FIELDS =
      "<FIELD name=\"title\" datatype=\"char\" arraysize=\"*\" ucd=\"VOX:Image_Title\"/>\n"
      + "<FIELD name=\"ra\" datatype=\"double\" unit=\"deg\" ucd=\"POS_EQ_RA_MAIN\"/>\n"
      + "<FIELD name=\"dec\" datatype=\"double\" unit=\"deg\" ucd=\"POS_EQ_DEC_MAIN\"/>\n"
      + "<FIELD name=\"naxes\" datatype=\"int\" ucd=\"VOX:Image_Naxes\"/>\n"
      + "<FIELD name=\"naxis\" datatype=\"int\" arraysize=\"*\" ucd=\"VOX:Image_Naxis\"/>\n"
      + "<FIELD name=\"scale\" datatype=\"double\" arraysize=\"*\" ucd=\"VOX:Image_Scale\"/>\n"
      + "<FIELD name=\"format\" datatype=\"char\" arraysize=\"*\" ucd=\"VOX:Image_Format\"/>\n"
      + "<FIELD name=\"url\" datatype=\"char\" arraysize=\"*\""
      + " ucd=\"VOX:Image_AccessReference\"/>\n";

  private static final String ROW = "<TR><TD>t</TD><TD>10</TD><TD>20</TD><TD>2</TD>"
      + "<TD>100 100</TD><TD>0.1 0.1</TD><TD>image/fits</TD><TD>http://x/a.fits</TD></TR>\n";

  private static CollectingReporter run(String fields, String rows) {
    return PathInput.validate(PathInput.text(TestDocs.votable("1.3",
        "<RESOURCE type=\"results\"><INFO name=\"QUERY_STATUS\" value=\"OK\"/><TABLE>\n" + fields
            + "<DATA><TABLEDATA>\n" + rows + "</TABLEDATA></DATA></TABLE></RESOURCE>")));
  }

  @Test
  void aCompleteResponsePasses() {
    CollectingReporter r = run(FIELDS, ROW);
    assertThat(r.verdict()).as(r.describe()).isEqualTo("pass");
  }

  @Test
  void requiredColumnsAndTheirShape() {
    assertThat(run(FIELDS.replace("VOX:Image_Naxes", "VOX:Whatever"), "").tokens())
        .contains("E-SI1-RCOL");
    assertThat(run(FIELDS + FIELDS.substring(0, FIELDS.indexOf('\n') + 1), "").tokens())
        .contains("E-SI1-RCDU");
    assertThat(run(FIELDS.replace("name=\"ra\" datatype=\"double\"",
        "name=\"ra\" datatype=\"char\" arraysize=\"*\""), "").tokens()).contains("E-SI1-RCTY");
    assertThat(run(FIELDS.replace("name=\"naxis\" datatype=\"int\" arraysize=\"*\"",
        "name=\"naxis\" datatype=\"int\""), "").tokens()).contains("E-SI1-RCAS");
    assertThat(run(FIELDS.replace("unit=\"deg\" ucd=\"POS_EQ_RA", "unit=\"h\" ucd=\"POS_EQ_RA"),
        "").tokens()).contains("W-SI1-RAUN");
  }

  @Test
  void rowValues() {
    String rows = ROW.replace("http://x/a.fits", "s3://b/a.fits")
        + ROW.replace("<TD>10</TD>", "<TD>400</TD>")
        + ROW.replace("image/fits", "FITS")
        + ROW.replace("<TD>100 100</TD>", "<TD>100</TD>");
    CollectingReporter r = run(FIELDS, rows);
    assertThat(r.withCode(Code.E_SI1_ACRF)).extracting(f -> f.position().row())
        .containsExactly(1L);
    assertThat(r.withCode(Code.E_SI1_RADC)).extracting(f -> f.position().row())
        .containsExactly(2L);
    assertThat(r.withCode(Code.W_SI1_FMTV)).extracting(f -> f.position().row())
        .containsExactly(3L);
    assertThat(r.withCode(Code.E_SI1_NAXC)).extracting(f -> f.position().row())
        .containsExactly(4L);
  }

  @Test
  void aDecoyAccessColumnBeforeTheRealOneIsFlagged() {
    String decoy = "<FIELD name=\"not_url\" datatype=\"char\" arraysize=\"*\""
        + " utype=\"obscore:access.reference\" ucd=\"meta.ref.url\"/>\n";
    CollectingReporter r = run(decoy + FIELDS, ROW.replace("<TR>", "<TR><TD>text</TD>"));
    assertThat(r.tokens()).contains("W-SI1-DCOY");
  }
}
