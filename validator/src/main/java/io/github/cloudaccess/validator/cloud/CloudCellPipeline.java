package io.github.cloudaccess.validator.cloud;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

/**
 * Hands {@code cloud_access} cells in batches through a bounded queue to worker threads that
 * parse and check them while the SAX pass goes on: the pass and the JSON checking then use a
 * core each.
 *
 * <p>Memory is bounded: at most {@link #QUEUE} batches wait, and a batch is sent early once it
 * holds {@link #BATCH_CHARS} characters. A failing worker keeps draining the queue (so the
 * parsing thread never blocks forever) and its exception is rethrown by {@link #finish}.
 */
public final class CloudCellPipeline {

  static final int BATCH = 512;
  static final int BATCH_CHARS = 1 << 20;
  static final int QUEUE = 8;
  private static final CloudCell[] POISON = new CloudCell[0];

  private final BlockingQueue<CloudCell[]> queue = new ArrayBlockingQueue<>(QUEUE);
  private final List<Thread> workers = new ArrayList<>();
  private volatile Throwable failure;
  private CloudCell[] batch = new CloudCell[BATCH];
  private int fill;
  private long chars;
  private boolean finished;

  /**
   * Starts the workers.
   *
   * @param threads number of worker threads (at least 1)
   * @param checkers makes one checker per worker, each with its own tally
   */
  CloudCellPipeline(int threads, Supplier<CloudCellChecker> checkers) {
    for (int i = 0; i < Math.max(1, threads); i++) {
      CloudCellChecker checker = checkers.get();
      Thread t = new Thread(() -> work(checker), "cloud-access-checker-" + i);
      t.setDaemon(true);
      workers.add(t);
      t.start();
    }
  }

  private void work(CloudCellChecker checker) {
    while (true) {
      CloudCell[] cells;
      try {
        cells = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (cells == POISON) {
        return;
      }
      if (failure != null) {
        continue;
      }
      try {
        for (CloudCell c : cells) {
          checker.check(c);
        }
        checker.flush();
      } catch (RuntimeException | Error e) {
        failure = e;
      }
    }
  }

  /**
   * Queues one cell (blocks while the workers are behind).
   *
   * @param cell the cell
   */
  void submit(CloudCell cell) {
    batch[fill++] = cell;
    chars += cell.text().length();
    if (fill == BATCH || chars >= BATCH_CHARS) {
      flush();
    }
  }

  private void flush() {
    if (fill == 0) {
      return;
    }
    put(fill == BATCH ? batch : Arrays.copyOf(batch, fill));
    batch = new CloudCell[BATCH];
    fill = 0;
    chars = 0;
  }

  private void put(CloudCell[] cells) {
    try {
      queue.put(cells);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while queueing cloud_access cells", e);
    }
  }

  /**
   * Sends the last batch, waits for the workers and rethrows a worker's failure.
   */
  void finish() {
    if (finished) {
      return;
    }
    finished = true;
    flush();
    for (int i = 0; i < workers.size(); i++) {
      put(POISON);
    }
    for (Thread t : workers) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for cloud_access checks", e);
      }
    }
    Throwable f = failure;
    if (f instanceof RuntimeException re) {
      throw re;
    }
    if (f instanceof Error err) {
      throw err;
    }
  }

  /** Stops the workers without waiting for queued cells (after a validator fault). */
  void abort() {
    finished = true;
    for (Thread t : workers) {
      t.interrupt();
    }
  }
}
