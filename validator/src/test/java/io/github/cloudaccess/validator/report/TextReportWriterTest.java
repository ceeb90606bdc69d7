package io.github.cloudaccess.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Line shapes of the text report. */
class TextReportWriterTest {

  private static List<String> render(InputReport... inputs) {
    StringWriter s = new StringWriter();
    TextReportWriter w = new TextReportWriter(new PrintWriter(s));
    w.start(Sample.INFO);
    RunTotals t = RunTotals.EMPTY;
    for (InputReport i : inputs) {
      w.input(i);
      t = t.plus(i, FailOn.ERROR);
    }
    w.end(t);
    return s.toString().lines().toList();
  }

  @Test
  void findingLinesAreGreppable() {
    Finding f = new Finding(Code.W_CLD_KLSL, "Key starts with '/'.",
        new Position("r.xml", 40, 7, 3, "/aws/0/key"), "drop the slash");
    assertThat(TextReportWriter.findingLine(f, 2, "ignored"))
        .isEqualTo("W-CLD-KLSL-2 r.xml:40:7 row 3 /aws/0/key: Key starts with '/'. (hint: drop the slash)");
    Finding noColumn = new Finding(Code.E_XML_AMPR, "m", new Position(null, 12, 0, 0, ""), null);
    assertThat(TextReportWriter.findingLine(noColumn, 1, "in.xml"))
        .isEqualTo("E-XML-AMPR-1 in.xml:12 \"\": m");
    assertThat(TextReportWriter.moreLine(Code.E_XML_AMPR, "in.xml", 7))
        .isEqualTo("E-XML-AMPR-x in.xml (7 more)");
  }

  @Test
  void controlCharactersCannotBreakALine() {
    Finding f = new Finding(Code.E_CLD_JSON, "bad\nE-XML-AMPR-1 fake\r\u0000\u2028",
        Position.of("a\nb.xml"), "h\ti");
    String line = TextReportWriter.findingLine(f, 1, "x");
    assertThat(line).doesNotContain("\n", "\r", "\u0000", "\u2028")
        .isEqualTo("E-CLD-JSON-1 a\\nb.xml: bad\\nE-XML-AMPR-1 fake\\r\\u0000\\u2028 (hint: h\\ti)");
  }

  @Test
  void inputSectionHasFindingsMoreLinesSummaryAndResult() {
    List<String> lines = render(Sample.mixed("r.xml", 1));
    assertThat(lines).containsSubsequence(
        "Validator cloud_access validator 9.9.9; profile lenient; protocol auto; fail-on error; maxrepeat 9",
        CodeCatalogue.announcement(),
        "",
        "Input r.xml",
        "F-RUN-TOUT-1 r.xml: Stage timed out.",
        "E-XML-AMPR-1 r.xml:12:34: Raw '&' starts no entity.",
        "I-XML-CDAT-1 r.xml:38:9 row 2: CDATA section used.",
        "W-CLD-KLSL-1 r.xml:40:7 row 3 /aws/0/key: Key starts with '/'.",
        "W-CLD-KLSL-x r.xml (1 more)",
        "Summary r.xml: protocol SIA2; VOTable 1.4; serialization TABLEDATA; rows 3;"
            + " rows with cloud_access 2; CDATA sections 1",
        "Providers r.xml: aws 2",
        "Access r.xml: open 1; restricted 1",
        "Counts r.xml: E-XML-AMPR 1; W-CLD-KLSL 2; I-XML-CDAT 1; F-RUN-TOUT 1",
        "Result r.xml: fail; errors: 1; warnings: 2; infos: 1; summaries: 0; failures: 1",
        "",
        "Totals: errors: 1; warnings: 2; infos: 1; summaries: 0; failures: 1",
        "Checks: 0 passed, 1 failed");
  }

  @Test
  void aNonVotableInputSaysWhatItIsNotThatValidationFailed() {
    InputReport caps = new InputCollector("http://h/capabilities", 9)
        .finish(null, "VOSI capabilities", 0);
    assertThat(render(caps)).contains(
        "Summary http://h/capabilities: VOSI capabilities, not a VOTable (no table summary)")
        .noneMatch(l -> l.contains("did not complete"));
  }

  @Test
  void inputWithoutSummaryOrFindingsSaysSo() {
    InputReport empty = new InputCollector("e.xml", 9).finish(null, 0);
    assertThat(render(empty)).contains(
        "Summary e.xml: not available (validation did not complete)",
        "Counts e.xml: none",
        "Result e.xml: pass; errors: 0; warnings: 0; infos: 0; summaries: 0; failures: 0",
        "Checks: 1 passed, 0 failed");
  }
}
