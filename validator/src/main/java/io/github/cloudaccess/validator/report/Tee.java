package io.github.cloudaccess.validator.report;

import java.util.List;

/**
 * Sends one report to several writers in order, e.g. the chosen format and GitHub annotations.
 *
 * @param writers the writers, called in list order
 */
public record Tee(List<ReportWriter> writers) implements ReportWriter {

  public Tee {
    writers = List.copyOf(writers);
  }

  @Override
  public void start(RunInfo info) {
    writers.forEach(w -> w.start(info));
  }

  @Override
  public void input(InputReport input) {
    writers.forEach(w -> w.input(input));
  }

  @Override
  public void end(RunTotals totals) {
    writers.forEach(w -> w.end(totals));
  }
}
