package io.github.cloudaccess.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The {@code demo} subcommand, in-process: it starts its own server, validates it live with the
 * objects checked in its embedded S3, prints the text report and exits with the validator's
 * status. Codes are read from the report's line tokens, never from message text.
 */
class DemoTest {

  /** A finding line of the text report starts with its code and a per-code number. */
  private static final Pattern FINDING =
      Pattern.compile("(?m)^([EWISF]-[A-Z0-9]{3}-[A-Z0-9]{4})-\\d+ ");

  /**
   * @param exit the exit status
   * @param out standard output (the report)
   * @param err standard error (progress lines)
   */
  record Run(int exit, String out, String err) {

    Set<String> codes() {
      Set<String> s = new TreeSet<>();
      Matcher m = FINDING.matcher(out);
      while (m.find()) {
        s.add(m.group(1));
      }
      return s;
    }

    String describe() {
      return "exit " + exit + "\ncodes " + codes() + "\nstderr " + err;
    }
  }

  private static Run demo(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 1];
    all[0] = "demo";
    System.arraycopy(args, 0, all, 1, args.length);
    int exit = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true),
        new CountDownLatch(1)).execute(all);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void theCleanServerPassesWithItsObjectsChecked() {
    Run r = demo();
    assertThat(r.exit()).as(r.describe()).isZero();
    assertThat(r.codes()).as(r.describe()).contains("S-OBJ-SUMM", "S-CLD-SUMM", "I-OBJ-REGN")
        .noneMatch(c -> c.startsWith("E-") || c.startsWith("W-") || c.startsWith("F-"));
  }

  @Test
  void aMissingObjectFails() {
    Run r = demo("--defect", "missing-object");
    assertThat(r.exit()).as(r.describe()).isEqualTo(1);
    assertThat(r.codes()).as(r.describe()).contains("E-OBJ-NOEX", "S-OBJ-SUMM");
  }

  @Test
  void anUnknownDefectIsAUsageError() {
    assertThat(demo("--defect", "nope").exit()).isEqualTo(2);
  }
}
