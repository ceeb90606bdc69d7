package io.github.cloudaccess.validator.http;

/** Carries a typed {@link Failure} through the HTTP client's futures, without a stack trace. */
final class FailureException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Failure failure;

  FailureException(Failure failure) {
    super(failure.detail(), null, false, false);
    this.failure = failure;
  }

  Failure failure() {
    return failure;
  }
}
