package io.github.cloudaccess.client.transfer;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Bounded retries for 429 and 503 answers: at most {@code retries} more attempts, waiting what
 * Retry-After asks (seconds or HTTP date) when it is at most {@code maxDelay}, else 0.5 s, 1 s,
 * 2 s ... capped at {@code maxDelay}. A Retry-After longer than {@code maxDelay} ends the retries
 * at once (the next route is usually faster than waiting).
 *
 * @param retries how many retries after the first attempt
 * @param maxDelay the longest single wait
 */
public record RetryPolicy(int retries, Duration maxDelay) {

  public RetryPolicy {
    if (retries < 0) {
      throw new IllegalArgumentException("retries must be >= 0");
    }
  }

  /**
   * @param attempt 0 for the first retry
   * @param retryAfter the Retry-After header value, if any
   * @param now the current time (for HTTP-date values)
   * @return how long to wait before retrying, or empty when no retry should happen
   */
  public Optional<Duration> delay(int attempt, Optional<String> retryAfter, ZonedDateTime now) {
    if (attempt >= retries) {
      return Optional.empty();
    }
    Duration backoff = Duration.ofMillis(Math.min(maxDelay.toMillis(), 500L << Math.min(attempt, 20)));
    if (retryAfter.isEmpty()) {
      return Optional.of(backoff);
    }
    Optional<Duration> asked = parse(retryAfter.get().strip(), now);
    if (asked.isEmpty()) {
      return Optional.of(backoff);
    }
    return asked.get().compareTo(maxDelay) <= 0 ? asked : Optional.empty();
  }

  private static Optional<Duration> parse(String v, ZonedDateTime now) {
    try {
      long s = Long.parseLong(v);
      return s < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(s));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(now, at);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }
}
