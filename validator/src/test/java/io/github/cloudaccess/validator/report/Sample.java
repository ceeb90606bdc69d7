package io.github.cloudaccess.validator.report;

import io.github.cloudaccess.validator.InputSummary;
import io.github.cloudaccess.validator.Protocol;
import java.util.Map;

/** Small builders of findings and input reports for the report tests. */
final class Sample {

  static final RunInfo INFO =
      new RunInfo("cloud_access validator", "9.9.9", "lenient", "auto", FailOn.ERROR, 9);

  private Sample() {}

  static Finding at(Code code, String source, long line, long column, long row, String pointer,
      String message) {
    return new Finding(code, message, new Position(source, line, column, row, pointer), null);
  }

  static InputSummary summary(String source) {
    return new InputSummary(source, Protocol.SIA2, "1.4", "TABLEDATA", 3, 2,
        Map.of("aws", 2L), Map.of("open", 1L, "restricted", 1L), 1);
  }

  /** An input with one error, two warnings of one code, an info and an F finding. */
  static InputReport mixed(String source, int maxRepeat) {
    InputCollector c = new InputCollector(source, maxRepeat);
    c.report(at(Code.E_XML_AMPR, source, 12, 34, 0, null, "Raw '&' starts no entity."));
    c.report(at(Code.W_CLD_KLSL, source, 40, 7, 3, "/aws/0/key", "Key starts with '/'."));
    c.report(at(Code.W_CLD_KLSL, source, 41, 7, 4, "/aws/0/key", "Key starts with '/'."));
    c.report(at(Code.I_XML_CDAT, source, 38, 9, 2, null, "CDATA section used."));
    c.report(at(Code.F_RUN_TOUT, source, 0, 0, 0, null, "Stage timed out."));
    return c.finish(summary(source), 12);
  }
}
