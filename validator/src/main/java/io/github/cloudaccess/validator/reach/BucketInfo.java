package io.github.cloudaccess.validator.reach;

/**
 * What is known about one bucket, learnt once per run (HeadBucket) and refined by later answers
 * (a redirect naming the real region, a requester-pays retry); thread-safe.
 */
final class BucketInfo {

  /** Whether the bucket exists. */
  enum Existence {
    /** HeadBucket answered 2xx, 403 or a redirect. */
    EXISTS,
    /** HeadBucket answered 404 (NoSuchBucket). */
    MISSING,
    /** No conclusive answer (network, throttling). */
    UNKNOWN,
    /** The name cannot be put in a request at all. */
    UNADDRESSABLE
  }

  private final Existence existence;
  private final String detail;
  private volatile String region;
  private volatile Boolean requesterPays;

  /**
   * @param existence whether it exists
   * @param region its real region from {@code x-amz-bucket-region}, or {@code null}
   * @param detail what HeadBucket answered, for messages
   */
  BucketInfo(Existence existence, String region, String detail) {
    this.existence = existence;
    this.region = region;
    this.detail = detail;
  }

  Existence existence() {
    return existence;
  }

  String detail() {
    return detail;
  }

  /** @return the real region, or {@code null} while unknown */
  String region() {
    return region;
  }

  /** @param real the region a redirect named */
  void learnRegion(String real) {
    region = real;
  }

  /** @return true/false once learnt, {@code null} while unknown */
  Boolean requesterPays() {
    return requesterPays;
  }

  /** @param pays whether the bucket needs {@code x-amz-request-payer} */
  void learnRequesterPays(boolean pays) {
    requesterPays = pays;
  }
}
