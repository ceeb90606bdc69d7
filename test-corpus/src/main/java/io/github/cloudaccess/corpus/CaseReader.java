package io.github.cloudaccess.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the JSON of case files and the manifest into records.
 *
 * <p>It trusts the shape (the sanity test validates it against case-schema.json) but fails loudly,
 * naming the file, when a required member is missing.
 */
final class CaseReader {

  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private CaseReader() {}

  static List<ValueCase> valueCases(Path file) {
    List<ValueCase> out = new ArrayList<>();
    String name = file.getFileName().toString();
    for (JsonNode group : read(file)) {
      String groupDescription = text(group, "description", file);
      for (JsonNode t : group.path("tests")) {
        out.add(new ValueCase(name, groupDescription, text(t, "description", file),
            text(t, "data", file), expectation(t, "lenient", file),
            expectation(t, "strict", file), pointers(t.path("pointers"))));
      }
    }
    return out;
  }

  static List<DocumentCase> documentCases(Path file, Path root) {
    List<DocumentCase> out = new ArrayList<>();
    String name = file.getFileName().toString();
    for (JsonNode group : read(file)) {
      String groupDescription = text(group, "description", file);
      for (JsonNode t : group.path("tests")) {
        List<ExpectedFinding> findings = new ArrayList<>();
        for (JsonNode f : t.path("findings")) {
          findings.add(new ExpectedFinding(text(f, "code", file), f.path("line").asLong(0),
              f.path("row").asLong(0)));
        }
        out.add(new DocumentCase(name, groupDescription, text(t, "description", file),
            root.resolve(text(t, "response", file)).normalize(), text(t, "protocol", file),
            t.path("profile").asString("lenient"), t.path("requireCloud").asBoolean(false),
            Verdict.fromWire(text(t, "verdict", file)),
            strings(t.path("codes")), findings));
      }
    }
    return out;
  }

  static List<CorpusObject> objects(Path manifest) {
    List<CorpusObject> out = new ArrayList<>();
    for (JsonNode o : read(manifest).path("objects")) {
      out.add(new CorpusObject(text(o, "id", manifest), text(o, "path", manifest),
          text(o, "collection", manifest), text(o, "facility", manifest),
          text(o, "instrument", manifest), text(o, "target", manifest),
          number(o, "ra", manifest), number(o, "dec", manifest), number(o, "fov", manifest),
          number(o, "em_min", manifest), number(o, "em_max", manifest),
          number(o, "t_min", manifest), number(o, "t_max", manifest),
          number(o, "exptime", manifest), text(o, "dataproduct_type", manifest),
          (int) number(o, "calib_level", manifest), (int) number(o, "blocks", manifest),
          require(o, "seed", manifest).asLong(), require(o, "size", manifest).asLong(),
          text(o, "sha256", manifest), text(o, "filter", manifest)));
    }
    return out;
  }

  static JsonNode read(Path file) {
    try {
      return MAPPER.readTree(file);
    } catch (JacksonException e) {
      throw new IllegalStateException("not valid JSON: " + file + ": " + e.getOriginalMessage(), e);
    }
  }

  private static Expectation expectation(JsonNode test, String profile, Path file) {
    JsonNode e = require(test, profile, file);
    return new Expectation(require(e, "valid", file).asBoolean(), strings(e.path("codes")));
  }

  private static Map<String, List<String>> pointers(JsonNode node) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      out.put(e.getKey(), strings(e.getValue()));
    }
    return out;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : array) {
      out.add(n.asString());
    }
    return out;
  }

  private static String text(JsonNode node, String member, Path file) {
    return require(node, member, file).asString();
  }

  private static double number(JsonNode node, String member, Path file) {
    return require(node, member, file).asDouble();
  }

  private static JsonNode require(JsonNode node, String member, Path file) {
    JsonNode value = node.get(member);
    if (value == null || value.isNull()) {
      throw new IllegalStateException(file + ": member '" + member + "' missing in " + node);
    }
    return value;
  }
}
