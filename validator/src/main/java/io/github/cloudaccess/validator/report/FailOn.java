package io.github.cloudaccess.validator.report;

/** Which severities make an input fail ({@code --fail-on}); F always makes it untestable. */
public enum FailOn {
  /** Only E findings fail (the default): warnings are allowed. */
  ERROR,
  /** E and W findings fail. */
  WARNING;

  /**
   * @param severity a finding's severity
   * @return true when a finding of that severity fails the input under this threshold
   */
  public boolean fails(Severity severity) {
    return severity == Severity.ERROR || (this == WARNING && severity == Severity.WARNING);
  }
}
