package io.github.cloudaccess.validator.stage;

import io.github.cloudaccess.validator.report.Finding;
import io.github.cloudaccess.validator.report.Reporter;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the findings of one worker thread and hands them on in one go: with a million cells and
 * two findings each, taking the shared reporter's lock per finding made the workers queue on it.
 * Not thread-safe; one per thread.
 */
public final class BufferingReporter implements Reporter {

  private final List<Finding> findings = new ArrayList<>();

  @Override
  public void report(Finding finding) {
    findings.add(finding);
  }

  /**
   * Passes every kept finding to {@code target}, holding its monitor once (a {@link
   * SynchronizedReporter} synchronises on itself, so its per-call locking is then uncontended).
   *
   * @param target the shared reporter
   */
  public void flushTo(Reporter target) {
    if (findings.isEmpty()) {
      return;
    }
    synchronized (target) {
      for (Finding f : findings) {
        target.report(f);
      }
    }
    findings.clear();
  }
}
