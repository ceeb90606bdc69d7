package io.github.cloudaccess.server.demo;

import io.github.cloudaccess.server.ReferenceServer;
import io.github.cloudaccess.server.RunningServer;
import io.github.cloudaccess.server.ServerConfig;
import io.github.cloudaccess.server.cloud.CellEncoding;
import io.github.cloudaccess.server.cloud.Defect;
import io.github.cloudaccess.server.cloud.Form;
import io.github.cloudaccess.server.cloud.Placement;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code demo} subcommand: starts the server and its embedded S3 on loopback, validates the
 * SIA 2.0 service live in-process (objects included, through the endpoint override and the
 * store's generated keys), prints the report, stops the server and returns the validator's exit
 * status. Needs no network beyond loopback and no credentials of the user.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Starts the reference server on loopback, validates it live with the"
        + " cloud_access validator (objects checked in the embedded S3 store), prints the"
        + " report and exits with the validator's status.",
        "Progress lines go to standard error; standard output is the report."},
    exitCodeListHeading = "%nExit status (the validator's):%n",
    exitCodeList = {"0:no error", "1:errors found (expected with most --defect modes)",
        "2:usage error", "3:could not test (or the server did not start)"})
public final class DemoCommand implements Callable<Integer> {

  /**
   * Centre and diameter of the validator's legal query: the 40-degree-radius circle at
   * (185, +10) holds 19 records of all four collections, so the report meets open objects in
   * two regions, region and restricted ones, and a null cell; it holds none of the cold copies
   * (access none, which the validator rightly warns about), so a clean run shows no warning.
   */
  public static final List<String> DEMO_SKY = List.of("--pos", "185,10", "--size", "80");

  /** Exit status when the server cannot start: the validator's "could not test". */
  static final int NOT_STARTED = 3;

  @Option(names = "--defect", paramLabel = "NAME",
      description = "Serve with this defect (see --list-defects of the main command; default"
          + " ${DEFAULT-VALUE}).")
  String defect = "none";

  @Option(names = "--encoding", description = "escaped | cdata | binary2 (default ${DEFAULT-VALUE})")
  String encoding = "escaped";

  @Option(names = "--form", description = "list | dict (default ${DEFAULT-VALUE})")
  String form = "list";

  @Option(names = "--placement",
      description = "discovery | datalink | both (default ${DEFAULT-VALUE})")
  String placement = "discovery";

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Report format, passed to the validator: text, json, junit or sarif"
          + " (default ${DEFAULT-VALUE}).")
  String format = "text";

  @Option(names = "--corpus", description = "test-corpus directory (default: found from cwd)")
  Path corpus;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private final PrintWriter out;
  private final PrintWriter err;

  /**
   * @param out receives the report
   * @param err receives the progress lines
   */
  public DemoCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    ServerConfig config = ServerConfig.defaults()
        .withEncoding(parse(CellEncoding.fromWire(encoding), "--encoding", encoding))
        .withForm(parse(Form.fromWire(form), "--form", form))
        .withPlacement(parse(Placement.fromWire(placement), "--placement", placement))
        .withDefect(parse(Defect.fromWire(defect), "--defect", defect))
        .withCorpusDir(corpus);
    long start = System.nanoTime();
    RunningServer server;
    try {
      server = ReferenceServer.start(config);
    } catch (Exception e) {
      err.println("demo: the reference server could not start: " + e);
      err.flush();
      return NOT_STARTED;
    }
    int status = NOT_STARTED;
    try (server) {
      err.printf(Locale.ROOT, "demo: reference server %s (%d records; encoding %s, form %s,"
          + " placement %s, defect %s), S3 store %s with generated keys; started in %d ms%n",
          server.baseUri(), server.catalogue().size(), encoding, form, placement, defect,
          server.s3Endpoint(), server.startupTimes().totalMs());
      err.println("demo: validating " + server.sia2Uri() + " live, objects included");
      err.flush();
      status = ValidatorRun.against(server, server.sia2Uri(),
          Stream.concat(Stream.of("--format", format), DEMO_SKY.stream()).toList())
          .run(out, err);
    } catch (Exception e) {
      // Only close() can throw here: the report is out, so the validator's verdict stands.
      err.println("demo: stopping the server failed: " + e);
    }
    err.printf(Locale.ROOT, "demo: done in %.1f s; validator exit status %d (0 = no error)%n",
        (System.nanoTime() - start) / 1e9, status);
    out.flush();
    err.flush();
    return status;
  }

  private <T> T parse(Optional<T> value, String option, String given) {
    return value.orElseThrow(() -> new CommandLine.ParameterException(
        spec.commandLine(), "unknown value for " + option + ": " + given));
  }
}
