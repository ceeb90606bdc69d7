package io.github.cloudaccess.validator.report;

/**
 * Totals over every input of a run, in the {@code Totals:} and {@code Checks:} lines.
 *
 * @param counts findings per severity over all inputs
 * @param passed inputs whose verdict is {@link Verdict#PASS}
 * @param failed inputs whose verdict is {@link Verdict#FAIL} or {@link Verdict#UNTESTABLE}
 * @param verdict the worst verdict over the inputs ({@link Verdict#PASS} when there are none)
 */
public record RunTotals(SeverityCounts counts, long passed, long failed, Verdict verdict) {

  /** The totals of a run without inputs. */
  public static final RunTotals EMPTY = new RunTotals(SeverityCounts.ZERO, 0, 0, Verdict.PASS);

  /**
   * @param input one more input
   * @param failOn the threshold
   * @return these totals with the input added
   */
  public RunTotals plus(InputReport input, FailOn failOn) {
    Verdict v = input.verdict(failOn);
    boolean ok = v == Verdict.PASS;
    return new RunTotals(
        counts.plus(input.severityCounts()),
        passed + (ok ? 1 : 0),
        failed + (ok ? 0 : 1),
        verdict.worst(v));
  }
}
