package io.github.cloudaccess.validator.http;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads Retry-After (RFC 9110 §10.2.3): delay-seconds or an HTTP-date.
 *
 * <p>A date is measured against the response's own Date header when it has one, else against
 * the time the response arrived; both are recorded, so a replay computes the same wait.
 */
final class RetryAfter {

  private RetryAfter() {}

  /**
   * @param headers the response headers
   * @param receivedAt when the response arrived
   * @return the wait asked for (never negative), or empty when absent or unparsable
   */
  static Optional<Duration> of(HttpHeaders headers, Instant receivedAt) {
    Optional<String> value = headers.firstValue("retry-after").map(String::trim);
    if (value.isEmpty() || value.get().isEmpty()) {
      return Optional.empty();
    }
    String v = value.get();
    if (v.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      // Anything beyond a day is as good as "too long"; avoid overflow on absurd values.
      long seconds = v.length() > 6 ? 86_400 : Long.parseLong(v);
      return Optional.of(Duration.ofSeconds(Math.min(seconds, 86_400)));
    }
    Optional<Instant> when = date(v);
    if (when.isEmpty()) {
      return Optional.empty();
    }
    Instant reference = headers.firstValue("date").flatMap(RetryAfter::date).orElse(receivedAt);
    Duration wait = Duration.between(reference, when.get());
    return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
  }

  private static Optional<Instant> date(String text) {
    try {
      return Optional.of(ZonedDateTime.parse(text.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
          .toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
