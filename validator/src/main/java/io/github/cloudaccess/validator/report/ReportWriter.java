package io.github.cloudaccess.validator.report;

/**
 * Writes a report as the run goes, one input at a time (after taplint's section-aware
 * {@code OutputReporter}): {@link #start}, then {@link #input} per input, then {@link #end}.
 *
 * <p>Each input's findings are already bounded by the collector, so a writer that must buffer
 * (SARIF puts the rule table before the results) holds at most maxrepeat findings per code and
 * input.
 */
public interface ReportWriter {

  /**
   * Begins the report.
   *
   * @param info the run's settings
   */
  void start(RunInfo info);

  /**
   * Writes one input's section.
   *
   * @param input the input's findings and summary
   */
  void input(InputReport input);

  /**
   * Ends the report and flushes it.
   *
   * @param totals the totals over all inputs
   */
  void end(RunTotals totals);
}
