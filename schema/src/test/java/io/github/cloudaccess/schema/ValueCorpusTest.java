package io.github.cloudaccess.schema;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every value case of the corpus through the parser in both profiles: validity must match
 * exactly, every listed code must appear, and every listed pointer must carry its code.
 */
class ValueCorpusTest {

  @TestFactory
  List<DynamicNode> valueCases() {
    List<DynamicNode> files = new ArrayList<>();
    int count = 0;
    for (Path file : ValueCorpus.files()) {
      List<DynamicNode> tests = new ArrayList<>();
      for (ValueCorpus.ValueTest t : ValueCorpus.tests(file)) {
        for (Profile profile : Profile.values()) {
          String name = t.description() + " [" + profile.name().toLowerCase() + "]";
          tests.add(DynamicTest.dynamicTest(name, () -> check(t, profile)));
          count++;
        }
      }
      files.add(DynamicContainer.dynamicContainer(file.getFileName().toString(), tests));
    }
    System.out.printf("Value corpus: %d checks (tests x 2 profiles) from %d files in %s%n",
        count, files.size(), ValueCorpus.casesDir());
    return files;
  }

  static void check(ValueCorpus.ValueTest t, Profile profile) {
    ParseResult result = CloudAccessParser.forProfile(profile).parse(t.data());
    ValueCorpus.Expectation expected = t.expectation(profile);
    List<String> complaints = new ArrayList<>();
    if (result.isValid() != expected.valid()) {
      complaints.add("validity: expected " + expected.valid() + ", got " + result.isValid());
    }
    for (String code : expected.codes()) {
      if (result.problems().stream().noneMatch(p -> p.kind().code().equals(code))) {
        complaints.add("missing code " + code);
      }
    }
    for (Map.Entry<String, List<String>> e : t.pointers().entrySet()) {
      if (!expected.codes().contains(e.getKey())) {
        continue;
      }
      for (String pointer : e.getValue()) {
        boolean found = result.problems().stream()
            .anyMatch(p -> p.kind().code().equals(e.getKey()) && p.pointer().equals(pointer));
        if (!found) {
          complaints.add("missing " + e.getKey() + " at pointer '" + pointer + "'");
        }
      }
    }
    if (!complaints.isEmpty()) {
      fail(report(t, profile, result, complaints));
    }
  }

  private static String report(ValueCorpus.ValueTest t, Profile profile, ParseResult result,
      List<String> complaints) {
    String actual = result.problems().isEmpty()
        ? "      (no problems)"
        : result.problems().stream()
            .map(p -> "      " + p.kind().code() + " at '" + p.pointer() + "': " + p.message())
            .collect(Collectors.joining("\n"));
    return "Value case disagrees with the parser (" + profile.name().toLowerCase() + " profile)\n"
        + "  file:        " + t.file() + "\n"
        + "  group:       " + t.group() + "\n"
        + "  description: " + t.description() + "\n"
        + "  data:        " + t.data() + "\n"
        + "  expected:    valid=" + t.expectation(profile).valid() + ", codes include "
        + t.expectation(profile).codes() + (t.pointers().isEmpty() ? "" : ", pointers " + t.pointers()) + "\n"
        + "  actual:      valid=" + result.isValid() + ", problems:\n" + actual + "\n"
        + "  why:         " + String.join("; ", complaints);
  }
}
