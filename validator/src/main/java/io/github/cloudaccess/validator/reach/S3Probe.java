package io.github.cloudaccess.validator.reach;

import io.github.cloudaccess.schema.Access;
import io.github.cloudaccess.schema.AwsLocation;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Probes S3 objects: learns each bucket once (existence and real region, by HeadBucket), then asks
 * for an object the way its declared access class says a client would, following a region
 * redirect once and retrying a refusal with {@code x-amz-request-payer: requester} once per bucket.
 *
 * <p>Rationale for HeadBucket: HEAD cannot tell a missing bucket from a missing key (both 404),
 * and only HeadBucket reports the real region of a bucket whose objects answer from anywhere.
 */
final class S3Probe {

  private final S3Calls calls;
  private final ConcurrentHashMap<String, CompletableFuture<BucketInfo>> buckets =
      new ConcurrentHashMap<>();

  S3Probe(S3Calls calls) {
    this.calls = calls;
  }

  /** @return true when keys for {@code restricted} objects are configured */
  boolean hasKeys() {
    return calls.clients().hasKeys();
  }

  /**
   * @param location any location of the bucket (its declared region addresses the first request)
   * @return what is known of the bucket; the first caller asks, concurrent callers wait for it
   */
  BucketInfo bucket(AwsLocation location) {
    CompletableFuture<BucketInfo> mine = new CompletableFuture<>();
    CompletableFuture<BucketInfo> known = buckets.putIfAbsent(location.bucketName(), mine);
    if (known != null) {
      return known.join();
    }
    BucketInfo info = new BucketInfo(BucketInfo.Existence.UNKNOWN, null, "internal error");
    try {
      info = headBucket(location);
    } finally {
      mine.complete(info); // never leave concurrent callers waiting
    }
    return info;
  }

  private BucketInfo headBucket(AwsLocation location) {
    if (!S3Names.addressable(location.bucketName())) {
      return new BucketInfo(BucketInfo.Existence.UNADDRESSABLE, null, "not an S3 bucket name");
    }
    String region = location.region().filter(S3Clients::usable).orElse(S3Clients.DEFAULT_REGION);
    S3Answer a = calls.headBucket(new S3Calls.Target(location.bucketName(), region, hasKeys(),
        false));
    String detail = describe(a);
    if (a.unaddressable() || "InvalidBucketName".equals(a.errorCode())) {
      return new BucketInfo(BucketInfo.Existence.UNADDRESSABLE, null, detail);
    }
    if (a.status() == 404) {
      return new BucketInfo(BucketInfo.Existence.MISSING, null, detail);
    }
    boolean answered = a.success() || a.status() == 403 || a.bucketRegion() != null;
    return new BucketInfo(answered ? BucketInfo.Existence.EXISTS : BucketInfo.Existence.UNKNOWN,
        a.bucketRegion(), detail);
  }

  /**
   * @param location the object
   * @param bucket what is known of its bucket
   * @param needBytes fetch the first FITS block (ranged GET) instead of HEAD
   * @return the probe's outcome
   */
  CloudState probe(AwsLocation location, BucketInfo bucket, boolean needBytes) {
    boolean sign = location.access().orElse(null) == Access.RESTRICTED;
    String region = bucket.region() != null ? bucket.region()
        : location.region().filter(S3Clients::usable).orElse(S3Clients.DEFAULT_REGION);
    S3Calls.Target at = new S3Calls.Target(location.bucketName(), region, sign,
        Boolean.TRUE.equals(bucket.requesterPays()));
    S3Answer a = ask(at, location.key(), needBytes);

    /* A redirect names the real region: remember it, ask there once (pointless when fixed). */
    if (redirect(a, region)) {
      bucket.learnRegion(a.bucketRegion());
      if (calls.clients().fixedEndpoint()) {
        return CloudState.of(CloudState.Kind.REDIRECTED, describe(a));
      }
      at = at.inRegion(a.bucketRegion());
      a = ask(at, location.key(), needBytes);
    }

    /* A refusal may be requester-pays: ask again agreeing to pay, until the bucket is known. */
    if (a.status() == 403 && !at.requesterPays()
        && !Boolean.FALSE.equals(bucket.requesterPays())) {
      S3Answer paying = ask(at.paying(), location.key(), needBytes);
      if (paying.success()) {
        bucket.learnRequesterPays(true);
        return state(paying, location, bucket).asRequesterPays();
      }
      if (paying.status() == 403) {
        bucket.learnRequesterPays(false);
      }
    }
    CloudState s = state(a, location, bucket);
    if (at.requesterPays() && s.found()) {
      s = s.asRequesterPays();
    }
    if (s.kind() == CloudState.Kind.MISSING_KEY && location.key().startsWith("/")) {
      s = slashHint(s, at, location.key());
    }
    return s;
  }

