package io.github.cloudaccess.client.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the command line reads from its surroundings, injected so tests control it.
 *
 * @param out standard output
 * @param err standard error
 * @param env the process environment
 * @param home the user's home directory
 * @param terminal true when attached to an interactive console
 */
public record CliContext(PrintWriter out, PrintWriter err, Map<String, String> env, Path home, boolean terminal) {

  /** @return true when a progress bar should be drawn: a console, and not in CI */
  public boolean progressWanted() {
    return terminal && !"true".equalsIgnoreCase(env.getOrDefault("CI", "").strip());
  }
}
