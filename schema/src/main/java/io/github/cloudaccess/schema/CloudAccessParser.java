package io.github.cloudaccess.schema;

import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Parses one {@code cloud_access} cell: bounded JSON parsing with duplicate detection, the text
 * checks, the schema of the chosen profile, and normalisation to {@link CloudAccess}.
 *
 * <p>The common shapes (known providers, canonical members, values that pass the schema) are read
 * by {@link CommonShapeReader} straight into the model, at a fraction of the cost; it hands
 * everything it cannot prove equal to the full path's answer to {@link #parseFull}, which stays
 * the reference and which {@code FastPathEquivalenceTest} compares it with.
 *
 * <p>Full path, in an order where the common valid value pays for each step once: (1) text screens on
 * the raw string (length, blank, entity references); (2) one streaming pass that builds the tree
 * and sees duplicates; (3) the location walk, which both normalises and reports the warnings that
 * are the same in both profiles; (4) the profile's schema, which adds the errors. Instances are
 * immutable and thread-safe; {@link #forProfile} returns shared instances.
 */
public final class CloudAccessParser {

  private static final CloudAccessParser STRICT = new CloudAccessParser(Profile.STRICT);
  private static final CloudAccessParser LENIENT = new CloudAccessParser(Profile.LENIENT);

  private final Profile profile;

  private CloudAccessParser(Profile profile) {
    this.profile = profile;
  }

  /**
   * @param profile which schema profile to check against
   * @return the (shared, thread-safe) parser for that profile
   */
  public static CloudAccessParser forProfile(Profile profile) {
    return Objects.requireNonNull(profile, "profile") == Profile.STRICT ? STRICT : LENIENT;
  }

  /** @return the profile this parser checks against */
  public Profile profile() {
    return profile;
  }

  /**
   * Parses and checks one value.
   *
   * @param text the cell text exactly as read from the table; must not be null (a null cell means
   *     "no cloud copy" and is not a value)
   * @return the problems found and, when the text is a JSON object, the canonical model
   */
  public ParseResult parse(String text) {
    Objects.requireNonNull(text, "text (a null cell is not a value)");
    ParseResult fast = CommonShapeReader.read(text, profile);
    return fast != null ? fast : parseFull(text);
  }

  /**
   * The reference path: Jackson tree, location walk and networknt, for every input.
   *
   * @param text the cell text; must not be null
   * @return the same result as {@link #parse}
   */
  ParseResult parseFull(String text) {
    Objects.requireNonNull(text, "text (a null cell is not a value)");
    ProblemList sink = new ProblemList();

    /* Text screens: too long to look at, blank, entity references. */
    if (text.length() > ParserLimits.MAX_DOCUMENT_CHARS) {
      sink.add(new Problem(ProblemKind.LIMIT_EXCEEDED, "", 0, 0,
          "Value is " + text.length() + " characters long; the bound is "
              + ParserLimits.MAX_DOCUMENT_CHARS + ".", null));
      return new ParseResult(Optional.empty(), sink.sorted(null));
    }
    if (text.isBlank()) {
      sink.add(ProblemKind.BLANK, "", "Value is blank: not JSON, and not the null cell.",
          "Write an empty cell (VOTable null) when there is no cloud copy.");
      if (profile == Profile.STRICT) {
        sink.add(ProblemKind.NOT_JSON, "", "Blank text is not a JSON value.", null);
      }
      return new ParseResult(Optional.empty(), sink.sorted(null));
    }
    TextScreen.checkEntities(text, sink);

    /* Parse: one pass builds the tree and reports duplicates. */
    JsonNode root = JsonTreeReader.read(text, sink);
    if (root == null) {
      explainSyntaxFailure(text, sink);
      return new ParseResult(Optional.empty(), sink.sorted(null));
    }
    if (!root.isObject()) {
      checkRoot(root, sink);
      return new ParseResult(Optional.empty(), sink.sorted(null));
    }
    if (root.isEmpty()) {
      reportEmptyObject(sink);
    }

    /* Normalise (warnings shared by both profiles), then the profile's schema (errors). */
    CloudAccess value = LocationReader.read(root, sink);
    SchemaValidator.of(profile).validate(root, sink);
    return new ParseResult(Optional.of(value), sink.sorted(root));
  }

  /** Reports {@link ProblemKind#EMPTY_OBJECT} for the value {@code {}}. */
  static void reportEmptyObject(ProblemList sink) {
    sink.add(ProblemKind.EMPTY_OBJECT, "", "Value is {}.",
        "Write an empty cell (VOTable null) for \"no cloud copy\".");
  }

  /** Adds the likely cause next to NOT_JSON: a Python literal, or JSON escaped twice. */
  private static void explainSyntaxFailure(String text, ProblemList sink) {
    if (sink.contains(ProblemKind.LIMIT_EXCEEDED, "")) {
      return;
    }
    int python = TextScreen.pythonLiteralOffset(text);
    if (python >= 0) {
      TextPosition at = TextPosition.of(text, python);
      sink.add(new Problem(ProblemKind.PYTHON_LITERAL, "", at.line(), at.column(),
          "Text is a Python literal (single quotes or True/False/None), not JSON.",
          "Serialise with json.dumps(), not str() or repr()."));
    }
    TextScreen.checkEscapedQuotes(text, sink);
  }

  private void checkRoot(JsonNode root, ProblemList sink) {
    if (root.isNull()) {
      sink.add(ProblemKind.NULL_LITERAL, "", "Value is the JSON literal null.",
          "Write an empty cell (VOTable null) instead.");
      if (profile == Profile.STRICT) {
        sink.add(ProblemKind.ROOT_NOT_OBJECT, "", "The strict profile requires an object.", null);
      }
      return;
    }
    sink.add(ProblemKind.ROOT_NOT_OBJECT, "",
        "JSON root is " + root.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
            + ", not an object.", null);
    if (root.isString() && looksLikeObject(root.stringValue())) {
      sink.add(ProblemKind.ENTITY_TEXT, "", "Value is a JSON string holding JSON: it was encoded twice.",
          "Write the object itself, not json.dumps() of its json.dumps().");
    }
  }

  private static boolean looksLikeObject(String s) {
    String t = s.strip();
    return t.startsWith("{") && t.endsWith("}");
  }
}
