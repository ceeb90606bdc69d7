package io.github.cloudaccess.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.server.cloud.CellEncoding;
import io.github.cloudaccess.server.cloud.Form;
import io.github.cloudaccess.server.cloud.Placement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The validator, run live and in-process with its object checks sent to the embedded S3, finds
 * no error in the clean server: every encoding, form and placement of SIA 2.0 (chosen per
 * request with CA_* parameters, which the validator keeps in every request it derives), SIA 1.0
 * and DataLink. Each run also shows that the style asked for was really served.
 */
class CleanValidationTest {

  static Stream<Arguments> styles() {
    List<Arguments> all = new ArrayList<>();
    for (CellEncoding e : CellEncoding.values()) {
      for (Form f : Form.values()) {
        for (Placement p : Placement.values()) {
          all.add(Arguments.of(e, f, p));
        }
      }
    }
    return all.stream();
  }

  private static String style(CellEncoding e, Form f, Placement p) {
    return "CA_ENCODING=" + e.wireName() + "&CA_FORM=" + f.wireName() + "&CA_PLACEMENT="
        + p.wireName();
  }

  /**
   * The legal query's circle: 40 degrees around (70, -15) holds 14 records of all four
   * collections, so every bucket and access class is met, including two cold copies.
   */
  private static final String[] MIXED_SKY = {"--pos", "70,-15", "--size", "40"};

  /**
   * Codes that show the objects were really checked in the store: the run's object summary, and
   * the expected refusal of an access=region object to a validator outside the region (every
   * run below meets Chandra records; S-OBJ-SUMM alone also comes with zero references).
   */
  private static final String[] OBJECTS_CHECKED = {"S-OBJ-SUMM", "I-OBJ-REGN"};

  /**
   * Warnings the clean server earns by design: the cold copies declare access none (kept so the
   * class exists somewhere), and the dict form is the legacy shape.
   */
  private static final Set<String> WARNINGS_BY_DESIGN = Set.of("W-CLD-ANON", "W-CLD-DICT");

  @ParameterizedTest(name = "SIA 2.0 {0} {1} {2}")
  @MethodSource("styles")
  void sia2InEveryStyleHasNoError(CellEncoding e, Form f, Placement p) {
    LiveValidator.Outcome o = LiveValidator.run("/sia2/query?" + style(e, f, p), MIXED_SKY);
    assertThat(o.errors()).as(o.describe()).isEmpty();
    assertThat(o.withPrefix("W-")).as(o.describe()).isSubsetOf(WARNINGS_BY_DESIGN);
    assertThat(o.exit()).as(o.describe()).isZero();
    assertThat(o.codes()).as(o.describe()).contains(OBJECTS_CHECKED);

    /* The style really was served: the column where the placement puts it, the encoding in the
       documents that carry it, and the dict form's warning exactly when it was asked for. */
    long siaCloud = cloudRows(o, "SIA2");
    long linkCloud = cloudRows(o, "DATALINK");
    assertThat(siaCloud > 0).as(o.describe()).isEqualTo(p != Placement.DATALINK);
    assertThat(linkCloud > 0).as(o.describe()).isEqualTo(p != Placement.DISCOVERY);
    for (JsonNode s : o.summaries()) {
      if (s.path("rowsWithCloudAccess").asLong() == 0) {
        continue;
      }
      assertThat(s.path("serialization").asString()).as(o.describe())
          .isEqualTo(e == CellEncoding.BINARY2 ? "BINARY2" : "TABLEDATA");
      assertThat(s.path("cdataSections").asLong() > 0).as(o.describe())
          .isEqualTo(e == CellEncoding.CDATA);
    }
    assertThat(o.codes().contains("W-CLD-DICT")).as(o.describe()).isEqualTo(f == Form.DICT);
  }

  @Test
  void sia1HasNoError() {
    LiveValidator.Outcome o = LiveValidator.run("/sia1/query", MIXED_SKY);
    assertThat(o.errors()).as(o.describe()).isEmpty();
    assertThat(o.withPrefix("W-")).as(o.describe()).isSubsetOf(WARNINGS_BY_DESIGN);
    assertThat(o.exit()).as(o.describe()).isZero();
    assertThat(o.codes()).as(o.describe()).contains(OBJECTS_CHECKED);
    assertThat(cloudRows(o, "SIA1")).as(o.describe()).isPositive();
  }

  @Test
  void dataLinkHasNoError() {
    // Every 9th record from index 3: twelve IDs over all four collections, a cold copy, a null.
    String ids = SharedServer.get().catalogue().products().stream()
        .filter(pr -> pr.index() % 9 == 3)
        .map(pr -> "ID=" + SharedServer.enc(pr.publisherDid())).reduce((a, b) -> a + "&" + b)
        .orElseThrow();
    LiveValidator.Outcome o = LiveValidator.run("/datalink/links?" + ids + "&CA_PLACEMENT=both",
        "--protocol", "datalink");
    assertThat(o.errors()).as(o.describe()).isEmpty();
    assertThat(o.withPrefix("W-")).as(o.describe()).isSubsetOf(WARNINGS_BY_DESIGN);
    assertThat(o.exit()).as(o.describe()).isZero();
    assertThat(o.codes()).as(o.describe()).contains(OBJECTS_CHECKED);
    assertThat(cloudRows(o, "DATALINK")).as(o.describe()).isPositive();
  }

  private static long cloudRows(LiveValidator.Outcome o, String protocol) {
    return o.summaries().stream().filter(s -> protocol.equals(s.path("protocol").asString()))
        .mapToLong(s -> s.path("rowsWithCloudAccess").asLong()).sum();
  }
}
