package io.github.cloudaccess.validator.report;

/**
 * Receives findings; passed explicitly to every stage (no static logger is used for findings).
 *
 * <p>Implementations must be safe to call from the thread that runs a stage; a stage that
 * reports from several threads serialises its calls itself.
 */
public interface Reporter {

  /**
   * Reports one finding.
   *
   * @param finding the finding
   */
  void report(Finding finding);

  /**
   * Reports a validator fault with its cause; the cause is shown only with {@code --debug}.
   *
   * @param finding the finding, normally of severity F
   * @param cause the exception behind it
   */
  default void report(Finding finding, Throwable cause) {
    report(finding);
  }

  /**
   * Shorthand for a finding without hint.
   *
   * @param code the code
   * @param message the message
   * @param position where
   */
  default void report(Code code, String message, Position position) {
    report(new Finding(code, message, position, null));
  }
}
