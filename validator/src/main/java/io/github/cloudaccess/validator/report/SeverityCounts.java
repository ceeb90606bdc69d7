package io.github.cloudaccess.validator.report;

import java.util.Map;

/**
 * Number of findings of each severity, omitted ones included.
 *
 * @param errors E findings
 * @param warnings W findings
 * @param infos I findings
 * @param summaries S findings
 * @param failures F findings
 */
public record SeverityCounts(long errors, long warnings, long infos, long summaries, long failures) {

  /** No findings at all. */
  public static final SeverityCounts ZERO = new SeverityCounts(0, 0, 0, 0, 0);

  /**
   * @param counts findings per code
   * @return the counts per severity
   */
  public static SeverityCounts of(Map<Code, Long> counts) {
    long[] bySeverity = new long[Severity.values().length];
    counts.forEach((code, n) -> bySeverity[code.severity().ordinal()] += n);
    return new SeverityCounts(
        bySeverity[Severity.ERROR.ordinal()],
        bySeverity[Severity.WARNING.ordinal()],
        bySeverity[Severity.INFO.ordinal()],
        bySeverity[Severity.SUMMARY.ordinal()],
        bySeverity[Severity.FAILURE.ordinal()]);
  }

  /**
   * @param other counts to add
   * @return the sum
   */
  public SeverityCounts plus(SeverityCounts other) {
    return new SeverityCounts(
        errors + other.errors,
        warnings + other.warnings,
        infos + other.infos,
        summaries + other.summaries,
        failures + other.failures);
  }

  /** @return the taplint-style list, e.g. {@code errors: 2; warnings: 0; ...} */
  public String describe() {
    return "errors: " + errors + "; warnings: " + warnings + "; infos: " + infos
        + "; summaries: " + summaries + "; failures: " + failures;
  }
}
