package io.github.cloudaccess.validator.reach;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Repeats a request that was throttled (503 SlowDown, 429), a bounded number of times with
 * exponential back-off and jitter, as AWS asks of clients.
 *
 * <p>Rationale for doing it here rather than in the SDK: the SDK's own retries are switched off
 * so that every request sent is counted and the total wait stays within the run's bounds.
 */
final class Retrier {

  private static final long CAP_NANOS = Duration.ofSeconds(10).toNanos();

  private final int maxRetries;
  private final long baseNanos;

  /**
   * @param maxRetries retries at most (0: none)
   * @param base the first pause; doubled per retry, capped at 10 s, jittered down to half
   */
  Retrier(int maxRetries, Duration base) {
    this.maxRetries = maxRetries;
    this.baseNanos = base.toNanos();
  }

  /**
   * @param attempt one try; must not throw
   * @param throttled whether an outcome asks to slow down
   * @param <T> the outcome type
   * @return the first outcome not throttled, or the last one
   */
  <T> T run(Supplier<T> attempt, Predicate<T> throttled) {
    T outcome = attempt.get();
    for (int retry = 0; retry < maxRetries && throttled.test(outcome); retry++) {
      long pause = Math.min(CAP_NANOS, baseNanos << Math.min(retry, 20));
      pause = pause / 2 + ThreadLocalRandom.current().nextLong(pause / 2 + 1);
      try {
        Thread.sleep(pause / 1_000_000, (int) (pause % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return outcome;
      }
      outcome = attempt.get();
    }
    return outcome;
  }
}
