package io.github.cloudaccess.validator.reach;

import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.report.Finding;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Adds up the outcomes of a run into a {@link ReachSummary}; used from one thread. */
final class Tally {

  private static final List<Code> CONSISTENCY = List.of(ReachCodes.SIZE, ReachCodes.BYTES,
      ReachCodes.HASH, ReachCodes.NAME, ReachCodes.CONTENT_TYPE);

  private long selected;
  private long checked;
  private long found;
  private long denied;
  private long missing;
  private long missingBuckets;
  private long failed;
  private long skipped;
  private long inconsistent;
  private long listed;
  private long compared;

  /**
   * @param state the cloud outcome of one reference
   * @param findings its findings
   * @param byListing it was settled by a listing
   * @param withOnPrem its on-prem copy was fetched and compared
   */
  void add(CloudState state, List<Finding> findings, boolean byListing, boolean withOnPrem) {
    selected++;
    switch (state.kind()) {
      case FOUND -> found++;
      case DENIED -> denied++;
      case MISSING_KEY -> missing++;
      case MISSING_BUCKET -> {
        missing++;
        missingBuckets++;
      }
      case THROTTLED, NETFAIL, REDIRECTED, REJECTED -> failed++;
      case UNADDRESSABLE, SKIPPED -> skipped++;
      default -> throw new IllegalStateException(state.kind().name());
    }
    if (state.kind() != CloudState.Kind.UNADDRESSABLE && state.kind() != CloudState.Kind.SKIPPED) {
      checked++;
    }
    if (findings.stream().anyMatch(f -> CONSISTENCY.contains(f.code()))) {
      inconsistent++;
    }
    if (byListing) {
      listed++;
    }
    if (withOnPrem) {
      compared++;
    }
  }

  /**
   * @param seen references received
   * @param stats requests and latencies
   * @param elapsed wall time
   * @return the summary
   */
  ReachSummary summary(long seen, RequestStats stats, Duration elapsed) {
    Map<String, Long> requests = new LinkedHashMap<>();
    for (RequestStats.Kind k : RequestStats.Kind.values()) {
      long n = stats.count(k);
      if (n > 0) {
        requests.put(k.name(), n);
      }
    }
    return new ReachSummary(seen, selected, checked, found, denied, missing, missingBuckets,
        failed, skipped, inconsistent, listed, compared, requests, stats.percentile(0.5),
        stats.percentile(0.9), stats.percentile(0.99), elapsed);
  }
}
