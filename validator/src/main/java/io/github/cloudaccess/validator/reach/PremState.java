package io.github.cloudaccess.validator.reach;

/**
 * What fetching the start of the on-prem copy (the row's access_url) found.
 *
 * @param kind the outcome
 * @param status the final HTTP status, 0 when none
 * @param size the full size in bytes (Content-Range total or Content-Length), -1 when unknown
 * @param md5 lowercase hex MD5 of the whole file (Content-MD5 of a full response, or a strong
 *     ETag that is a quoted 32-hex MD5), else {@code null}
 * @param contentType the Content-Type, or {@code null}
 * @param head the first bytes (up to one FITS block), {@code null} when not obtained or encoded
 * @param detail one sentence for the report
 */
record PremState(Kind kind, int status, long size, String md5, String contentType, byte[] head,
    String detail) {

  /** The outcomes of the on-prem fetch. */
  enum Kind {
    /** A 2xx (or 416 for an empty file) answer. */
    OK,
    /** An HTTP error status. */
    BAD_STATUS,
    /**
     * No usable answer for a reason on the service's side (refused, reset, timeout, TLS; a name
     * that does not resolve or a connect timeout when the run shows the validator's network
     * works).
     */
    UNREACHABLE,
    /**
     * The validator could not test (its own caps, interruption, local I/O; DNS or a connect
     * timeout when nothing shows the validator's network works).
     */
    NOT_TESTED
  }

  /**
   * @param kind an outcome without facts
   * @param status the status
   * @param detail the detail
   * @return the state
   */
  static PremState failed(Kind kind, int status, String detail) {
    return new PremState(kind, status, -1, null, null, null, detail);
  }

  /** @return true when the answer's facts are usable */
  boolean ok() {
    return kind == Kind.OK;
  }
}
