package io.github.cloudaccess.validator.cli;

import static io.github.cloudaccess.validator.cli.CliRun.SCRIPTS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.validator.report.CodeCatalogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files for the reports people read (style guideline 13): each case runs the command and
 * compares its whole output with {@code golden/<case>.expected.txt|json}.
 *
 * <p>The tool version and the registry announcement are replaced by placeholders, so a release or
 * a new code does not touch every golden file. Run with {@code -Dcloudaccess.regenerate=true} to
 * rewrite the files after an intended change, then review the diff.
 */
class GoldenTest {

  static final String GOLDEN = "src/test/resources/io/github/cloudaccess/validator/golden/";

  /**
   * One golden case.
   *
   * @param file the expected file's name in the golden directory
   * @param status the expected exit status
   * @param args the command's arguments
   */
  record Case(String file, int status, List<String> args) {}

  private static final String ALL =
      SCRIPTS + "clean.xml " + SCRIPTS + "errors.xml " + SCRIPTS + "warnings.xml "
          + SCRIPTS + "crash.xml " + SCRIPTS + "untestable.xml";

  static final Map<String, Case> CASES = new LinkedHashMap<>();

  static {
    add("scripts.expected.txt", ExitStatus.FINDINGS, ALL);
    add("scripts.expected.json", ExitStatus.FINDINGS, "--format json " + ALL);
    add("maxrepeat-fail-on-warning.expected.txt", ExitStatus.FINDINGS,
        "--maxrepeat 2 --fail-on warning " + SCRIPTS + "many.xml " + SCRIPTS + "warnings.xml");
    add("untestable.expected.txt", ExitStatus.UNTESTABLE,
        SCRIPTS + "untestable.xml " + SCRIPTS + "no-such-file.xml");
  }

  private static void add(String file, int status, String args) {
    CASES.put(file, new Case(file, status, List.of(args.split(" "))));
  }

  @TestFactory
  Stream<DynamicTest> reportsMatchTheirGoldenFiles() {
    return CASES.values().stream().map(c -> DynamicTest.dynamicTest(c.file(), () -> check(c)));
  }

  private static void check(Case c) throws IOException {
    CliRun r = CliRun.run(c.args().toArray(String[]::new));
    assertThat(r.err()).as("standard error").isEmpty();
    assertThat(r.status()).as("exit status").isEqualTo(c.status());
    compare(Path.of(GOLDEN + c.file()), normalise(r.out()));
  }

  /**
   * Compares output with a golden file, or rewrites the file when regenerating.
   *
   * @param golden the expected file
   * @param actual the normalised output
   * @throws IOException when the file cannot be read or written
   */
  static void compare(Path golden, String actual) throws IOException {
    if (Boolean.getBoolean("cloudaccess.regenerate")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file; create it with -Dcloudaccess.regenerate=true").exists();
    assertThat(actual).as("report differs from " + golden
            + " (rerun with -Dcloudaccess.regenerate=true if the change is intended)")
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  /** Replaces what changes with every release or registry edit by placeholders. */
  static String normalise(String report) {
    return report
        .replace(ToolVersion.NAME + " " + ToolVersion.version() + ";", ToolVersion.NAME + " @VERSION@;")
        .replace("\"version\" : \"" + ToolVersion.version() + "\"", "\"version\" : \"@VERSION@\"")
        .replace(CodeCatalogue.announcement(), "Codes @REGISTRY@");
  }

  /** Every golden file belongs to a case, and every case to a golden file. */
  @Test
  void goldenFilesAndCasesPairUp() throws IOException {
    Set<String> files = new TreeSet<>();
    try (Stream<Path> list = Files.list(Path.of(GOLDEN))) {
      list.map(p -> p.getFileName().toString()).filter(n -> n.contains(".expected."))
          .forEach(files::add);
    }
    Set<String> cases = new TreeSet<>(CASES.keySet());
    cases.addAll(EndToEndGoldenTest.CASES.keySet());
    assertThat(files).isEqualTo(cases);
  }
}
