package io.github.cloudaccess.schema;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Small helpers the location readers share for reading members of one location object. */
final class Members {

  private Members() {}

  /** @return the member's string value, or null when absent or not a string (the schema reports the type) */
  static String text(JsonNode entry, String name) {
    JsonNode v = entry.get(name);
    return v != null && v.isString() ? v.stringValue() : null;
  }

  /** @return the declared access class when the member is one of the four spellings */
  static Optional<Access> access(JsonNode entry) {
    String a = text(entry, "access");
    return a == null ? Optional.empty() : Access.fromWire(a);
  }

  /** Reports {@link ProblemKind#UNKNOWN_MEMBER} for every member outside {@code known}. */
  static void reportUnknown(JsonNode entry, String pointer, Set<String> known, String provider,
      ProblemList sink) {
    for (Map.Entry<String, JsonNode> m : entry.properties()) {
      if (!known.contains(m.getKey())) {
        sink.add(ProblemKind.UNKNOWN_MEMBER, JsonPointers.member(pointer, m.getKey()),
            "Member \"" + m.getKey() + "\" is not defined for provider " + provider + ".",
            null);
      }
    }
  }

  /** Reports {@link ProblemKind#ACCESS_NONE} when {@code access} is {@code none}. */
  static void reportAccessNone(JsonNode entry, String pointer, ProblemList sink) {
    reportAccessNone(text(entry, "access"), pointer, sink);
  }

  /** Reports {@link ProblemKind#ACCESS_NONE} when {@code access} (the member's text, or null) is {@code none}. */
  static void reportAccessNone(String access, String pointer, ProblemList sink) {
    if ("none".equals(access)) {
      sink.add(ProblemKind.ACCESS_NONE, JsonPointers.member(pointer, "access"),
          "access is \"none\": the location cannot be used.",
          "Omit locations that nobody can read.");
    }
  }
}
