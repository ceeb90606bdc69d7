package io.github.cloudaccess.validator.reach;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The limits and switches of a reachability run; every wait and every count is bounded.
 *
 * @param endpoints provider endpoints and overrides
 * @param inRegion the validator runs inside the buckets' region ({@code --in-region}): anonymous
 *     refusal of an {@code access=region} object becomes an error instead of information
 * @param credentials keys for {@code restricted} objects; empty: those are skipped
 * @param sample check a random sample of this many references ({@code --sample}); 0: all
 * @param seed seed of the sample, so that a run can be repeated
 * @param maxObjects check at most this many references ({@code --max-objects}); the rest are counted
 * @param concurrency requests in flight at most ({@code --concurrency})
 * @param perHost requests in flight per host at most, protecting small on-prem servers
 * @param connectTimeout TCP (and TLS) connect timeout
 * @param requestTimeout longest wait for one request, including the longest pause between bytes
 * @param maxRetries retries after 503 SlowDown / 429, per request
 * @param retryBase first back-off pause, doubled per retry (with jitter), capped at 10 s
 * @param listing whether listing may replace HEADs
 * @param compareBytes fetch the first FITS block (2880 bytes) of both copies and compare them
 * @param compareLimit compare the cloud copy with the on-prem copy behind access_url for the
 *     first this many checked references of an input ({@code --compare}); later ones are judged
 *     on the cloud side alone (existence, access, region, size against the row), which listing
 *     can settle
 * @param batchSize references planned together (listing groups form within a batch)
 */
