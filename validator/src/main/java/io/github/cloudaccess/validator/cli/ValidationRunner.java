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
import java.util.function.Consumer;

/**
 * Runs the checking pipeline over each input in turn and streams each input's report section.
 *
 * <p>The pipeline is a seam ({@code BiFunction<Input, Reporter, InputSummary>}, normally
 * {@code Validator::validate}) so the command can be tested without the stages. Bad input never
 * stops the run: an input that cannot be opened, and a runtime exception escaping the pipeline,
 * each become an F finding for that input, and the run goes on with the next one. A
 * {@link ServiceInput} is handed to the live validation, which gives one report per request.
 */
public final class ValidationRunner {

  /** The code for an input that cannot be opened (the one the pipeline uses for read errors). */
  static final Code UNREADABLE = Code.F_RUN_READ;

  private final BiFunction<Input, Reporter, InputSummary> pipeline;
  private final int maxRepeat;
  private final FailOn failOn;
  private final BiConsumer<Finding, Throwable> faultListener;
  private final BiConsumer<String, Consumer<InputReport>> live;

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
    this(pipeline, maxRepeat, failOn, faultListener, (url, sink) -> {
      throw new IllegalStateException("no live validation configured for " + url);
    });
  }

  /**
   * @param pipeline validates one input, reporting into the given reporter
   * @param maxRepeat findings kept per code and input
   * @param failOn the failure threshold
   * @param faultListener told of each validator fault with its cause (for {@code --debug})
   * @param live validates a service URL, handing on one report per request
   */
  public ValidationRunner(
      BiFunction<Input, Reporter, InputSummary> pipeline,
      int maxRepeat,
      FailOn failOn,
      BiConsumer<Finding, Throwable> faultListener,
      BiConsumer<String, Consumer<InputReport>> live) {
    this.pipeline = pipeline;
    this.maxRepeat = maxRepeat;
    this.failOn = failOn;
    this.faultListener = faultListener;
    this.live = live;
  }

  /**
   * @param info the run's settings, for the report header
   * @param inputs the inputs, validated in order
   * @param writer receives the report
   * @return the run's totals
   */
  public RunTotals run(RunInfo info, List<Input> inputs, ReportWriter writer) {
    writer.start(info);
    RunTotals[] totals = {RunTotals.EMPTY};
    Consumer<InputReport> sink = report -> {
      writer.input(report);
      totals[0] = totals[0].plus(report, failOn);
    };
    for (Input input : inputs) {
      if (input instanceof ServiceInput service) {
        live.accept(service.name(), sink);
      } else {
        sink.accept(validate(input));
      }
    }
    writer.end(totals[0]);
    return totals[0];
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
