package io.github.cloudaccess.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.server.cloud.Defect;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * In every defect mode, the validator run live and in-process against the server (CA_DEFECT in
 * the service URL, objects checked in the embedded S3) reports the defect's codes, and exits 1
 * exactly when one of them is an error. Codes are a must-include set: a defect may draw more.
 */
class DefectValidationTest {

  /**
   * One validator run.
   *
   * @param pathAndQuery the service URL relative to the server
   * @param options validator options
   */
  record Probe(String pathAndQuery, List<String> options) {}

  /** Keeps each run small: the legal query's rows are few and the defects apply to all. */
  private static final List<String> SMALL = List.of("--max-objects", "4", "--datalink-sample",
      "2");

  static Stream<Defect> defects() {
    return Stream.of(Defect.values()).filter(d -> d != Defect.NONE);
  }

  /** @return the runs whose codes, together, must include the defect's */
  static List<Probe> probes(Defect d) {
    String defect = "CA_DEFECT=" + d.wireName();
    List<String> small = new ArrayList<>(SMALL);
    return switch (d) {
      // SIA 2.0 tables lack t_exptime, SIA 1.0 tables the Naxis column.
      case MISSING_COLUMN -> List.of(new Probe("/sia2/query?" + defect, small),
          new Probe("/sia1/query?" + defect, small));
      // Only a {links} request with two or more IDs can interleave them.
      case NON_CONTIGUOUS_IDS -> List.of(new Probe("/datalink/links?" + ids(3) + "&" + defect,
          List.of("--protocol", "datalink")));
      /* Open buckets stay readable: the query must reach the private ones (40 degrees around
         (70, -15): region, restricted and none-class copies). */
      case OPEN_PRIVATE -> List.of(new Probe("/sia2/query?" + defect,
          List.of("--pos", "70,-15", "--size", "40", "--datalink-sample", "1")));
      default -> List.of(new Probe("/sia2/query?" + defect, small));
    };
  }

  private static String ids(int n) {
    return SharedServer.get().catalogue().products().stream().limit(n)
        .map(p -> "ID=" + SharedServer.enc(p.publisherDid())).reduce((a, b) -> a + "&" + b)
        .orElseThrow();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("defects")
  void theValidatorReportsTheDefectsCodes(Defect d) {
    Set<String> codes = new TreeSet<>();
    List<String> runs = new ArrayList<>();
    int worst = 0;
    for (Probe p : probes(d)) {
      LiveValidator.Outcome o = LiveValidator.run(p.pathAndQuery(),
          p.options().toArray(String[]::new));
      codes.addAll(o.codes());
      runs.add(o.describe());
      worst = Math.max(worst, o.exit());
    }
    String why = d.wireName() + " should give " + d.codes() + "\n" + String.join("\n", runs);
    assertThat(codes).as(why).containsAll(d.codes());
    assertThat(worst).as(why).isEqualTo(expectedExit(d));
  }

  /**
   * @return 1 when the defect's codes hold an error, else 0, except where noted: the validator's
   *     exit status is the worst over the defect's runs
   */
  static int expectedExit(Defect d) {
    return switch (d) {
      /* The refused DOCTYPE leaves the entity reference without a value: the document fails,
         with an E the corpus leaves to the validator (document-xml-escaping.json). */
      case XXE, ENTITY_BOMB -> 1;
      default -> d.codes().stream().anyMatch(c -> c.startsWith("E-")) ? 1 : 0;
    };
  }
}
