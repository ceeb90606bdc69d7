package io.github.cloudaccess.validator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Retry-After in seconds or as an HTTP-date (RFC 9110 §10.2.3). */
class RetryAfterTest {

  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  private static Optional<Duration> of(String retryAfter, String date) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("Retry-After", List.of(retryAfter));
    if (date != null) {
      m.put("Date", List.of(date));
    }
    return RetryAfter.of(HttpHeaders.of(m, (a, b) -> true), NOW);
  }

  @Test
  void secondsAreRead() {
    assertThat(of("7", null)).contains(Duration.ofSeconds(7));
    assertThat(of(" 0 ", null)).contains(Duration.ZERO);
  }

  @Test
  void absurdSecondsAreBoundedToADay() {
    assertThat(of("99999999999999999999", null)).contains(Duration.ofDays(1));
  }

  @Test
  void anHttpDateIsMeasuredFromTheResponseDate() {
    assertThat(of("Wed, 21 Oct 2015 07:28:30 GMT", "Wed, 21 Oct 2015 07:28:00 GMT"))
        .contains(Duration.ofSeconds(30));
  }

  @Test
  void anHttpDateWithoutDateHeaderIsMeasuredFromArrival() {
    assertThat(of("Thu, 01 Jan 2026 00:00:05 GMT", null)).contains(Duration.ofSeconds(5));
  }

  @Test
  void aPastDateMeansNoWait() {
    assertThat(of("Wed, 21 Oct 2015 07:28:00 GMT", null)).contains(Duration.ZERO);
  }

  @Test
  void garbageAndAbsenceMeanNoRetry() {
    assertThat(of("soon", null)).isEmpty();
    assertThat(of("-5", null)).isEmpty();
    assertThat(of("", null)).isEmpty();
    assertThat(RetryAfter.of(Exchange.NO_HEADERS, NOW)).isEmpty();
  }
}