public record ReachOptions(
    Endpoints endpoints,
    boolean inRegion,
    Optional<S3Keys> credentials,
    int sample,
    long seed,
    int maxObjects,
    int concurrency,
    int perHost,
    Duration connectTimeout,
    Duration requestTimeout,
    int maxRetries,
    Duration retryBase,
    ListingMode listing,
    boolean compareBytes,
    int compareLimit,
    int batchSize) {

  /**
   * References of an input compared with their on-prem copy by default: every row of a typical
   * response, while the rows of a 10,000-row one beyond it cost a share of a listing each instead
   * of two requests.
   */
  public static final int DEFAULT_COMPARE = 1000;

  /** Rejects values that would make a run unbounded or impossible. */
  public ReachOptions {
    Objects.requireNonNull(endpoints);
    Objects.requireNonNull(credentials);
    Objects.requireNonNull(listing);
    if (sample < 0 || maxObjects < 1 || concurrency < 1 || perHost < 1 || maxRetries < 0
        || compareLimit < 0 || batchSize < 1) {
      throw new IllegalArgumentException(
          "counts must be positive (sample, retries and compare limit >= 0)");
    }
    if (!positive(connectTimeout) || !positive(requestTimeout) || retryBase.isNegative()) {
      throw new IllegalArgumentException("timeouts must be positive");
    }
  }

  /**
   * @return public endpoints, anonymous, all references up to 10,000, concurrency 16, 8 per host,
   *     connect 5 s, request 20 s, 3 retries from 200 ms, listing where it pays, bytes compared,
   *     the on-prem copy compared for the first {@value #DEFAULT_COMPARE} references
   */
  public static ReachOptions defaults() {
    return new ReachOptions(Endpoints.publicCloud(), false, Optional.empty(), 0, 1L, 10_000, 16,
        8, Duration.ofSeconds(5), Duration.ofSeconds(20), 3, Duration.ofMillis(200),
        ListingMode.AUTO, true, DEFAULT_COMPARE, 20_000);
  }

  /**
   * @param e endpoints
   * @return a copy with them
   */
  public ReachOptions withEndpoints(Endpoints e) {
    return new ReachOptions(e, inRegion, credentials, sample, seed, maxObjects, concurrency,
        perHost, connectTimeout, requestTimeout, maxRetries, retryBase, listing, compareBytes,
        compareLimit, batchSize);
  }

  /**
   * @param in true when running inside the region
   * @return a copy
   */
  public ReachOptions withInRegion(boolean in) {
    return new ReachOptions(endpoints, in, credentials, sample, seed, maxObjects, concurrency,
        perHost, connectTimeout, requestTimeout, maxRetries, retryBase, listing, compareBytes,
        compareLimit, batchSize);
  }

  /**
   * @param keys keys for restricted objects, or empty
   * @return a copy
   */
  public ReachOptions withCredentials(Optional<S3Keys> keys) {
    return new ReachOptions(endpoints, inRegion, keys, sample, seed, maxObjects, concurrency,
        perHost, connectTimeout, requestTimeout, maxRetries, retryBase, listing, compareBytes,
        compareLimit, batchSize);
  }

  /**
   * @param n sample size, 0 for all
   * @param sampleSeed the seed
   * @return a copy
   */
  public ReachOptions withSample(int n, long sampleSeed) {
    return new ReachOptions(endpoints, inRegion, credentials, n, sampleSeed, maxObjects,
        concurrency, perHost, connectTimeout, requestTimeout, maxRetries, retryBase, listing,
        compareBytes, compareLimit, batchSize);
  }

  /**
   * @param max most references checked
   * @return a copy
   */
  public ReachOptions withMaxObjects(int max) {
    return new ReachOptions(endpoints, inRegion, credentials, sample, seed, max, concurrency,
        perHost, connectTimeout, requestTimeout, maxRetries, retryBase, listing, compareBytes,
        compareLimit, batchSize);
  }

  /**
   * @param total requests in flight
   * @param host requests in flight per host
   * @return a copy
   */
  public ReachOptions withConcurrency(int total, int host) {
    return new ReachOptions(endpoints, inRegion, credentials, sample, seed, maxObjects, total,
        host, connectTimeout, requestTimeout, maxRetries, retryBase, listing, compareBytes,
        compareLimit, batchSize);
  }

  /**
   * @param connect connect timeout
   * @param request per-request timeout
   * @return a copy
   */
  public ReachOptions withTimeouts(Duration connect, Duration request) {
    return new ReachOptions(endpoints, inRegion, credentials, sample, seed, maxObjects,
        concurrency, perHost, connect, request, maxRetries, retryBase, listing, compareBytes,
        compareLimit, batchSize);
  }

  /**
   * @param retries retries after throttling
   * @param base first back-off pause
   * @return a copy
   */
  public ReachOptions withRetries(int retries, Duration base) {
    return new ReachOptions(endpoints, inRegion, credentials, sample, seed, maxObjects,
        concurrency, perHost, connectTimeout, requestTimeout, retries, base, listing,
        compareBytes, compareLimit, batchSize);
  }

  /**
   * @param mode listing mode
   * @return a copy
   */
  public ReachOptions withListing(ListingMode mode) {
    return new ReachOptions(endpoints, inRegion, credentials, sample, seed, maxObjects,
        concurrency, perHost, connectTimeout, requestTimeout, maxRetries, retryBase, mode,
        compareBytes, compareLimit, batchSize);
  }

  /**
   * @param compare compare the first FITS block of both copies
   * @return a copy
   */
  public ReachOptions withCompareBytes(boolean compare) {
    return new ReachOptions(endpoints, inRegion, credentials, sample, seed, maxObjects,
        concurrency, perHost, connectTimeout, requestTimeout, maxRetries, retryBase, listing,
        compare, compareLimit, batchSize);
  }

  /**
   * @param limit references of an input compared with their on-prem copy (0: none)
   * @return a copy
   */
  public ReachOptions withCompareLimit(int limit) {
    return new ReachOptions(endpoints, inRegion, credentials, sample, seed, maxObjects,
        concurrency, perHost, connectTimeout, requestTimeout, maxRetries, retryBase, listing,
        compareBytes, limit, batchSize);
  }

  /**
   * @param size references planned together
   * @return a copy
   */
  public ReachOptions withBatchSize(int size) {
    return new ReachOptions(endpoints, inRegion, credentials, sample, seed, maxObjects,
        concurrency, perHost, connectTimeout, requestTimeout, maxRetries, retryBase, listing,
        compareBytes, compareLimit, size);
  }

  private static boolean positive(Duration d) {
    return d != null && !d.isZero() && !d.isNegative();
  }
}
