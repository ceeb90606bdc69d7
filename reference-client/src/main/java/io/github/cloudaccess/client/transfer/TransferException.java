package io.github.cloudaccess.client.transfer;

/**
 * A route failed; carries the outcome code and a short detail built by this client.
 *
 * <p>Rationale: the underlying exception is deliberately not attached as the cause, because
 * library messages may quote request URLs with presigned values or credential identifiers.
 */
public final class TransferException extends Exception {

  private final AttemptOutcome outcome;

  /**
   * @param outcome the outcome code
   * @param detail a short description without secrets
   */
  public TransferException(AttemptOutcome outcome, String detail) {
    super(outcome.wireName() + ": " + detail, null, false, false);
    this.outcome = outcome;
  }

  /** @return the outcome code */
  public AttemptOutcome outcome() {
    return outcome;
  }
}
