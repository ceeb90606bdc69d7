package io.github.cloudaccess.validator.dal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.validator.CollectingReporter;
import io.github.cloudaccess.validator.PathInput;
import io.github.cloudaccess.validator.Protocol;
import io.github.cloudaccess.validator.TestDocs;
import io.github.cloudaccess.validator.ValidatorOptions;
import io.github.cloudaccess.schema.Profile;
import org.junit.jupiter.api.Test;

class DalRulesTest {

  private static final String TABLE = "<TABLE><FIELD name=\"a\" datatype=\"int\"/><DATA>"
      + "<TABLEDATA><TR><TD>1</TD></TR></TABLEDATA></DATA></TABLE>\n";

  private static CollectingReporter run(Protocol protocol, String body) {
    return PathInput.validate(PathInput.text(TestDocs.votable("1.4", body)),
        new ValidatorOptions(Profile.LENIENT, protocol, false));
  }

  private static String results(String before, String after) {
    return "<RESOURCE type=\"results\">\n" + before + TABLE + after + "</RESOURCE>";
  }

  private static final String OK = "<INFO name=\"QUERY_STATUS\" value=\"OK\"/>\n";

  @Test
  void exactlyOneResultsResourceWithOneTable() {
    assertThat(run(null, "<RESOURCE type=\"meta\"/>").tokens()).contains("E-DAL-RES1");
    assertThat(run(null, results(OK, "") + results(OK, "")).tokens()).contains("E-DAL-RES1");
    assertThat(run(null, "<RESOURCE type=\"results\">" + OK + TABLE + TABLE + "</RESOURCE>")
        .tokens()).contains("E-DAL-TAB1");
    assertThat(run(null, "<RESOURCE type=\"results\">" + OK + "</RESOURCE>").tokens())
        .contains("E-DAL-TAB1");
  }

  @Test
  void theResultsResourceComesFirstInSia1() {
    assertThat(run(Protocol.SIA1, "<RESOURCE type=\"meta\"/>" + results(OK, "")).tokens())
        .contains("W-DAL-RESF");
  }

  @Test
  void missingOrLateStatusDependsOnTheProtocol() {
    assertThat(run(Protocol.SIA2, results("", "")).tokens()).contains("E-DAL-QSNO");
    assertThat(run(Protocol.DATALINK, results("", "")).tokens()).contains("W-DAL-QSRM")
        .doesNotContain("E-DAL-QSNO");
    assertThat(run(Protocol.SIA2, results("", OK)).tokens()).contains("E-DAL-QSPO");
    assertThat(run(Protocol.SIA1, results("", OK)).tokens()).contains("W-DAL-QSLT")
        .doesNotContain("E-DAL-QSPO");
    assertThat(run(Protocol.SIA2, OK.replace("\n", "") + results("", "")).tokens())
        .contains("E-DAL-QSPO");
  }

  @Test
  void statusValuesMessagesAndMultiplicity() {
    assertThat(run(Protocol.SIA2, results("<INFO name=\"QUERY_STATUS\" value=\"ok\"/>", ""))
        .tokens()).contains("E-DAL-QSVL");
    assertThat(run(Protocol.SIA2, results(OK + OK, "")).tokens()).contains("E-DAL-QSML");
    CollectingReporter overflow = run(Protocol.SIA2,
        results(OK, "<INFO name=\"QUERY_STATUS\" value=\"OVERFLOW\"/>"));
    assertThat(overflow.tokens()).contains("I-DAL-OVFL", "W-DAL-QSMS");
    assertThat(overflow.tokens()).noneMatch(t -> t.startsWith("E-DAL"));
  }

  @Test
  void anErrorStatusIsSurfacedAndItsFaultNameChecked() {
    String bad = "<RESOURCE type=\"results\"><INFO name=\"QUERY_STATUS\" value=\"ERROR\">"
        + "bad POS</INFO></RESOURCE>";
    assertThat(run(Protocol.SIA2, bad).tokens()).contains("E-DAL-LGER", "E-DAL-FALT")
        .doesNotContain("E-DAL-TAB1");
    assertThat(run(Protocol.SIA1, bad).tokens()).contains("E-DAL-LGER")
        .doesNotContain("E-DAL-FALT");
    String fault = bad.replace("bad POS", "UsageFault: bad POS");
    assertThat(run(Protocol.SIA2, fault).tokens()).doesNotContain("E-DAL-FALT");
    assertThat(run(Protocol.SIA2, results("<INFO name=\"QUERY_STATUS\" value=\"ERROR\">"
        + "FatalFault: x</INFO>", "")).tokens()).contains("W-DAL-ERRW");
  }

  @Test
  void standardIdIsRecommended() {
    assertThat(run(Protocol.SIA2, results(OK, "")).tokens()).contains("W-DAL-STID");
    assertThat(run(Protocol.SIA2, results(OK + "<INFO name=\"standardID\" value=\""
        + "ivo://ivoa.net/std/SIA#query-2.0\"/>", "")).tokens()).doesNotContain("W-DAL-STID");
  }
}
