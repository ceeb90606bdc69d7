package io.github.cloudaccess.validator.live;

import io.github.cloudaccess.validator.cli.Main;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs the command in-process (the real pipeline, injected streams) and reads the codes back
 * from the text report's {@code Counts} lines: every code counted, kept or not.
 *
 * @param status the exit status
 * @param out standard output
 * @param err standard error
 * @param millis wall-clock time of the run
 */
record LiveCli(int status, String out, String err, long millis) {

  /**
   * Runs the command; the cloud objects the in-test services name (on AWS, and behind access
   * URLs at data.example.invalid) are not checked unless the arguments ask with
   * {@code --reachability}.
   *
   * @param args the arguments
   * @return the run
   */
  static LiveCli run(String... args) {
    if (java.util.Arrays.stream(args).noneMatch(a -> a.contains("reachability"))) {
      String[] more = java.util.Arrays.copyOf(args, args.length + 1);
      more[args.length] = "--no-reachability";
      args = more;
    }
    return runAsGiven(args);
  }

  /**
   * @param args the arguments, used as given (object checks on by default for a live run)
   * @return the run
   */
  static LiveCli runAsGiven(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    long start = System.nanoTime();
    int status = new Main(new PrintWriter(out), new PrintWriter(err), InputStream.nullInputStream())
        .run(args);
    return new LiveCli(status, out.toString(), err.toString(),
        (System.nanoTime() - start) / 1_000_000);
  }

  /** @return every code counted in the report */
  Set<String> codes() {
    Set<String> all = new TreeSet<>();
    bySource().values().forEach(all::addAll);
    return all;
  }

  /** @return per report section (request URL), the codes counted, in report order */
  Map<String, Set<String>> bySource() {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (String line : this.out.lines().toList()) {
      if (!line.startsWith("Counts ")) {
        continue;
      }
      int sep = line.lastIndexOf(": ");
      Set<String> codes = new TreeSet<>();
      for (String part : line.substring(sep + 2).split("; ")) {
        if (!part.equals("none")) {
          codes.add(part.substring(0, part.indexOf(' ')));
        }
      }
      out.computeIfAbsent(line.substring("Counts ".length(), sep), k -> new TreeSet<>())
          .addAll(codes);
    }
    return out;
  }

  /**
   * @param fragment part of a request URL
   * @return the codes of the sections whose URL contains it
   */
  Set<String> codesAt(String fragment) {
    Set<String> out = new TreeSet<>();
    bySource().forEach((src, codes) -> {
      if (src.contains(fragment)) {
        out.addAll(codes);
      }
    });
    return out;
  }

  @Override
  public String toString() {
    return "exit " + status + " in " + millis + " ms\n" + out + err;
  }
}
