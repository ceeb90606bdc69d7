package io.github.cloudaccess.validator.cli;

import io.github.cloudaccess.schema.Profile;
import io.github.cloudaccess.validator.Input;
import io.github.cloudaccess.validator.InputSummary;
import io.github.cloudaccess.validator.Validator;
import io.github.cloudaccess.validator.ValidatorOptions;
import io.github.cloudaccess.validator.reach.ListingMode;
import io.github.cloudaccess.validator.report.FailOn;
import io.github.cloudaccess.validator.report.ReportFormat;
import io.github.cloudaccess.validator.report.Reporter;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code validator} command: parses options and hands over to {@link Launcher}.
 *
 * <p>Output streams, standard input, the environment, the working directory and the pipeline are
 * injected, so tests run the command in-process; {@code System.exit} appears only in
 * {@link #main}.
 */
@Command(
    name = "validator",
    mixinStandardHelpOptions = true,
    versionProvider = ToolVersion.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Validates IVOA SIA 1.0/2.0 and DataLink VOTable responses and their cloud_access column.",
      "An <input> is a file, a directory (its *.xml, *.vot and *.votable files, recursively, in"
          + " sorted order), - for standard input, or a service URL (http:// or https://: an SIA"
          + " 1.0 base URL, an SIA 2.0 {query} URL or service root, or a full query URL), which"
          + " is validated live: one report section per request sent."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:no error (warnings allowed unless --fail-on warning)",
      "1:errors found (or warnings, with --fail-on warning)",
      "2:usage error (bad option, no input, unwritable --output, unusable --record/--replay)",
      "3:could not test: F findings but no error (unreadable input, validator fault, timeout"
          + " or size cap of the validator), or the report could not be written"
    })
public final class Main implements Callable<Integer> {

  @Parameters(paramLabel = "<input>", arity = "0..*",
      description = "File, directory, - or service URL.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Report format: text, json, junit or sarif (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the report to FILE; standard output then gets nothing.")
  Path output;

