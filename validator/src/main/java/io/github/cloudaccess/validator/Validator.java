package io.github.cloudaccess.validator;

import io.github.cloudaccess.validator.report.Reporter;

/**
 * Runs the ordered checking stages (XML, VOT, DAL, SI1/SI2/DLK, CLD) over one input.
 *
 * <p>Bad input never throws: every problem becomes a finding. Only validator faults escape, and
 * the caller reports them as {@code F-RUN-UNEX}.
 */
public final class Validator {

  private final ValidatorOptions options;

  /**
   * @param options the pipeline options
   */
  public Validator(ValidatorOptions options) {
    this.options = options;
  }

  /**
   * Validates one input, streaming, in bounded memory.
   *
   * @param input the response
   * @param reporter receives every finding
   * @return what the input held
   */
  public InputSummary validate(Input input, Reporter reporter) {
    // Placeholder body until the stages land (issue 3); the CLI codes against this signature.
    throw new IllegalStateException("stages not yet wired: " + options);
  }
}
