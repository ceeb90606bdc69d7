package io.github.cloudaccess.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the value corpus honest: it covers every variant row and every problem kind, its
 * descriptions are unique and short, and its expectations are consistent with each other.
 */
class ValueCorpusIntegrityTest {

  private static final List<ValueCorpus.ValueTest> TESTS = ValueCorpus.tests();

  @Test
  void holdsAtLeastOneHundredValueTests() {
    assertThat(TESTS).hasSizeGreaterThanOrEqualTo(100);
  }

  @Test
  void everyProblemKindIsProducedByAtLeastOneValueCase() {
    Set<ProblemKind> produced = EnumSet.noneOf(ProblemKind.class);
    for (ValueCorpus.ValueTest t : TESTS) {
      for (Profile profile : Profile.values()) {
        CloudAccessParser.forProfile(profile).parse(t.data()).problems().forEach(p -> produced.add(p.kind()));
      }
    }
    assertThat(EnumSet.complementOf(EnumSet.copyOf(produced))).as("kinds no value case produces").isEmpty();
  }

  @Test
  void everyProblemKindIsListedAsAnExpectedCode() {
    Set<String> listed = TESTS.stream()
        .flatMap(t -> Stream.concat(t.lenient().codes().stream(), t.strict().codes().stream()))
        .collect(Collectors.toSet());
    Set<String> unlisted = Arrays.stream(ProblemKind.values()).map(ProblemKind::code)
        .filter(c -> !listed.contains(c)).collect(Collectors.toCollection(TreeSet::new));
    assertThat(unlisted).as("codes no value case expects").isEmpty();
  }

  @Test
  void everyExpectedCodeIsAProblemKindCode() {
    Set<String> known = Arrays.stream(ProblemKind.values()).map(ProblemKind::code).collect(Collectors.toSet());
    for (ValueCorpus.ValueTest t : TESTS) {
      assertThat(known).as(t.description()).containsAll(t.lenient().codes()).containsAll(t.strict().codes());
      assertThat(known).as(t.description() + " pointers").containsAll(t.pointers().keySet());
    }
  }

  @Test
  void everyPointerCodeIsExpectedInSomeProfile() {
    for (ValueCorpus.ValueTest t : TESTS) {
      for (String code : t.pointers().keySet()) {
        assertThat(t.lenient().codes().contains(code) || t.strict().codes().contains(code))
            .as("%s: pointers name %s, which neither profile expects", t.description(), code).isTrue();
      }
    }
  }

  @Test
  void coversEveryValueRowOfTheVariantsTable() {
    Set<String> rows = new TreeSet<>();
    IntStream.rangeClosed(1, 12).forEach(i -> rows.add("A" + i));
    IntStream.rangeClosed(1, 9).forEach(i -> rows.add("B" + i));
    IntStream.rangeClosed(1, 11).forEach(i -> rows.add("C" + i));
    Set<String> covered = TESTS.stream().flatMap(t -> t.variants().stream()).collect(Collectors.toSet());
    rows.removeAll(covered);
    assertThat(rows).as("variant rows without a group").isEmpty();
  }

  @Test
  void descriptionsAreUniqueShortAndFactual() {
    Set<String> seen = new HashSet<>();
    for (ValueCorpus.ValueTest t : TESTS) {
      assertThat(seen.add(t.description())).as("duplicate description: " + t.description()).isTrue();
      assertThat(t.description()).hasSizeLessThan(100).doesNotContainIgnoringCase("should");
    }
  }

  @Test
  void everyGroupHasValidAndInvalidExpectations() {
    Map<String, boolean[]> groups = new LinkedHashMap<>();
    for (ValueCorpus.ValueTest t : TESTS) {
      boolean[] seen = groups.computeIfAbsent(t.file() + ": " + t.group(), k -> new boolean[2]);
      for (ValueCorpus.Expectation e : List.of(t.lenient(), t.strict())) {
        seen[e.valid() ? 0 : 1] = true;
      }
    }
    groups.forEach((g, seen) -> assertThat(seen).as(g).containsExactly(true, true));
  }

  @Test
  void strictNeverAcceptsWhatLenientRejects() {
    for (ValueCorpus.ValueTest t : TESTS) {
      if (!t.lenient().valid()) {
        assertThat(t.strict().valid()).as(t.description()).isFalse();
      }
    }
  }

  @Test
  void errorCodesOnlyAppearInInvalidExpectations() {
    for (ValueCorpus.ValueTest t : TESTS) {
      for (ValueCorpus.Expectation e : List.of(t.lenient(), t.strict())) {
        if (e.valid()) {
          assertThat(e.codes()).as(t.description()).noneMatch(c -> c.startsWith("E-"));
        } else {
          assertThat(e.codes()).as(t.description() + ": an invalid expectation names its error")
              .anyMatch(c -> c.startsWith("E-"));
        }
      }
    }
  }
}