  private S3Answer ask(S3Calls.Target at, String key, boolean needBytes) {
    return needBytes ? calls.firstBytes(at, key, Ranges.BLOCK) : calls.headObject(at, key);
  }

  private static boolean redirect(S3Answer a, String region) {
    return (a.status() == 301 || a.status() == 307 || a.status() == 400)
        && a.bucketRegion() != null && !a.bucketRegion().equals(region);
  }

  /** A stray leading {@code /} names another key; say so when the key without it exists. */
  private CloudState slashHint(CloudState missing, S3Calls.Target at, String key) {
    String stripped = key.replaceFirst("^/+", "");
    if (stripped.isEmpty()) {
      return missing;
    }
    S3Answer a = calls.headObject(at, stripped);
    return a.success() ? missing.withHint("the key without its leading '/' exists: \""
        + stripped + "\"; S3 keys are literal") : missing;
  }

  /**
   * @param a an object answer
   * @param location the object
   * @param bucket its bucket
   * @return the answer as a state
   */
  static CloudState state(S3Answer a, AwsLocation location, BucketInfo bucket) {
    String detail = describe(a);
    if (a.failure() != null || "InvalidBucketName".equals(a.errorCode())) {
      return CloudState.of(a.failure() == null || a.unaddressable()
          ? CloudState.Kind.UNADDRESSABLE
          : CloudState.Kind.NETFAIL, detail);
    }
    if (a.success()) {
      return CloudState.found(a.size(), Digests.md5FromEtag(a.etag()), a.contentType(), a.head(),
          detail);
    }
    if (a.status() == 416) {
      // bytes=0-2879 of an empty object cannot be satisfied: it exists and has no bytes.
      return CloudState.found(0, null, null, new byte[0], detail);
    }
    if (a.throttled()) {
      return CloudState.of(CloudState.Kind.THROTTLED, detail);
    }
    return switch (a.status()) {
      case 403 -> CloudState.of(CloudState.Kind.DENIED, detail);
      case 404 -> CloudState.of("NoSuchBucket".equals(a.errorCode())
          || bucket.existence() == BucketInfo.Existence.MISSING
          ? CloudState.Kind.MISSING_BUCKET : CloudState.Kind.MISSING_KEY, detail);
      case 301, 307 -> CloudState.of(a.bucketRegion() != null ? CloudState.Kind.REDIRECTED
          : CloudState.Kind.NETFAIL, detail);
      case 400 -> a.bucketRegion() != null ? CloudState.of(CloudState.Kind.REDIRECTED, detail)
          : badRequest(location.key(), detail);
      default -> CloudState.of(CloudState.Kind.NETFAIL, detail);
    };
  }

  /**
   * A 400 that names no region is the store's answer, not a network failure. For a key with a
   * leading {@code /} or an empty segment, S3-compatible stores that cannot address it (s3proxy's
   * Jetty) answer 400 where AWS answers 404 NoSuchKey: judged as AWS would, a missing object.
   * Any other 400 rejects the validator's request and leaves the object untested.
   */
  private static CloudState badRequest(String key, String detail) {
    return CloudState.of(key.startsWith("/") || key.contains("//")
        ? CloudState.Kind.MISSING_KEY : CloudState.Kind.REJECTED, detail);
  }

  /**
   * @param a an answer
   * @return a short description: status, code, region, or the failure
   */
  static String describe(S3Answer a) {
    if (a.failure() != null) {
      return OneLineText.clip(a.failure());
    }
    StringBuilder sb = new StringBuilder("HTTP ").append(a.status());
    if (a.errorCode() != null) {
      sb.append(' ').append(a.errorCode());
    }
    if (a.bucketRegion() != null) {
      sb.append(", x-amz-bucket-region ").append(a.bucketRegion());
    }
    return sb.toString();
  }
}
