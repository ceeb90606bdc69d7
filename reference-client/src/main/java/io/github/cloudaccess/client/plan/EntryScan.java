package io.github.cloudaccess.client.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Map.Entry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lists every entry of a {@code cloud_access} object by JSON pointer, with its raw {@code access}
 * text, so the planner can give a reason for entries the parser dropped and for {@code access}
 * values it did not understand. Only called on text the schema parser has already accepted as a
 * bounded JSON object.
 */
final class EntryScan {

  /** Sentinel for an {@code access} member that is present but not a string. */
  static final String NOT_A_STRING = "\0not-a-string";

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private EntryScan() {}

  /**
   * @param text the cloud_access text
   * @return pointer of each entry (in document order) to its raw access text, null when the entry
   *     has no access member or is not an object; empty map when the text cannot be read
   */
  static Map<String, String> entries(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (RuntimeException e) {
      return out;
    }
    if (root == null || !root.isObject()) {
      return out;
    }
    for (Entry<String, JsonNode> p : root.properties()) {
      String ptr = "/" + p.getKey().replace("~", "~0").replace("/", "~1");
      JsonNode v = p.getValue();
      if (v.isArray()) {
        for (int i = 0; i < v.size(); i++) {
          out.put(ptr + "/" + i, access(v.get(i)));
        }
      } else if (v.isObject() && !v.isEmpty()) {
        out.put(ptr, access(v));
      } else if (!v.isObject()) {
        out.put(ptr, null);
      }
    }
    return out;
  }

  private static String access(JsonNode entry) {
    if (!entry.isObject() || !entry.has("access")) {
      return null;
    }
    JsonNode a = entry.get("access");
    return a.isString() ? a.asString() : NOT_A_STRING;
  }
}
