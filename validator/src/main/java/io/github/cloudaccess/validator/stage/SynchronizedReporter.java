package io.github.cloudaccess.validator.stage;

import io.github.cloudaccess.validator.report.Finding;
import io.github.cloudaccess.validator.report.Reporter;

/**
 * Serialises findings from the parsing thread, STIL's decoding thread and the cloud_access
 * workers into one {@link Reporter}, as the Reporter contract asks of multi-threaded stages.
 */
public final class SynchronizedReporter implements Reporter {

  private final Reporter target;

  /** @param target the reporter to protect */
  public SynchronizedReporter(Reporter target) {
    this.target = target;
  }

  @Override
  public synchronized void report(Finding finding) {
    target.report(finding);
  }

  @Override
  public synchronized void report(Finding finding, Throwable cause) {
    target.report(finding, cause);
  }
}
