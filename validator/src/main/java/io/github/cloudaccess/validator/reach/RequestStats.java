package io.github.cloudaccess.validator.reach;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the requests actually sent for one check (one input), by kind, and keeps their
 * latencies for percentiles; thread-safe.
 *
 * <p>One instance serves the checker's whole life, because the SDK's interceptor and the probes
 * hold it; {@link #reset} starts each check afresh, so that an input's summary counts only its
 * own requests. Latencies are kept for the first {@value #MAX_SAMPLES} requests of a check only,
 * which bounds memory whatever the input's size; counts are exact.
 */
final class RequestStats {

  /** What a request was for. */
  enum Kind {
    /** S3 HeadObject. */
    S3_HEAD,
    /** S3 ranged GetObject. */
    S3_GET,
    /** S3 ListObjectsV2 page. */
    S3_LIST,
    /** S3 HeadBucket. */
    S3_BUCKET,
    /** Any other S3 request the SDK sends on its own (none expected). */
    S3_OTHER,
    /** Plain HTTP exchange (Google, Azure, on-prem), each redirect hop and retry counted. */
    HTTP
  }

  static final int MAX_SAMPLES = 1_000_000;

  private final Map<Kind, LongAdder> counts = new EnumMap<>(Kind.class);
  private long[] nanos = new long[1024];
  private int size;

  RequestStats() {
    for (Kind k : Kind.values()) {
      counts.put(k, new LongAdder());
    }
  }

  /**
   * Forgets the counts and latencies so far. Call between checks only, with no request in
   * flight ({@link ReachabilityChecker} runs one check at a time and waits for every request of
   * a check before it ends).
   */
  synchronized void reset() {
    counts.values().forEach(LongAdder::reset);
    nanos = new long[1024];
    size = 0;
  }

  /**
   * @param kind what was sent
   * @param n how many exchanges
   */
  void count(Kind kind, int n) {
    counts.get(kind).add(n);
  }

  /** @param elapsed the latency of one logical request */
  synchronized void latency(long elapsed) {
    if (size == MAX_SAMPLES) {
      return;
    }
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, Math.min(MAX_SAMPLES, size * 2));
    }
    nanos[size++] = elapsed;
  }

  /**
   * @param kind a kind
   * @return requests of that kind since the last {@link #reset}
   */
  long count(Kind kind) {
    return counts.get(kind).sum();
  }

  /** @return all requests since the last {@link #reset} */
  long total() {
    return counts.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /**
   * @param q quantile in (0, 1]
   * @return the latency at that quantile (nearest rank), zero when nothing was recorded
   */
  synchronized Duration percentile(double q) {
    if (size == 0) {
      return Duration.ZERO;
    }
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(q * size);
    return Duration.ofNanos(sorted[Math.max(0, Math.min(size, rank) - 1)]);
  }
}
