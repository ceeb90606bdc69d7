package io.github.cloudaccess.validator.report;

import io.github.cloudaccess.validator.InputSummary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.BiConsumer;

/**
 * Collects the findings of one input in bounded memory: per code, the {@code maxRepeat} earliest
 * findings (in {@link FindingOrder}) and the count of all of them.
 *
 * <p>Thread-safe: every method is synchronized, so stages may report from several threads. The
 * kept set does not depend on how the threads interleave, because {@link FindingOrder} is total on
 * the findings' content. Memory is bounded by {@code maxRepeat} times the number of codes, whatever
 * the number of findings reported.
 */
public final class InputCollector implements Reporter {

  private final String source;
  private final int maxRepeat;
  private final BiConsumer<Finding, Throwable> faultListener;
  private final Map<Code, Long> counts = new EnumMap<>(Code.class);
  /** Per code, a max-heap of the kept findings: its head is the one to drop first. */
  private final Map<Code, PriorityQueue<Finding>> kept = new EnumMap<>(Code.class);

  /**
   * @param source the input's name, used for findings reported without a position
   * @param maxRepeat how many findings to keep per code (0 keeps only the counts)
   * @param faultListener told of every finding reported with a cause (for {@code --debug})
   */
  public InputCollector(String source, int maxRepeat, BiConsumer<Finding, Throwable> faultListener) {
    if (maxRepeat < 0) {
      throw new IllegalArgumentException("maxRepeat must not be negative: " + maxRepeat);
    }
    this.source = source;
    this.maxRepeat = maxRepeat;
    this.faultListener = faultListener;
  }

  /**
   * @param source the input's name
   * @param maxRepeat how many findings to keep per code
   */
  public InputCollector(String source, int maxRepeat) {
    this(source, maxRepeat, (finding, cause) -> {});
  }

  @Override
  public synchronized void report(Finding finding) {
    Finding f = normalise(finding);
    counts.merge(f.code(), 1L, Long::sum);
    if (maxRepeat == 0) {
      return;
    }
    PriorityQueue<Finding> heap =
        kept.computeIfAbsent(f.code(), c -> new PriorityQueue<>(FindingOrder.FINDINGS.reversed()));
    if (heap.size() < maxRepeat) {
      heap.add(f);
    } else if (FindingOrder.FINDINGS.compare(f, heap.peek()) < 0) {
      heap.poll();
      heap.add(f);
    }
  }

  @Override
  public synchronized void report(Finding finding, Throwable cause) {
    report(finding);
    if (cause != null) {
      faultListener.accept(normalise(finding), cause);
    }
  }

  /** @return the input's name */
  public String source() {
    return source;
  }

  /**
   * Ends collection for this input.
   *
   * @param summary what the input held, or {@code null} when validation did not complete
   * @param elapsedMillis wall-clock time spent on the input
   * @return the kept findings, sorted, with the counts
   */
  public InputReport finish(InputSummary summary, long elapsedMillis) {
    return finish(summary, null, elapsedMillis);
  }

  /**
   * Ends collection for this input.
   *
   * @param summary what the input held, or {@code null} when it was not validated as a VOTable
   *     or validation did not complete
   * @param notVotable what the input is when it is no VOTable (a VOSI document), or {@code null}
   * @param elapsedMillis wall-clock time spent on the input
   * @return the kept findings, sorted, with the counts
   */
  public synchronized InputReport finish(InputSummary summary, String notVotable,
      long elapsedMillis) {
    List<Finding> all = new ArrayList<>();
    kept.values().forEach(all::addAll);
    all.sort(FindingOrder.FINDINGS);
    return new InputReport(source, summary, notVotable, all, counts, elapsedMillis);
  }

  /** Fills a missing position or message so that ordering and rendering never meet a null. */
  private Finding normalise(Finding finding) {
    if (finding.position() != null && finding.message() != null) {
      return finding;
    }
    return new Finding(
        finding.code(),
        finding.message() == null ? "" : finding.message(),
        finding.position() == null ? Position.of(source) : finding.position(),
        finding.hint());
  }

  /** @return an unmodifiable snapshot of the counts so far */
  public synchronized Map<Code, Long> counts() {
    return Collections.unmodifiableMap(new EnumMap<>(counts));
  }
}
