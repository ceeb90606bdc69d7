package io.github.cloudaccess.schema;

import com.networknt.schema.Error;
import tools.jackson.databind.JsonNode;

/**
 * Writes the human sentence for one schema error from its keyword, arguments and the offending
 * value. Messages are for people only; tests and the corpus assert on codes.
 */
final class SchemaMessages {

  private static final int MAX_QUOTED = 80;

  private SchemaMessages() {}

  static String describe(Error error, String keyword, String field) {
    JsonNode value = error.getInstanceNode();
    JsonNode schema = error.getSchemaNode();
    String what = field == null ? "Value" : "\"" + field + "\"";
    return switch (keyword) {
      case "type" -> wrongType(what, typeOf(value), String.valueOf(schema));
      case "required" -> missingMember(error.getProperty());
      case "enum" -> what + " " + quote(value) + " is not one of " + schema + ".";
      case "pattern" -> what + " " + quote(value) + " breaks the rule " + rule(error) + ".";
      case "minLength" -> what + " is shorter than " + schema + " character(s).";
      case "maxLength" -> what + " is longer than " + schema + " characters.";
      case "additionalProperties" ->
          "Member \"" + error.getProperty() + "\" is not allowed here by the " + profileOf(error) + " profile.";
      case "minItems" -> "Array holds fewer than " + schema + " location(s).";
      case "minProperties" -> tooFewMembers(String.valueOf(schema));
      default -> "Schema keyword " + keyword + " fails at " + error.getSchemaLocation() + ".";
    };
  }

  /**
   * @param what the quoted member name, or {@code Value}
   * @param actual the instance's type with its article, e.g. {@code an object}
   * @param expected the {@code type} keyword's value as JSON, e.g. {@code "array"}
   * @return the sentence for a {@code type} error
   */
  static String wrongType(String what, String actual, String expected) {
    return what + " is " + actual + "; the schema expects " + expected + ".";
  }

  /** @return the sentence for a {@code required} error about {@code property} */
  static String missingMember(String property) {
    return "Required member \"" + property + "\" is missing.";
  }

  /** @return the sentence for a {@code minProperties} error with bound {@code min} (as JSON) */
  static String tooFewMembers(String min) {
    return "Object has fewer than " + min + " member(s).";
  }

  /** @return the {@code $defs} entry whose keyword failed, e.g. {@code #/$defs/s3BucketName} */
  private static String rule(Error error) {
    String location = String.valueOf(error.getSchemaLocation());
    int defs = location.lastIndexOf("/$defs/");
    if (defs < 0) {
      return location;
    }
    int end = location.indexOf('/', defs + 7);
    return "#" + location.substring(defs, end < 0 ? location.length() : end);
  }

  private static String profileOf(Error error) {
    return String.valueOf(error.getEvaluationPath()).contains("lenient") ? "lenient" : "strict";
  }

  private static String typeOf(JsonNode value) {
    if (value == null) {
      return "missing";
    }
    String type = value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    return (type.startsWith("a") || type.startsWith("o") ? "an " : "a ") + type;
  }

  private static String quote(JsonNode value) {
    String s = String.valueOf(value);
    return s.length() <= MAX_QUOTED ? s : s.substring(0, MAX_QUOTED) + "...";
  }
}
