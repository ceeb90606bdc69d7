package io.github.cloudaccess.client.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code reference-client} command: {@code fetch} downloads records' files, {@code plan}
 * prints their routes. Exit status: 0 every requested file present and verified (or, for
 * {@code plan}, every record has a route), 1 some failed, 2 usage error.
 */
@Command(
    name = "reference-client",
    mixinStandardHelpOptions = true,
    version = "cloud-access-reference-client 0.1.0",
    description = "Plans cloud_access routes for VOTable records and downloads their files safely.",
    footer = {"", "Exit status: 0 all files present and verified, 1 some failed, 2 usage error."})
public final class Main implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: fetch or plan");
  }

  /**
   * @param args the arguments
   * @param ctx injected streams and environment
   * @return the exit status
   */
  public static int run(String[] args, CliContext ctx) {
    CommandLine cl = new CommandLine(new Main())
        .addSubcommand("fetch", new FetchCommand(ctx))
        .addSubcommand("plan", new PlanCommand(ctx));
    cl.setOut(ctx.out());
    cl.setErr(ctx.err());
    int code = cl.execute(args);
    ctx.out().flush();
    ctx.err().flush();
    return code;
  }

  /** @param args the arguments */
  public static void main(String[] args) {
    Map<String, String> env = System.getenv();
    CliContext ctx = new CliContext(new PrintWriter(System.out, true), new PrintWriter(System.err, true), env,
        Path.of(System.getProperty("user.home", ".")), System.console() != null);
    System.exit(run(args, ctx));
  }
}