  @Option(names = "--maxrepeat", paramLabel = "N", defaultValue = "9",
      description = "Findings shown per code and input; the rest are counted (default: ${DEFAULT-VALUE}).")
  int maxRepeat;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
      description = "error or warning: the lowest severity that fails (default: ${DEFAULT-VALUE}).")
  FailOn failOn;

  @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "lenient",
      description = "cloud_access schema profile: lenient or strict (default: ${DEFAULT-VALUE}).")
  Profile profile;

  @Option(names = "--protocol", paramLabel = "PROTOCOL", defaultValue = "auto",
      description = "auto, sia1, sia2 or datalink (default: ${DEFAULT-VALUE}: detect it).")
  ProtocolOption protocol;

  @Option(names = "--pos", paramLabel = "RA,DEC",
      description = "Live: centre of the legal query, ICRS degrees (default: from the service's"
          + " metadata, else a sample row, else M31).")
  String pos;

  @Option(names = "--size", paramLabel = "DEG",
      description = "Live: size of the legal query in degrees (SIA 1.0 SIZE; SIA 2.0 circle"
          + " diameter; default: from the service's metadata, else 0.2).")
  Double size;

  @Option(names = "--datalink-sample", paramLabel = "N", defaultValue = "10",
      description = "Live: rows of the legal query whose DataLink {links} are fetched and"
          + " validated (default: ${DEFAULT-VALUE}; 0: none).")
  int datalinkSample;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
      description = "Live: longest time for one request, redirects and retries included"
          + " (default: ${DEFAULT-VALUE}).")
  double timeout;

  @Option(names = "--max-bytes", paramLabel = "SIZE", defaultValue = "1G",
      description = "Live: largest response body, as received and after decompression; suffix"
          + " K, M or G for KiB, MiB, GiB (default: ${DEFAULT-VALUE}).")
  String maxBytes;

  @Option(names = "--record", paramLabel = "DIR",
      description = "Live: write every HTTP exchange to DIR (new or empty) for --replay.")
  Path record;

  @Option(names = "--replay", paramLabel = "DIR",
      description = "Live: answer every request from a --record directory, without network.")
  Path replay;

  @Option(names = "--reachability", negatable = true,
      description = "Check every cloud object named by cloud_access: exists, readable as its"
          + " access says, in the declared region, the same as access_url's copy (default: on"
          + " for service URLs, off for files and with --replay).")
  Boolean reachability;

  @Option(names = "--s3-endpoint", paramLabel = "URL",
      description = "Objects: send S3 requests to this S3-compatible endpoint (path-style)"
          + " instead of AWS.")
  URI s3Endpoint;

  @Option(names = "--gcs-endpoint", paramLabel = "URL",
      description = "Objects: Google Cloud Storage base URL (default: https://storage.googleapis.com).")
  URI gcsEndpoint;

  @Option(names = "--azure-endpoint", paramLabel = "URL",
      description = "Objects: Azure Blob base URL; the account becomes the first path segment"
          + " (default: https://<account>.blob.core.windows.net).")
  URI azureEndpoint;

  @Option(names = "--in-region",
      description = "Objects: the validator runs in the buckets' region, so access=region objects"
          + " must be readable anonymously.")
  boolean inRegion;

  @Option(names = "--sample", paramLabel = "N", defaultValue = "0",
      description = "Objects: check a random sample of N cloud locations (default: all, up to"
          + " --max-objects).")
  int sample;

  @Option(names = "--sample-seed", paramLabel = "N", defaultValue = "1",
      description = "Objects: seed of --sample, to repeat a run (default: ${DEFAULT-VALUE}).")
  long sampleSeed;

  @Option(names = "--max-objects", paramLabel = "N", defaultValue = "10000",
      description = "Objects: check at most N cloud locations per response; the rest are"
          + " counted (default: ${DEFAULT-VALUE}).")
  int maxObjects;

  @Option(names = "--concurrency", paramLabel = "N", defaultValue = "16",
      description = "Objects: requests in flight at most (default: ${DEFAULT-VALUE}; at most 8"
          + " per host).")
  int concurrency;

  @Option(names = "--listing", paramLabel = "MODE", defaultValue = "auto",
      description = "Objects: auto (list a bucket prefix where that needs fewer requests than"
          + " one HEAD per key) or never (default: ${DEFAULT-VALUE}).")
  ListingMode listing;

  @Option(names = "--compare", paramLabel = "N|all", defaultValue = "1000",
      description = "Objects: fetch access_url and compare it with the cloud copy (reachable,"
          + " size, first FITS block, checksum, type) for the first N checked locations of each"
          + " response; the others are held to the row's own figures only, and may be settled"
          + " by listing (default: ${DEFAULT-VALUE}; 0: none; all: every one).")
  String compare;

  @Option(names = "--require-cloud",
      description = "Report a response without a cloud_access column as an error.")
  boolean requireCloud;

  @Option(names = "--list-codes",
      description = "List every code (token, title, spec, status) and exit; --format json for JSON.")
  boolean listCodes;

  @Option(names = "--github-annotations", paramLabel = "N", defaultValue = "10",
      description = "When GITHUB_ACTIONS=true, also print GitHub annotations for the first N errors"
          + " and N warnings (default: ${DEFAULT-VALUE}; 0: none).")
  int githubAnnotations;

  @Option(names = "--debug", description = "Print stack traces of validator faults to standard error.")
  boolean debug;

  @Spec CommandSpec spec;

  private final PrintWriter out;
  private final PrintWriter err;
  private final Environment environment;

  /**
   * @param out standard output
   * @param err standard error
   * @param stdin standard input
   */
  public Main(PrintWriter out, PrintWriter err, InputStream stdin) {
    this(out, err, stdin, System.getenv());
  }

  /**
   * A command with its own environment variables, for programs that run it in-process (the
   * reference server's demo): {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY},
   * {@code AWS_SESSION_TOKEN}, {@code AWS_PROFILE}, {@code AWS_SHARED_CREDENTIALS_FILE} give the
   * keys for {@code restricted} objects; {@code GITHUB_ACTIONS} the annotations.
   *
   * @param out standard output
   * @param err standard error
   * @param stdin standard input
   * @param env the environment variables
   */
  public Main(PrintWriter out, PrintWriter err, InputStream stdin, Map<String, String> env) {
    this(out, err, new Environment(stdin, Map.copyOf(env), Path.of("").toAbsolutePath(),
        options -> new Validator(options)::validate, false));
  }

  /**
   * @param out standard output
   * @param err standard error
   * @param environment everything else the command reads from its surroundings
   */
  Main(PrintWriter out, PrintWriter err, Environment environment) {
    this.out = out;
    this.err = err;
    this.environment = environment;
  }

  /**
   * The command's surroundings, injected for tests.
   *
   * @param stdin standard input
   * @param env the environment variables ({@code GITHUB_ACTIONS})
   * @param workingDir relative paths resolve against it; SARIF URIs are relative to it
   * @param pipeline makes the validation function from the options (normally a {@link Validator});
   *     live validation sends every fetched body through it too
   * @param terminal the process has a terminal (standard input and output) on which a progress
   *     bar may be drawn
   */
  record Environment(
      InputStream stdin,
      Map<String, String> env,
      Path workingDir,
      Function<ValidatorOptions, BiFunction<Input, Reporter, InputSummary>> pipeline,
      boolean terminal) {}

  /**
   * Runs the command once.
   *
   * @param args the arguments
   * @return the exit status (see {@link ExitStatus})
   */
  public int run(String... args) {
    CommandLine cl = new CommandLine(this);
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(
        (e, parsedArgs) -> {
          // One line saying what is wrong beats a screenful of usage that hides it.
          err.println("validator: " + e.getMessage());
          err.println("Try 'validator --help' for the options and exit statuses.");
          return ExitStatus.USAGE;
        });
    cl.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          err.println("validator: internal error: " + e);
          if (debug) {
            e.printStackTrace(err);
          }
          return ExitStatus.UNTESTABLE;
        });
    int status = cl.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  @Override
  public Integer call() {
    return new Launcher(this, out, err, environment).launch();
  }

  /** Turns a usage problem found after parsing into picocli's usage error (exit status 2). */
  ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /**
   * The one place that exits the JVM.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    /* Process-wide and read once by the JDK, so set here, before any HTTP use, and never by the
       command itself: a program running it in-process keeps its JVM as it was. */
    KeepAlive.raise(ObjectConfig.PER_HOST);
    Map<String, String> env = System.getenv();
    // A bar only for a person watching: not in a pipe, not in a CI log.
    boolean terminal = System.console() != null && env.get("CI") == null;
    System.exit(new Main(writer(System.out), writer(System.err), new Environment(System.in, env,
        Path.of("").toAbsolutePath(), options -> new Validator(options)::validate, terminal))
        .run(args));
  }

  private static PrintWriter writer(OutputStream stream) {
    return new PrintWriter(
        new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), false);
  }
}
