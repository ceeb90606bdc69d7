package io.github.cloudaccess.client.transfer;

import java.time.Duration;
import java.util.concurrent.Flow;

/** Tracks when a response last made progress, and lets the waiting thread cancel its body. */
final class Activity {

  private final long startNanos = System.nanoTime();
  private volatile long headersNanos = -1;
  private volatile long lastNanos = startNanos;
  private volatile Flow.Subscription subscription;

  void headers() {
    headersNanos = System.nanoTime();
    lastNanos = headersNanos;
  }

  void touch() {
    lastNanos = System.nanoTime();
  }

  void attach(Flow.Subscription s) {
    subscription = s;
  }

  /** Stops the body flowing; safe to call more than once. */
  void cancel() {
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
  }

  /**
   * @return true when headers arrived and no byte followed within {@code idle}, or when no headers
   *     arrived within {@code response} plus {@code idle} (a safety net over the request timeout)
   */
  boolean stalled(Duration response, Duration idle) {
    long now = System.nanoTime();
    if (headersNanos < 0) {
      return now - startNanos > response.plus(idle).toNanos();
    }
    return now - lastNanos > idle.toNanos();
  }
}
