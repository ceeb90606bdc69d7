package io.github.cloudaccess.validator.http;

/**
 * Why an exchange or a fetch produced no usable body.
 *
 * @param kind the typed reason; findings are chosen from it
 * @param detail one sentence for humans (never asserted on)
 */
public record Failure(FailureKind kind, String detail) {

  /**
   * @param kind the reason
   * @param detail the human detail
   * @return the failure
   */
  public static Failure of(FailureKind kind, String detail) {
    return new Failure(kind, detail);
  }
}
