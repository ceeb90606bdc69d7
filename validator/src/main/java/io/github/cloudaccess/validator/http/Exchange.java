package io.github.cloudaccess.validator.http;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * What one request/response exchange produced, as a {@link Transport} reports it: the raw body
 * (still content-encoded) spooled to a file, or a typed failure.
 *
 * @param request what was sent
 * @param status the HTTP status, 0 when no response head arrived
 * @param headers the response headers, empty when no response head arrived
 * @param body the spooled raw body, {@code null} on failure
 * @param bodyBytes bytes received (also on failure, for the record)
 * @param receivedAt when the response head arrived (or the exchange ended), for Retry-After dates
 * @param headersTime time from sending to the response head, {@code null} when none arrived
 * @param totalTime time of the whole exchange
 * @param failure why there is no body, {@code null} on success
 */
public record Exchange(WireRequest request, int status, HttpHeaders headers, Path body,
    long bodyBytes, Instant receivedAt, Duration headersTime, Duration totalTime,
    Failure failure) {

  /** An empty header set, for exchanges that never saw a response head. */
  public static final HttpHeaders NO_HEADERS = HttpHeaders.of(Map.of(), (a, b) -> true);

  /** @return true when the exchange produced no body */
  public boolean failed() {
    return failure != null;
  }

  /** Deletes the spooled body, if any; safe to call twice. */
  public void deleteBody() {
    if (body != null) {
      try {
        Files.deleteIfExists(body);
      } catch (IOException e) {
        // A temp file that cannot be deleted is left to the OS; nothing useful to report.
      }
    }
  }
}
