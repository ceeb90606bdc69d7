package io.github.cloudaccess.server;

import io.github.cloudaccess.server.demo.ValidatorRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the validator in-process, live against the shared server (objects through its S3
 * endpoint, with its keys), and reads the JSON report: codes, never message text.
 */
final class LiveValidator {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /**
   * What one run gave.
   *
   * @param exit the validator's exit status
   * @param codes every code reported, over all requests of the run
   * @param report the JSON report (null when the run wrote none, e.g. a usage error)
   * @param stderr what the validator wrote to standard error
   * @param args the arguments it was run with (for failure messages)
   */
  record Outcome(int exit, Set<String> codes, JsonNode report, String stderr, List<String> args) {

    /** @return the E codes */
    Set<String> errors() {
      return withPrefix("E-");
    }

    /** @return the codes whose token starts with this severity letter and dash */
    Set<String> withPrefix(String prefix) {
      Set<String> s = new TreeSet<>();
      codes.stream().filter(c -> c.startsWith(prefix)).forEach(s::add);
      return s;
    }

    /** @return the per-request summaries (SIA/DataLink documents only) */
    List<JsonNode> summaries() {
      List<JsonNode> out = new ArrayList<>();
      for (JsonNode input : report.path("inputs")) {
        if (input.path("summary").isObject()) {
          out.add(input.path("summary"));
        }
      }
      return out;
    }

    /** @return a failure description: the arguments, exit status, codes and stderr */
    String describe() {
      return "validator " + String.join(" ", args) + "\nexit " + exit + "\ncodes " + codes
          + (stderr.isBlank() ? "" : "\nstderr " + stderr);
    }
  }

  private LiveValidator() {}

  /**
   * @param pathAndQuery the service URL relative to the server's base (already encoded)
   * @param options validator options besides the endpoint override and the format
   * @return the outcome
   */
  static Outcome run(String pathAndQuery, String... options) {
    RunningServer server = SharedServer.get();
    List<String> opts = new ArrayList<>(List.of("--format", "json"));
    opts.addAll(List.of(options));
    ValidatorRun run = ValidatorRun.against(server,
        URI.create(server.baseUri() + pathAndQuery), opts);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = run.run(new PrintWriter(out), new PrintWriter(err));
    JsonNode report = out.toString().isBlank() ? null : JSON.readTree(out.toString());
    Set<String> codes = new TreeSet<>();
    if (report != null) {
      for (JsonNode input : report.path("inputs")) {
        codes.addAll(input.path("counts").propertyNames());
      }
    }
    return new Outcome(exit, codes, report, err.toString(), run.args());
  }
}
