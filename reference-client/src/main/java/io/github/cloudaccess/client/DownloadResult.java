package io.github.cloudaccess.client;

import io.github.cloudaccess.client.plan.Plan;
import io.github.cloudaccess.client.plan.Route;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What happened to one record: which route served it, and why every other route was skipped
 * ({@link Plan#skipped()}) or failed ({@link #attempts()}).
 *
 * @param recordIndex the record's index
 * @param plan the plan the download followed
 * @param status the end state
 * @param file the target path (present or not)
 * @param servedBy the route that served the file, empty unless {@link DownloadStatus#DOWNLOADED}
 * @param bytes the size of the file written, 0 when none
 * @param elapsed the time spent on this record
 * @param attempts every route tried, in order
 */
public record DownloadResult(
    long recordIndex,
    Plan plan,
    DownloadStatus status,
    Path file,
    Optional<Route> servedBy,
    long bytes,
    Duration elapsed,
    List<Attempt> attempts) {

  public DownloadResult {
    attempts = List.copyOf(attempts);
  }

  /** @return true when the file is in place: downloaded now, or already present */
  public boolean isPresent() {
    return status != DownloadStatus.FAILED;
  }
}
