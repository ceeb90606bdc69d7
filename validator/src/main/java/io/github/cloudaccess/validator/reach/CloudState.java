package io.github.cloudaccess.validator.reach;

/**
 * What probing one cloud copy found, before any judgement about the declared access class.
 *
 * @param kind the outcome
 * @param size the object's size in bytes, -1 when unknown
 * @param md5 the object's MD5 as lowercase hex when the provider exposes one (single-part S3 ETag,
 *     GCS {@code x-goog-hash}, Azure {@code Content-MD5}), else {@code null}
 * @param contentType the stored Content-Type, or {@code null}
 * @param head the first bytes (up to one FITS block) when they were fetched, else {@code null}
 * @param requesterPays readable only with {@code x-amz-request-payer: requester}
 * @param detail one sentence for the report (status, error code), never asserted on
 * @param hint how to fix it, or {@code null}
 */
record CloudState(Kind kind, long size, String md5, String contentType, byte[] head,
    boolean requesterPays, String detail, String hint) {

  /** The outcomes of a probe. */
  enum Kind {
    /** The object answered (HEAD, ranged GET, or listed and spot-checked). */
    FOUND,
    /** The provider refused the request (403, Azure's 404/409 for private containers). */
    DENIED,
    /** The bucket exists (or is unknown) and the key does not. */
    MISSING_KEY,
    /** The bucket, container or account does not exist. */
    MISSING_BUCKET,
    /** The provider redirected to another region and the object could not be asked there. */
    REDIRECTED,
    /** Still throttled (503 SlowDown / 429) after every retry. */
    THROTTLED,
    /** The store answered 400 without a region: it rejected the request, the object untested. */
    REJECTED,
    /** No answer: connection, DNS, timeout, TLS. */
    NETFAIL,
    /** The client refused to build a request (a bucket name no provider can have). */
    UNADDRESSABLE,
    /** Not probed on purpose ({@code restricted} without keys, unknown provider). */
    SKIPPED
  }

  /**
   * @param kind an outcome without object facts
   * @param detail the detail
   * @return the state
   */
  static CloudState of(Kind kind, String detail) {
    return new CloudState(kind, -1, null, null, null, false, detail, null);
  }

  /**
   * @param size size in bytes
   * @param md5 MD5 hex or null
   * @param contentType Content-Type or null
   * @param head first bytes or null
   * @param detail the detail
   * @return a found state
   */
  static CloudState found(long size, String md5, String contentType, byte[] head, String detail) {
    return new CloudState(Kind.FOUND, size, md5, contentType, head, false, detail, null);
  }

  /** @return a copy marked requester-pays */
  CloudState asRequesterPays() {
    return new CloudState(kind, size, md5, contentType, head, true, detail, hint);
  }

  /**
   * @param h the hint
   * @return a copy with the hint
   */
  CloudState withHint(String h) {
    return new CloudState(kind, size, md5, contentType, head, requesterPays, detail, h);
  }

  /** @return true when the copy was seen and its facts are usable */
  boolean found() {
    return kind == Kind.FOUND;
  }
}
