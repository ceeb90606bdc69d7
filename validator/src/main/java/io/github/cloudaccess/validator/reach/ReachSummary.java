package io.github.cloudaccess.validator.reach;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one reachability run, also reported as {@code S-OBJ-SUMM}.
 *
 * @param seen references received
 * @param selected references checked after {@code --sample} and {@code --max-objects}
 * @param checked references whose cloud copy was asked about (found + denied + missing + failed)
 * @param found cloud copies that answered
 * @param denied cloud copies that refused
 * @param missing cloud copies that do not exist
 * @param missingBuckets of those, the ones whose bucket (container, account) does not exist
 * @param failed cloud copies the validator could not test (network, throttling, redirect, a
 *     request the store rejected)
 * @param skipped references not probed on purpose (restricted without keys, other providers,
 *     names no provider can have)
 * @param inconsistent found copies that disagree with the row (size, bytes, MD5, name, type)
 * @param listed references settled by listing instead of one request each
 * @param compared references whose on-prem copy (access_url) was fetched and compared
 * @param requests requests sent, by kind
 * @param p50 median request latency
 * @param p90 90th percentile
 * @param p99 99th percentile
 * @param elapsed wall time of the run
 */
public record ReachSummary(long seen, long selected, long checked, long found, long denied,
    long missing, long missingBuckets, long failed, long skipped, long inconsistent,
    long listed, long compared, Map<String, Long> requests, Duration p50, Duration p90, Duration p99,
    Duration elapsed) {

  /** Freezes the map, keeping its order. */
  public ReachSummary {
    requests = Collections.unmodifiableMap(new LinkedHashMap<>(requests));
  }

  /** @return all requests sent */
  public long totalRequests() {
    return requests.values().stream().mapToLong(Long::longValue).sum();
  }

  /** @return selected references per second of wall time */
  public double objectsPerSecond() {
    double s = elapsed.toNanos() / 1e9;
    return s <= 0 ? 0 : selected / s;
  }

  /** @return one line for the report */
  public String describe() {
    if (seen == 0 && totalRequests() == 0) {
      // Percentiles and rates of nothing would only look like measurements.
      return "no cloud object references in this input: nothing to check";
    }
    return String.format(Locale.ROOT,
        "%d of %d references checked: %d found, %d denied, %d missing (%d by bucket), "
            + "%d inconsistent, %d not testable, %d skipped, %d settled by listing, "
            + "%d compared with access_url; "
            + "%d requests %s; latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms; "
            + "%.1f s (%.0f objects/s)",
        selected, seen, found, denied, missing, missingBuckets, inconsistent, failed, skipped,
        listed, compared, totalRequests(), requests, ms(p50), ms(p90), ms(p99), elapsed.toMillis() / 1000.0,
        objectsPerSecond());
  }

  private static double ms(Duration d) {
    return d.toNanos() / 1e6;
  }
}
