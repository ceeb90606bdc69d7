package io.github.cloudaccess.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Loads the value cases ({@code test-corpus/cases/v1.0/value-*.json}) straight from the files,
 * without depending on the test-corpus module: the corpus is plain files at a stable path.
 */
final class ValueCorpus {

  /** Expectation for one profile: exact validity and a must-include set of codes. */
  record Expectation(boolean valid, List<String> codes) {}

  /** One value test, flattened with its file and group. */
  record ValueTest(String file, String group, List<String> variants, String description, String data,
      Expectation lenient, Expectation strict, Map<String, List<String>> pointers) {

    Expectation expectation(Profile profile) {
      return profile == Profile.STRICT ? strict : lenient;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private ValueCorpus() {}

  /** @return the {@code cases/v1.0} directory, found by walking up from {@code user.dir} */
  static Path casesDir() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (int up = 0; dir != null && up < 6; up++, dir = dir.getParent()) {
      Path candidate = dir.resolve("test-corpus").resolve("cases").resolve("v1.0");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("No test-corpus/cases/v1.0 above " + System.getProperty("user.dir"));
  }

  /** @return every value-*.json file, sorted by name */
  static List<Path> files() {
    try (Stream<Path> s = Files.list(casesDir())) {
      return s.filter(p -> p.getFileName().toString().matches("value-.*\\.json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return every test of every group of every value file, in file order */
  static List<ValueTest> tests() {
    List<ValueTest> out = new ArrayList<>();
    for (Path file : files()) {
      out.addAll(tests(file));
    }
    return out;
  }

  static List<ValueTest> tests(Path file) {
    JsonNode groups = JSON.readTree(file.toFile());
    List<ValueTest> out = new ArrayList<>();
    for (JsonNode group : groups) {
      List<String> variants = strings(group.get("variants"));
      for (JsonNode t : group.get("tests")) {
        Map<String, List<String>> pointers = new LinkedHashMap<>();
        JsonNode p = t.get("pointers");
        if (p != null) {
          p.properties().forEach(e -> pointers.put(e.getKey(), strings(e.getValue())));
        }
        out.add(new ValueTest(file.getFileName().toString(), group.get("description").stringValue(), variants,
            t.get("description").stringValue(), t.get("data").stringValue(),
            expectation(t.get("lenient")), expectation(t.get("strict")), pointers));
      }
    }
    return out;
  }

  private static Expectation expectation(JsonNode node) {
    return new Expectation(node.get("valid").booleanValue(), strings(node.get("codes")));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      array.forEach(n -> out.add(n.stringValue()));
    }
    return out;
  }
}
