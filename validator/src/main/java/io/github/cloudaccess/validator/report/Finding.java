package io.github.cloudaccess.validator.report;

/**
 * One reported finding.
 *
 * @param code the registry code; tests assert on it, never on the message
 * @param message one sentence for humans
 * @param position where it applies
 * @param hint how to fix it, or {@code null}
 */
public record Finding(Code code, String message, Position position, String hint) {

  /** @return the code's severity */
  public Severity severity() {
    return code.severity();
  }
}
