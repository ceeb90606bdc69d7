package io.github.cloudaccess.corpus;

import com.networknt.schema.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Checks one case file after another: schema, file kind, descriptions, code tokens, verdict/code
 * consistency and response references. Keeps the state that spans files (descriptions seen,
 * responses referenced).
 */
final class CaseFileRules {

  static final Pattern TOKEN = Pattern.compile("^[EWISF]-[A-Z0-9]{3}-[A-Z0-9]{4}$");
  private static final Pattern WORDING = Pattern.compile("(?i)\\bshould\\b|\\btest that\\b");
  private static final int MAX_DESCRIPTION = 99;

  private final Path root;
  private final Schema schema;
  private final Set<String> validatorCodes;
  private final Set<String> parserCodes;
  private final List<Violation> out;
  private final Map<String, String> groups = new HashMap<>();
  private final Map<String, String> tests = new HashMap<>();
  private final Set<Path> referenced = new HashSet<>();

  CaseFileRules(Path root, Schema schema, Set<String> validatorCodes, Set<String> parserCodes,
      List<Violation> out) {
    this.root = root;
    this.schema = schema;
    this.validatorCodes = validatorCodes;
    this.parserCodes = parserCodes;
    this.out = out;
  }

  /** @return the normalised absolute paths of every response a document test names */
  Set<Path> referenced() {
    return referenced;
  }

  void check(Path file) {
    String name = root.relativize(file).toString().replace('\\', '/');
    String shapeKey = shapeKey(file.getFileName().toString());
    if (shapeKey == null) {
      add(Rule.FILE_KIND, name, "not a value-, document- or client- JSON case file");
      return;
    }
    JsonNode doc;
    try {
      doc = CaseReader.read(file);
    } catch (IllegalStateException e) {
      add(Rule.JSON_SYNTAX, name, e.getMessage());
      return;
    }
    for (com.networknt.schema.Error e : schema.validate(doc)) {
      add(Rule.SCHEMA, name + "#" + e.getInstanceLocation(), e.getMessage());
    }
    int g = 0;
    for (JsonNode group : doc) {
      String where = name + "#/" + g++;
      description(group, groups, where);
      int t = 0;
      for (JsonNode test : group.path("tests")) {
        String testWhere = where + "/tests/" + t++;
        description(test, tests, testWhere);
        if (!shapeKey.isEmpty() && !test.has(shapeKey)) {
          add(Rule.FILE_KIND, testWhere, "test lacks '" + shapeKey + "', the member of its file kind");
        } else if (test.has("response")) {
          documentTest(test, testWhere);
        } else if (test.has("data")) {
          valueTest(test, testWhere);
        }
      }
    }
  }

  /** @return the member every test of the file must have; "" for client files (shape open) */
  private static String shapeKey(String fileName) {
    if (!fileName.endsWith(".json")) {
      return null;
    }
    if (fileName.startsWith("value-")) {
      return "data";
    }
    if (fileName.startsWith("document-")) {
      return "response";
    }
    return fileName.startsWith("client-") ? "" : null;
  }

  private void description(JsonNode node, Map<String, String> seen, String where) {
    String d = node.path("description").asString("");
    if (d.length() > MAX_DESCRIPTION) {
      add(Rule.DESCRIPTION_LENGTH, where, d.length() + " characters: " + d);
    }
    if (WORDING.matcher(d).find() || !d.equals(d.strip())) {
      add(Rule.DESCRIPTION_WORDING, where, "state a fact, without 'should'/'test that': " + d);
    }
    String first = seen.putIfAbsent(d, where);
    if (first != null) {
      add(Rule.DESCRIPTION_DUPLICATE, where, "same description as " + first + ": " + d);
    }
  }

  private void documentTest(JsonNode test, String where) {
    Path response = root.resolve(test.path("response").asString("")).normalize();
    if (!response.startsWith(root.resolve("responses")) || !Files.isRegularFile(response)) {
      add(Rule.RESPONSE_MISSING, where, "no such response: " + test.path("response").asString());
    } else {
      referenced.add(response);
    }
    for (JsonNode c : test.path("codes")) {
      code(c.asString(), validatorCodes, "validator registry (Code.java)", where);
    }
    for (JsonNode f : test.path("findings")) {
      code(f.path("code").asString(""), validatorCodes, "validator registry (Code.java)", where);
    }
    String verdict = test.path("verdict").asString("");
    for (JsonNode c : test.path("codes")) {
      char severity = c.asString().isEmpty() ? '?' : c.asString().charAt(0);
      boolean contradicts = verdict.equals("pass") ? severity == 'E' || severity == 'F'
          : verdict.equals("untestable") && severity == 'E';
      if (contradicts) {
        add(Rule.VERDICT_CODES, where, "verdict " + verdict + " with code " + c.asString());
      }
    }
  }

  private void valueTest(JsonNode test, String where) {
    for (String profile : new String[] {"lenient", "strict"}) {
      JsonNode e = test.path(profile);
      for (JsonNode c : e.path("codes")) {
        code(c.asString(), parserCodes, "parser registry (ProblemKind.java)", where);
        if (e.path("valid").asBoolean(false) && c.asString().startsWith("E")) {
          add(Rule.VERDICT_CODES, where, profile + " valid with code " + c.asString());
        }
      }
    }
    for (String code : test.path("pointers").propertyNames()) {
      code(code, parserCodes, "parser registry (ProblemKind.java)", where);
    }
  }

  private void code(String token, Set<String> registry, String registryName, String where) {
    if (!TOKEN.matcher(token).matches()) {
      add(Rule.CODE_PATTERN, where, "not a T-SSS-LLLL token: " + token);
    } else if (!registry.contains(token)) {
      add(Rule.CODE_UNKNOWN, where, token + " is not in the " + registryName);
    }
  }

  private void add(Rule rule, String where, String message) {
    out.add(new Violation(rule, where, message));
  }
}
