package io.github.cloudaccess.validator.cli;

import io.github.cloudaccess.validator.Input;
import io.github.cloudaccess.validator.InputSummary;
import io.github.cloudaccess.validator.ValidatorOptions;
import io.github.cloudaccess.validator.report.Reporter;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Runs the command in-process with captured streams.
 *
 * @param status the exit status
 * @param out what went to standard output
 * @param err what went to standard error
 */
record CliRun(int status, String out, String err) {

  /** The golden and script inputs, relative to the module directory (the tests' working dir). */
  static final String SCRIPTS = "src/test/resources/io/github/cloudaccess/validator/golden/scripts/";
  static final String TREE = "src/test/resources/io/github/cloudaccess/validator/golden/tree";

  static CliRun run(String... args) {
    return with(new ScriptPipeline(), "", Map.of(), args);
  }

  static CliRun with(
      BiFunction<Input, Reporter, InputSummary> pipeline, String stdin, Map<String, String> env,
      String... args) {
    return withFactory(options -> pipeline, stdin, env, args);
  }

  static CliRun withFactory(
      Function<ValidatorOptions, BiFunction<Input, Reporter, InputSummary>> factory,
      String stdin, Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    Main.Environment environment = new Main.Environment(in, env, Path.of("").toAbsolutePath(),
        factory, false);
    int status = new Main(new PrintWriter(out), new PrintWriter(err), environment).run(args);
    return new CliRun(status, out.toString(), err.toString());
  }
}
