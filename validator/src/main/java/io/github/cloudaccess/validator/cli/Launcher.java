package io.github.cloudaccess.validator.cli;

import io.github.cloudaccess.validator.Input;
import io.github.cloudaccess.validator.InputSummary;
import io.github.cloudaccess.validator.ValidatorOptions;
import io.github.cloudaccess.validator.live.LiveValidation;
import io.github.cloudaccess.validator.objects.ObjectStage;
import io.github.cloudaccess.validator.report.Finding;
import io.github.cloudaccess.validator.report.GithubAnnotationWriter;
import io.github.cloudaccess.validator.report.ReportFormat;
import io.github.cloudaccess.validator.report.ReportWriter;
import io.github.cloudaccess.validator.report.Reporter;
import io.github.cloudaccess.validator.report.RunInfo;
import io.github.cloudaccess.validator.report.RunTotals;
import io.github.cloudaccess.validator.report.Tee;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Carries out one parsed command: lists the codes, or resolves the inputs, opens the report
 * destination, runs the validation and maps the verdict to the exit status.
 */
final class Launcher {

  private final Main cmd;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Main.Environment environment;

  Launcher(Main cmd, PrintWriter out, PrintWriter err, Main.Environment environment) {
    this.cmd = cmd;
    this.out = out;
    this.err = err;
    this.environment = environment;
  }

  int launch() {
    if (cmd.listCodes) {
      return CodeLister.list(cmd.format, out, cmd);
    }
    if (cmd.maxRepeat < 0) {
      throw cmd.usage("--maxrepeat must be 0 or more, not " + cmd.maxRepeat);
    }
    if (cmd.inputs.isEmpty()) {
      throw cmd.usage("no input given: name a file, a directory, - for standard input, or a service URL");
    }
    InputResolver resolver = new InputResolver(environment.workingDir(), environment.stdin());
    try {
      List<Input> inputs;
      try {
        inputs = resolver.resolve(cmd.inputs);
      } catch (UsageException e) {
        throw cmd.usage(e.getMessage());
      }
      return validate(inputs);
    } finally {
      for (StdinInput spool : resolver.spools()) {
        try {
          spool.close();
        } catch (IOException e) {
          err.println("validator: could not delete temporary file: " + e.getMessage());
        }
      }
    }
  }

  private int validate(List<Input> inputs) {
    ValidatorOptions options =
        new ValidatorOptions(cmd.profile, cmd.protocol.protocol(), cmd.requireCloud);
    boolean anyService = inputs.stream().anyMatch(i -> i instanceof ServiceInput);
    boolean anyFile = inputs.stream().anyMatch(i -> !(i instanceof ServiceInput));
    boolean liveObjects = anyService && ObjectConfig.wanted(cmd, true);
    boolean fileObjects = anyFile && ObjectConfig.wanted(cmd, false);
    try (ObjectStage objects = liveObjects || fileObjects ? ObjectConfig.open(cmd, environment)
            : null;
        LiveValidation live = anyService ? LiveConfig.open(cmd, environment, options,
            liveObjects ? objects::check : null, this::fault) : null) {
      BiFunction<Input, Reporter, InputSummary> pipeline = environment.pipeline().apply(options);
      ValidationRunner runner = new ValidationRunner(
          fileObjects ? thenObjects(pipeline, objects) : pipeline, cmd.maxRepeat, cmd.failOn,
          this::fault, (url, sink) -> live.run(url, sink));
      return run(runner, inputs);
    } catch (UsageException e) {
      throw cmd.usage(e.getMessage());
    }
  }

  /**
   * The pipeline, then the OBJ stage over the same document, into the same report, when the
   * document is an answer whose rows can be judged: the rule of a live run, so that an unreadable
   * file or a DALI error document gets no object summary of zero references. The pipeline's own
   * pass says so; the document is not read again to learn it.
   */
  private static BiFunction<Input, Reporter, InputSummary> thenObjects(
      BiFunction<Input, Reporter, InputSummary> pipeline, ObjectStage objects) {
    return (input, reporter) -> {
      InputSummary summary = pipeline.apply(input, reporter);
      if (summary == null || !summary.judgeableAnswer()) {
        return summary;
      }
      return summary.withObjects(objects.check(input, reporter));
    };
  }

  private int run(ValidationRunner runner, List<Input> inputs) {
    RunInfo info = new RunInfo(ToolVersion.NAME, ToolVersion.version(), lower(cmd.profile),
        lower(cmd.protocol), cmd.failOn, cmd.maxRepeat);
    PrintWriter report = cmd.output == null ? out : openOutput(cmd.output);
    try {
      RunTotals totals = runner.run(info, inputs, writer(report));
      report.flush();
      if (report.checkError()) {
        // PrintWriter swallows I/O errors: a report cut short must not pass for a clean run.
        err.println("validator: the report could not be written completely");
        return ExitStatus.UNTESTABLE;
      }
      return ExitStatus.of(totals.verdict());
    } finally {
      report.flush();
      if (report != out) {
        report.close();
      }
    }
  }

  /** The chosen format, plus GitHub annotations when running in GitHub Actions. */
  private ReportWriter writer(PrintWriter report) {
    ReportWriter main = cmd.format.writer(report, environment.workingDir());
    boolean github = "true".equalsIgnoreCase(environment.env().get("GITHUB_ACTIONS"));
    if (!github || cmd.githubAnnotations <= 0) {
      return main;
    }
    // Workflow commands must reach the step log; keep them out of a JSON/XML document on stdout.
    boolean stdoutFree = report != out || cmd.format == ReportFormat.TEXT;
    return new Tee(List.of(main, new GithubAnnotationWriter(stdoutFree ? out : err, cmd.githubAnnotations)));
  }

  private PrintWriter openOutput(Path file) {
    try {
      return new PrintWriter(
          Files.newBufferedWriter(environment.workingDir().resolve(file), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw cmd.usage("cannot write --output " + file + ": " + e);
    }
  }

  private void fault(Finding finding, Throwable cause) {
    if (cmd.debug) {
      synchronized (err) {
        err.println("validator: " + finding.code().token() + " in " + finding.position().source() + ":");
        cause.printStackTrace(err);
        err.flush();
      }
    }
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
