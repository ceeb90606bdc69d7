package io.github.cloudaccess.validator.vot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.validator.CollectingReporter;
import io.github.cloudaccess.validator.PathInput;
import io.github.cloudaccess.validator.TestDocs;
import io.github.cloudaccess.validator.report.Code;
import org.junit.jupiter.api.Test;

class VotRulesTest {

  private static CollectingReporter run(String doc) {
    return PathInput.validate(PathInput.text(doc));
  }

  private static String table(String fields, String rows) {
    return "<RESOURCE type=\"results\">\n<INFO name=\"QUERY_STATUS\" value=\"OK\"/>\n<TABLE>\n"
        + fields + "<DATA><TABLEDATA>\n" + rows + "</TABLEDATA></DATA>\n</TABLE>\n</RESOURCE>";
  }

  @Test
  void rootVersionAndNamespace() {
    assertThat(run("<RESOURCE><TABLE/></RESOURCE>").tokens()).containsExactly("E-VOT-ROOT");
    assertThat(run(TestDocs.votable("v1.0", table("", ""))).tokens()).contains("E-VOT-VERS");
    assertThat(run(TestDocs.votable("1.7", table("", ""))).tokens()).contains("W-VOT-VUNK");
    String v12 = TestDocs.votable("1.2", table("", ""));
    assertThat(run(v12).tokens()).contains("W-VOT-NSPC");
    assertThat(run(TestDocs.votable("1.6", table("", ""))).tokens()).doesNotContain("W-VOT-NSPC");
  }

  @Test
  void fieldDeclarations() {
    CollectingReporter r = run(TestDocs.votable("1.4", table(
        "<FIELD name=\"a\" datatype=\"integer\"/>\n<FIELD name=\"b\" datatype=\"char\""
            + " arraysize=\"*x\"/>\n", "")));
    assertThat(r.tokens()).contains("E-VOT-DTYP", "E-VOT-ASIZ");
  }

  @Test
  void paramDeclarations() {
    String doc = TestDocs.votable("1.4", table("<FIELD name=\"a\" datatype=\"int\"/>\n", "")
        + "\n<RESOURCE type=\"meta\">\n<PARAM name=\"p\" datatype=\"anyURI\" value=\"x\"/>\n"
        + "<PARAM name=\"q\" datatype=\"char\" arraysize=\"-1\" value=\"y\"/>\n"
        + "<PARAM name=\"r\" datatype=\"double\" arraysize=\"2\" value=\"1 2\"/>\n</RESOURCE>");
    CollectingReporter r = run(doc);
    assertThat(r.withCode(Code.E_VOT_DTYP)).hasSize(1);
    assertThat(r.withCode(Code.E_VOT_ASIZ)).hasSize(1);
  }

  @Test
  void cellCountsAndValues() {
    CollectingReporter r = run(TestDocs.votable("1.4", table(
        "<FIELD name=\"a\" datatype=\"int\"/>\n<FIELD name=\"b\" datatype=\"char\""
            + " arraysize=\"*\"/>\n",
        "<TR><TD>1</TD><TD>x</TD></TR>\n<TR><TD>2</TD></TR>\n<TR><TD>3</TD><TD>y</TD>"
            + "<TD>z</TD></TR>\n")));
    assertThat(r.withCode(Code.E_VOT_TDNM)).extracting(f -> f.position().row())
        .containsExactly(2L, 3L);
  }

  @Test
  void nonAsciiInCharBeforeVersion16() {
    String rows = "<TR><TD>caf\u00e9</TD></TR>\n";
    String fields = "<FIELD name=\"b\" datatype=\"char\" arraysize=\"*\"/>\n";
    assertThat(run(TestDocs.votable("1.5", table(fields, rows))).withCode(Code.W_VOT_NASC))
        .hasSize(1);
    assertThat(run(TestDocs.votable("1.6", table(fields, rows))).tokens())
        .doesNotContain("W-VOT-NASC");
    assertThat(run(TestDocs.votable("1.5", table(fields.replace("\"char\"", "\"unicodeChar\""),
        rows))).tokens()).doesNotContain("W-VOT-NASC");
  }

  @Test
  void idsAndReferences() {
    CollectingReporter r = run(TestDocs.votable("1.4", "<INFO ID=\"x\" name=\"a\" value=\"b\"/>\n"
        + table("<FIELD ID=\"x\" name=\"a\" datatype=\"int\"/>\n<FIELD name=\"b\" datatype="
            + "\"int\" ref=\"nowhere\"/>\n", "")));
    assertThat(r.tokens()).contains("E-VOT-IDDP", "E-VOT-REFX");
  }

  @Test
  void schemaOrderAttributesAndResourceTypes() {
    String doc = TestDocs.votable("1.4", "<RESOURCE type=\"result\">\n<TABLE>\n"
        + "<INFO name=\"standardID\" value=\"x\"/>\n<DESCRIPTION>late</DESCRIPTION>\n"
        + "<FIELD name=\"a\" datatype=\"int\" spurious=\"1\"/>\n<PARAM name=\"p\""
        + " datatype=\"int\"/>\n<DATA><TABLEDATA/></DATA>\n</TABLE>\n</RESOURCE>");
    CollectingReporter r = run(doc);
    assertThat(r.withCode(Code.E_VOT_XSDV)).hasSize(3);
    assertThat(r.tokens()).contains("E-VOT-RTYP");
  }

  @Test
  void rowsWithoutFields() {
    assertThat(run(TestDocs.votable("1.4", table("", "<TR></TR>\n<TR></TR>\n"))).tokens())
        .contains("E-VOT-NFLD");
  }

  @Test
  void votable10IsNotCheckedAgainstTheLaterSchema() {
    String doc = "<?xml version=\"1.0\"?>\n<VOTABLE version=\"1.0\">\n<RESOURCE type=\"results\">"
        + "\n<PARAM name=\"INPUT:POS\"/>\n<TABLE><FIELD name=\"a\" datatype=\"int\"/><DATA>"
        + "<TABLEDATA><TR><TD>1</TD></TR></TABLEDATA></DATA></TABLE>\n"
        + "<INFO name=\"QUERY_STATUS\" value=\"OK\"/>\n</RESOURCE>\n</VOTABLE>";
    assertThat(run(doc).tokens()).doesNotContain("E-VOT-XSDV", "W-VOT-NSPC");
  }
}
