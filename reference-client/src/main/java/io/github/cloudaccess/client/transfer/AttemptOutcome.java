package io.github.cloudaccess.client.transfer;

/** How one attempt to fetch a file through one route ended. */
public enum AttemptOutcome {
  /** The file was fetched, verified and renamed into place. */
  SERVED("served"),
  /** The object or URL does not exist (404, 410). */
  NOT_FOUND("not-found"),
  /** Access denied (401, 403). */
  FORBIDDEN("forbidden"),
  /** No response, or the body stalled, within the configured time. */
  TIMEOUT("timeout"),
  /** 429/503 persisted after the bounded retries, or Retry-After asked for too long a wait. */
  THROTTLED("throttled"),
  /** The bucket lives in another region than the request was sent to (S3 301/400 redirect). */
  WRONG_REGION("wrong-region"),
  /** A redirect to a scheme other than http/https, an https-to-http downgrade, or more than 5. */
  REDIRECT_REFUSED("redirect-refused"),
  /** The body exceeded the size cap. */
  TOO_LARGE("too-large"),
  /** Size or checksum did not match what the store or the record declared. */
  VERIFICATION_FAILED("verification-failed"),
  /** Any other HTTP status. */
  HTTP_ERROR("http-error"),
  /** Connection or local I/O failure. */
  IO_ERROR("io-error"),
  /** The request could not be built (e.g. a name the SDK rejects). */
  INVALID_REQUEST("invalid-request"),
  /** The download was cancelled (thread interrupted). */
  INTERRUPTED("interrupted");

  private final String wireName;

  AttemptOutcome(String wireName) {
    this.wireName = wireName;
  }

  /** @return the spelling used in summaries */
  public String wireName() {
    return wireName;
  }

  /**
   * @param status an HTTP status code other than 2xx
   * @return the outcome it maps to
   */
  public static AttemptOutcome forStatus(int status) {
    return switch (status) {
      case 401, 403 -> FORBIDDEN;
      case 404, 410 -> NOT_FOUND;
      case 408, 504 -> TIMEOUT;
      case 429, 503 -> THROTTLED;
      default -> HTTP_ERROR;
    };
  }

  @Override
  public String toString() {
    return wireName;
  }
}
