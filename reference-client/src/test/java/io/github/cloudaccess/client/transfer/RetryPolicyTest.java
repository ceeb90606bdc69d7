package io.github.cloudaccess.client.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Retry-After is honoured when short, bounded when long, and retries are counted. */
class RetryPolicyTest {

  private final RetryPolicy p = new RetryPolicy(2, Duration.ofSeconds(10));
  private final ZonedDateTime now = ZonedDateTime.of(2026, 11, 24, 12, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void secondsAreHonoured() {
    assertThat(p.delay(0, Optional.of("3"), now)).contains(Duration.ofSeconds(3));
  }

  @Test
  void httpDatesAreHonoured() {
    String at = now.plusSeconds(4).format(DateTimeFormatter.RFC_1123_DATE_TIME);
    assertThat(p.delay(0, Optional.of(at), now)).contains(Duration.ofSeconds(4));
    String past = now.minusSeconds(4).format(DateTimeFormatter.RFC_1123_DATE_TIME);
    assertThat(p.delay(0, Optional.of(past), now)).contains(Duration.ZERO);
  }

  @Test
  void tooLongAWaitEndsTheRetries() {
    assertThat(p.delay(0, Optional.of("3600"), now)).isEmpty();
  }

  @Test
  void withoutRetryAfterTheBackoffGrowsAndIsCapped() {
    assertThat(p.delay(0, Optional.empty(), now)).contains(Duration.ofMillis(500));
    assertThat(p.delay(1, Optional.empty(), now)).contains(Duration.ofMillis(1000));
    assertThat(new RetryPolicy(50, Duration.ofSeconds(2)).delay(30, Optional.empty(), now)).contains(Duration.ofSeconds(2));
    assertThat(p.delay(0, Optional.of("soon"), now)).contains(Duration.ofMillis(500));
  }

  @Test
  void retriesAreBounded() {
    assertThat(p.delay(2, Optional.of("1"), now)).isEmpty();
    assertThat(new RetryPolicy(0, Duration.ofSeconds(1)).delay(0, Optional.empty(), now)).isEmpty();
  }
}
