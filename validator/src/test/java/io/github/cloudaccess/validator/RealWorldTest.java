package io.github.cloudaccess.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cloudaccess.validator.report.Finding;
import io.github.cloudaccess.validator.report.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every recorded real-world VOTable in {@code ../shared/real-world} (next to the repository):
 * the validator never crashes on it and gives the verdict its PROVENANCE.md suggests, with the
 * key codes. A file without an expectation here fails, so new files get one.
 */
class RealWorldTest {

  /**
   * @param verdict pass, fail or untestable
   * @param codes codes that must appear
   * @param errors when not null, the exact set of E codes
   */
  record Expect(String verdict, Set<String> codes, Set<String> errors) {}

  private static Expect pass(String... codes) {
    return new Expect("pass", Set.of(codes), null);
  }

  private static Expect fail(String... codes) {
    return new Expect("fail", Set.of(codes), null);
  }

  private static Expect failOnly(String... errors) {
    return new Expect("fail", Set.of(errors), Set.of(errors));
  }

  /** PROVENANCE.md, "Suggested validator verdicts". */
  static final Map<String, Expect> EXPECTED = Map.ofEntries(
      Map.entry("pyvo/sia2/dataset.xml", pass("I-CLD-NCOL")),
      Map.entry("pyvo/datalink/datalink.xml", pass("W-DAL-QSRM")),
      Map.entry("pyvo/datalink/datalink-obscore.xml", pass()),
      Map.entry("pyvo/datalink/cutout1.xml", pass("W-DAL-QSLT")),
      Map.entry("astropy-aa23a2f/gemini.xml", pass()),
      Map.entry("astropy/binary2_variable_length_char.xml", pass("I-VOT-SERZ")),
      Map.entry("astropy/binary2_masked_strings.xml", pass("I-VOT-SERZ")),
      Map.entry("pyvo-legacy/neat-sia.xml", pass("W-DAL-QSLT", "I-XML-CDAT")),
      Map.entry("pyvo/sia/dataset.xml", fail("E-SI1-RCOL", "W-SI1-DCOY")),
      Map.entry("pyvo-pr445/sia/dataset.xml", fail("E-SI1-RCOL", "W-SI1-DCOY")),
      Map.entry("pyvo-legacy/error-sia.xml", failOnly("E-DAL-LGER")),
      Map.entry("pyvo-legacy/error2-sia.xml", failOnly("E-DAL-LGER")),
      Map.entry("pyvo/query/errorstatus.xml", fail("E-DAL-LGER", "W-DAL-ERRW")),
      Map.entry("pyvo/query/overflowstatus.xml", fail("E-VOT-IDDP", "I-DAL-OVFL")),
      Map.entry("pyvo/query/missingtable.xml", failOnly("E-DAL-TAB1")),
      Map.entry("pyvo/query/missingresource.xml", failOnly("E-DAL-RES1")),
      Map.entry("pyvo/query/missingcolumns.xml", failOnly("E-VOT-NFLD")),
      Map.entry("astropy/irsa-nph-error.xml", fail("E-DAL-RES1", "E-VOT-VERS", "W-XML-DTDX")),
      Map.entry("datalinker/links/raw.xml", failOnly("E-VOT-XSDV")),
      Map.entry("datalinker/links/multiple.xml", failOnly("E-VOT-XSDV")),
      Map.entry("datalinker/links/nonexistent.xml", failOnly("E-VOT-XSDV")),
      Map.entry("datalinker/links/invalid-repo.xml", failOnly("E-VOT-XSDV")),
      Map.entry("datalinker/links/calexp.xml", failOnly("E-VOT-XSDV")),
      Map.entry("datalinker/links/empty.xml", failOnly("E-VOT-XSDV")),
      Map.entry("datalinker/links/invalid.xml", failOnly("E-VOT-XSDV")),
      Map.entry("datalinker/links/calexp-nocutout.xml", failOnly("E-VOT-XSDV")),
      Map.entry("pyvo/datalink/proc.xml", failOnly("E-VOT-XSDV")),
      Map.entry("astropy/gemini.xml", failOnly("E-VOT-XSDV")),
      Map.entry("astropy/regression.xml", fail("E-VOT-XSDV", "E-VOT-DTYP", "W-XML-DESC")),
      Map.entry("fornax-cloud-access-API/datalink-heasarc.md.fragment1-adhoc-service-resource"
          + ".xml", failOnly("E-VOT-ROOT")),
      Map.entry("fornax-cloud-access-API/datalink-heasarc.md.fragment2-links-table-source-main"
          + "-server.xml", failOnly("E-VOT-ROOT")),
      Map.entry("fornax-cloud-access-API/datalink-heasarc.md.fragment3-links-table-source-aws"
          + "-us-east1.xml", failOnly("E-VOT-ROOT")));

  static Path folder() {
    for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null;
        dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("validator")) && Files.isDirectory(dir.resolve("schema"))) {
        return dir.resolve("../shared/real-world").normalize();
      }
    }
    return null;
  }

  @TestFactory
  Stream<DynamicTest> realWorldFiles() throws IOException {
    Path root = folder();
    if (root == null || !Files.isDirectory(root)) {
      // One aborted test, so that Surefire counts the skip and prints its reason (an assumption
      // failing in the factory itself would leave no trace in the totals).
      return Stream.of(DynamicTest.dynamicTest("shared/real-world", () -> assumeTrue(false,
          "no ../shared/real-world next to the repository (recorded responses not available)")));
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    return files.stream().map(p -> DynamicTest.dynamicTest(root.relativize(p).toString(),
        p.toUri(), () -> check(root.relativize(p).toString().replace('\\', '/'), p)));
  }

  private static void check(String name, Path file) {
    Expect e = EXPECTED.get(name);
    assertThat(e).as("no expectation written for " + name).isNotNull();
    CollectingReporter r = PathInput.validate(PathInput.of(file));
    String report = name + "\n" + r.describe();
    assertThat(r.findings()).as(report).noneMatch(f -> f.severity() == Severity.FAILURE);
    assertThat(r.verdict()).as(report).isEqualTo(e.verdict());
    assertThat(r.tokens()).as(report).containsAll(e.codes());
    if (e.errors() != null) {
      Set<String> errors = r.findings().stream().filter(f -> f.severity() == Severity.ERROR)
          .map((Finding f) -> f.code().token())
          .collect(Collectors.toCollection(TreeSet::new));
      assertThat(errors).as(report).isEqualTo(new TreeSet<>(e.errors()));
    }
  }
}
