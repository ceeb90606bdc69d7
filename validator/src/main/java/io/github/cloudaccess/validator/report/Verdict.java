package io.github.cloudaccess.validator.report;

/** The outcome of one input, and of a whole run (the worst of its inputs). */
public enum Verdict {
  /** No failing finding and no F finding. */
  PASS,
  /** F findings but no failing finding: the validator could not test everything. */
  UNTESTABLE,
  /** At least one failing finding (E, or W with {@code --fail-on warning}). */
  FAIL;

  /**
   * @param counts the input's findings per severity
   * @param failOn the threshold
   * @return the verdict: a failing finding beats an F finding
   */
  public static Verdict of(SeverityCounts counts, FailOn failOn) {
    boolean failing = counts.errors() > 0 || (failOn == FailOn.WARNING && counts.warnings() > 0);
    if (failing) {
      return FAIL;
    }
    return counts.failures() > 0 ? UNTESTABLE : PASS;
  }

  /**
   * @param other another verdict
   * @return the worse of the two (FAIL over UNTESTABLE over PASS)
   */
  public Verdict worst(Verdict other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
