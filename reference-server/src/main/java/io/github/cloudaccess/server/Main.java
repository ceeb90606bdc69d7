package io.github.cloudaccess.server;

import io.github.cloudaccess.server.cloud.CellEncoding;
import io.github.cloudaccess.server.cloud.Defect;
import io.github.cloudaccess.server.cloud.Form;
import io.github.cloudaccess.server.cloud.Placement;
import io.github.cloudaccess.server.demo.DemoCommand;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the reference server by hand:
 * {@code java -jar reference-server/target/reference-server.jar --port 0 --defect raw-ampersand}.
 * Exit status: 0 after a clean shutdown (or --help/--list-defects), 1 when it could not start,
 * 2 for a usage error. The {@code demo} subcommand ({@link DemoCommand}) validates a fresh server
 * live and exits with the validator's status instead.
 */
@Command(name = "reference-server", mixinStandardHelpOptions = true,
    description = {"SIA 1.0 / SIA 2.0 / DataLink reference service for cloud_access, with its "
        + "products in an embedded S3 store. Runs until interrupted.",
        "'reference-server demo [--defect NAME]' instead starts it, validates it live (objects"
        + " included) and exits with the validator's status; see 'demo --help'."},
    version = "cloud_access reference-server 0.1.0")
public final class Main implements Callable<Integer> {

  @Option(names = "--host", description = "address to bind (default ${DEFAULT-VALUE})")
  String host = "127.0.0.1";

  @Option(names = "--port", description = "HTTP port, 0 = any free port (default ${DEFAULT-VALUE})")
  int port = 0;

  @Option(names = "--threads", description = "HTTP worker threads (default ${DEFAULT-VALUE})")
  int threads = 8;

  @Option(names = "--encoding", description = "escaped | cdata | binary2 (default escaped)")
  String encoding = "escaped";

  @Option(names = "--form", description = "list | dict (default list)")
  String form = "list";

  @Option(names = "--placement", description = "discovery | datalink | both (default discovery)")
  String placement = "discovery";

  @Option(names = "--defect", description = "inject a defect (see --list-defects; default none)")
  String defect = "none";

  @Option(names = "--corpus", description = "test-corpus directory (default: found from cwd)")
  Path corpus;

  @Option(names = "--list-defects", description = "print the defect modes and their codes")
  boolean listDefects;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private final PrintWriter out;
  private final CountDownLatch stop;

  Main(PrintWriter out, CountDownLatch stop) {
    this.out = out;
    this.stop = stop;
  }

  /** Entry point; the only place that exits the JVM. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(
        new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(
        new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
    System.exit(commandLine(out, err, new CountDownLatch(1)).execute(args));
  }

  /**
   * @param out standard output (the server's announcements; the demo's report)
   * @param err standard error (usage errors; the demo's progress lines)
   * @param stop counted down to stop a running server
   * @return the command with its {@code demo} subcommand, ready to execute
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, CountDownLatch stop) {
    CommandLine cl = new CommandLine(new Main(out, stop));
    cl.addSubcommand("demo", new DemoCommand(out, err));
    cl.setOut(out);
    cl.setErr(err);
    return cl;
  }

  @Override
  public Integer call() throws Exception {
    if (listDefects) {
      for (Defect d : Defect.values()) {
        out.printf(Locale.ROOT, "%-22s %-40s %s%n", d.wireName(), String.join(" ", d.codes()),
            d.summary());
      }
      return 0;
    }
    ServerConfig config = ServerConfig.defaults().withHost(host).withPort(port)
        .withThreads(threads)
        .withEncoding(parse(CellEncoding.fromWire(encoding), "--encoding", encoding))
        .withForm(parse(Form.fromWire(form), "--form", form))
        .withPlacement(parse(Placement.fromWire(placement), "--placement", placement))
        .withDefect(parse(Defect.fromWire(defect), "--defect", defect))
        .withCorpusDir(corpus);
    RunningServer server;
    try {
      server = ReferenceServer.start(config);
    } catch (Exception e) {
      out.println("reference-server: could not start: " + e);
      return 1;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stop.countDown();
      try {
        server.close();
      } catch (Exception ignored) {
        // Shutting down anyway.
      }
    }));
    StartupTimes t = server.startupTimes();
    out.printf(Locale.ROOT, "reference-server listening on %s (started in %d ms: catalogue %d,"
        + " s3 start %d, s3 load %d, http %d)%n", server.baseUri(), t.totalMs(), t.catalogueMs(),
        t.s3StartMs(), t.s3LoadMs(), t.httpMs());
    out.println("  SIA 1.0   " + server.sia1Uri());
    out.println("  SIA 2.0   " + server.sia2Uri());
    out.println("  DataLink  " + server.datalinkUri());
    out.println("  VOSI      " + server.capabilitiesUri());
    out.println("  S3        " + server.s3Endpoint() + " (path-style; access key id "
        + server.s3Credentials().accessKeyId() + ", secret "
        + server.s3Credentials().secretAccessKey() + ")");
    out.println("  records   " + server.catalogue().size() + "; encoding " + encoding + ", form "
        + form + ", placement " + placement + ", defect " + defect);
    stop.await();
    server.close();
    return 0;
  }

  private <T> T parse(java.util.Optional<T> value, String option, String given) {
    return value.orElseThrow(() -> new CommandLine.ParameterException(
        spec.commandLine(), "unknown value for " + option + ": " + given));
  }
}
