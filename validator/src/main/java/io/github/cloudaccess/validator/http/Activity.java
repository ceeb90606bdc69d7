package io.github.cloudaccess.validator.http;

/** The clock of one exchange: when it started and when a byte last arrived. */
final class Activity {

  private final long startNanos;
  private volatile long lastNanos;

  /** @param startNanos {@link System#nanoTime()} when the request was sent */
  Activity(long startNanos) {
    this.startNanos = startNanos;
    this.lastNanos = startNanos;
  }

  /** Records that bytes (or the response head) arrived now. */
  void touch() {
    lastNanos = System.nanoTime();
  }

  long startNanos() {
    return startNanos;
  }

  long lastNanos() {
    return lastNanos;
  }
}
