package io.github.cloudaccess.validator.cli;

import io.github.cloudaccess.validator.Input;
import io.github.cloudaccess.validator.InputSummary;
import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.report.FailOn;
import io.github.cloudaccess.validator.report.Finding;
import io.github.cloudaccess.validator.report.InputCollector;
import io.github.cloudaccess.validator.report.InputReport;
import io.github.cloudaccess.validator.report.Position;
import io.github.cloudaccess.validator.report.ReportWriter;
import io.github.cloudaccess.validator.report.Reporter;
import io.github.cloudaccess.validator.report.RunInfo;
import io.github.cloudaccess.validator.report.RunTotals;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * Runs the checking pipeline over each input in turn and streams each input's report section.
 *
 * <p>The pipeline is a seam ({@code BiFunction<Input, Reporter, InputSummary>}, normally
 * {@code Validator::validate}) so the command can be tested without the stages. Bad input never
 * stops the run: an input that cannot be opened, and a runtime exception escaping the pipeline,
 * each become an F finding for that input, and the run goes on with the next one.
 */
public final class ValidationRunner {

  /** The code for an input that cannot be opened (the one the pipeline uses for read errors). */
  static final Code UNREADABLE = Code.F_RUN_READ;

  private final BiFunction<Input, Reporter, InputSummary> pipeline;
  private final int maxRepeat;
  private final FailOn failOn;
  private final BiConsumer<Finding, Throwable> faultListener;

  /**
   * @param pipeline validates one input, reporting into the given reporter
   * @param maxRepeat findings kept per code and input
   * @param failOn the failure threshold
   * @param faultListener told of each validator fault with its cause (for {@code --debug})
   */
  public ValidationRunner(
      BiFunction<Input, Reporter, InputSummary> pipeline,
      int maxRepeat,
      FailOn failOn,
      BiConsumer<Finding, Throwable> faultListener) {
    this.pipeline = pipeline;
    this.maxRepeat = maxRepeat;
    this.failOn = failOn;
    this.faultListener = faultListener;
  }

  /**
   * @param info the run's settings, for the report header
   * @param inputs the inputs, validated in order
   * @param writer receives the report
   * @return the run's totals
   */
  public RunTotals run(RunInfo info, List<Input> inputs, ReportWriter writer) {
    writer.start(info);
    RunTotals totals = RunTotals.EMPTY;
    for (Input input : inputs) {
      InputReport report = validate(input);
      writer.input(report);
      totals = totals.plus(report, failOn);
    }
    writer.end(totals);
    return totals;
  }

  /**
   * @param input one input
   * @return its report: findings, counts and summary (null if the pipeline did not finish)
   */
  public InputReport validate(Input input) {
    InputCollector collector = new InputCollector(input.name(), maxRepeat, faultListener);
    long start = System.nanoTime();
    InputSummary summary = null;
    if (readable(input, collector)) {
      try {
        summary = pipeline.apply(input, collector);
      } catch (RuntimeException | StackOverflowError e) {
        // A validator fault, not the input's: report it and carry on with the next input.
        collector.report(
            new Finding(Code.F_RUN_UNEX, "internal validator error: " + e, Position.of(input.name()),
                "rerun with --debug for the stack trace, and report it with the input"),
            e);
      }
    }
    return collector.finish(summary, (System.nanoTime() - start) / 1_000_000);
  }

  private static boolean readable(Input input, Reporter reporter) {
    try (InputStream in = input.open()) {
      return true;
    } catch (IOException e) {
      reporter.report(new Finding(UNREADABLE, "cannot read input: " + describe(e),
          Position.of(input.name()), "check the path and its permissions"));
      return false;
    }
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
