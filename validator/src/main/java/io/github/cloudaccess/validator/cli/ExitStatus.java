package io.github.cloudaccess.validator.cli;

import io.github.cloudaccess.validator.report.Verdict;

/** The documented exit statuses of the command; never reuse a number for another meaning. */
public final class ExitStatus {

  /** No failing finding: no E (no W either with {@code --fail-on warning}), no F. */
  public static final int OK = 0;
  /** Failing findings: E, or W with {@code --fail-on warning}. */
  public static final int FINDINGS = 1;
  /** Usage error: bad option, no input, unwritable --output, a URL before live validation. */
  public static final int USAGE = 2;
  /** The validator could not test: F findings and no failing finding, or the report was cut short. */
  public static final int UNTESTABLE = 3;

  private ExitStatus() {}

  /**
   * @param verdict the run's verdict
   * @return its exit status
   */
  public static int of(Verdict verdict) {
    return switch (verdict) {
      case PASS -> OK;
      case FAIL -> FINDINGS;
      case UNTESTABLE -> UNTESTABLE;
    };
  }
}
