package io.github.cloudaccess.validator.http;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Enforces the idle and whole-request timeouts that {@code java.net.http.HttpClient} lacks.
 *
 * <p>Rationale: the client's request timeout stops at the response head, and it has no idle
 * timeout at all, so a server that stalls mid-body (or dribbles one byte at a time) would hold a
 * fetch forever. One daemon thread ticks every watched exchange a few times per idle period.
 */
final class Watchdog implements AutoCloseable {

  private final ScheduledThreadPoolExecutor timer;

  Watchdog() {
    timer = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "cav-http-watchdog");
      t.setDaemon(true);
      return t;
    });
    timer.setRemoveOnCancelPolicy(true);
  }

  /**
   * Watches one exchange until the returned future is cancelled or a limit is hit.
   *
   * @param activity the exchange's clock
   * @param idle longest time without bytes
   * @param budget longest time in all, from the activity's start
   * @param onExpiry called at most once, with an IDLE_TIMEOUT or TOTAL_TIMEOUT failure
   * @return the ticking task; cancel it when the exchange ends
   */
  ScheduledFuture<?> watch(Activity activity, Duration idle, Duration budget,
      Consumer<Failure> onExpiry) {
    long idleNanos = idle.toNanos();
    long budgetNanos = budget.toNanos();
    long tick = Math.max(10, Math.min(250, Math.min(idle.toMillis(), budget.toMillis()) / 20));
    AtomicBoolean fired = new AtomicBoolean();
    Runnable check = () -> {
      long now = System.nanoTime();
      Failure f = null;
      if (now - activity.startNanos() >= budgetNanos) {
        f = Failure.of(FailureKind.TOTAL_TIMEOUT,
            "no complete response within " + budget.toMillis() + " ms");
      } else if (now - activity.lastNanos() >= idleNanos) {
        f = Failure.of(FailureKind.IDLE_TIMEOUT,
            "no byte received for " + idle.toMillis() + " ms");
      }
      // Later ticks do nothing; the exchange cancels the task as soon as it has ended.
      if (f != null && fired.compareAndSet(false, true)) {
        onExpiry.accept(f);
      }
    };
    return timer.scheduleAtFixedRate(check, tick, tick, TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
