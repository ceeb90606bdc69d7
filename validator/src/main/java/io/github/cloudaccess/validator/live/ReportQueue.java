package io.github.cloudaccess.validator.live;

import io.github.cloudaccess.validator.InputSummary;
import io.github.cloudaccess.validator.report.InputCollector;
import io.github.cloudaccess.validator.report.InputReport;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Hands the per-request reports on in the order the requests were sent, even when a probe
 * finishes an earlier report late (the capabilities report waits for the protocol to be known
 * before E-SI2-CAPX can be judged).
 */
final class ReportQueue {

  private final Consumer<InputReport> sink;
  private final Deque<Slot> pending = new ArrayDeque<>();

  /** @param sink receives each report once it and every earlier one are finished */
  ReportQueue(Consumer<InputReport> sink) {
    this.sink = sink;
  }

  /**
   * @param collector the findings of one request
   * @return its place in the report order
   */
  Slot open(InputCollector collector) {
    Slot s = new Slot(collector);
    pending.addLast(s);
    return s;
  }

  /** Finishes every report still open (a probe stopped early) and hands all on. */
  void drain() {
    for (Slot s : List.copyOf(pending)) { // finishing one flushes others out of the queue
      if (s.report == null) {
        s.finish();
      }
    }
    flush();
  }

  private void flush() {
    while (!pending.isEmpty() && pending.peekFirst().report != null) {
      sink.accept(pending.pollFirst().report);
    }
  }

  /** One request's report, open until {@link #finish()}. */
  final class Slot {
    private final InputCollector collector;
    private InputSummary summary;
    private String notVotable;
    private long elapsedMillis;
    private InputReport report;

    private Slot(InputCollector collector) {
      this.collector = collector;
    }

    /** @return where the request's findings go */
    InputCollector collector() {
      return collector;
    }

    /**
     * @param summary what the pipeline found in the body, or {@code null}
     * @param notVotable what was asked for when it is no VOTable (a VOSI document), or
     *     {@code null}
     * @param elapsedMillis the fetch's time (recorded time in replay, so reports repeat)
     */
    void completed(InputSummary summary, String notVotable, long elapsedMillis) {
      this.summary = summary;
      this.notVotable = notVotable;
      this.elapsedMillis = elapsedMillis;
    }

    /** Closes the report; safe to call twice. */
    void finish() {
      if (report == null) {
        report = collector.finish(summary, notVotable, elapsedMillis);
        flush();
      }
    }
  }
}
