package io.github.cloudaccess.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SARIF report has the structure SARIF 2.1.0 requires and GitHub code scanning reads.
 *
 * <p>Rationale: the OASIS schema is not on Maven Central, so this checks, per object, that every
 * member is one SARIF 2.1.0 defines for it (the schema's additionalProperties: false) and that the
 * required members and value domains hold.
 */
class SarifReportWriterTest {

  private static final Map<String, Set<String>> ALLOWED = Map.of(
      "root", Set.of("$schema", "version", "runs"),
      "run", Set.of("tool", "invocations", "columnKind", "results", "properties"),
      "driver", Set.of("name", "version", "rules"),
      "rule", Set.of("id", "name", "shortDescription", "fullDescription", "defaultConfiguration", "properties"),
      "result", Set.of("ruleId", "ruleIndex", "level", "message", "locations", "partialFingerprints", "properties"),
      "physicalLocation", Set.of("artifactLocation", "region"),
      "region", Set.of("startLine", "startColumn"));

  private static JsonNode render(Path workingDir, InputReport... inputs) {
    StringWriter s = new StringWriter();
    SarifReportWriter w = new SarifReportWriter(s, new SarifLocations(workingDir));
    w.start(Sample.INFO);
    RunTotals t = RunTotals.EMPTY;
    for (InputReport i : inputs) {
      w.input(i);
      t = t.plus(i, FailOn.ERROR);
    }
    w.end(t);
    return JsonMapper.shared().readTree(s.toString());
  }

  private static void onlyAllowed(String kind, JsonNode node) {
    Set<String> names = new HashSet<>(node.propertyNames());
    assertThat(ALLOWED.get(kind)).as(kind).containsAll(names);
  }

  @Test
  void logHasTheRequiredStructure() {
    Path wd = Path.of("/work/repo");
    JsonNode log = render(wd, Sample.mixed("/work/repo/responses/r 1.xml", 9),
        Sample.mixed("-", 9));
    onlyAllowed("root", log);
    assertThat(log.get("version").asString()).isEqualTo("2.1.0");
    assertThat(log.get("$schema").asString()).isEqualTo(SarifReportWriter.SCHEMA);
    assertThat(log.get("runs")).hasSize(1);
    JsonNode run = log.get("runs").get(0);
    onlyAllowed("run", run);
    JsonNode driver = run.get("tool").get("driver");
    onlyAllowed("driver", driver);
    assertThat(driver.get("name").asString()).isEqualTo("cloud_access validator");
    assertThat(run.get("invocations").get(0).get("executionSuccessful").asBoolean()).isFalse();

    JsonNode rules = driver.get("rules");
    Set<String> ids = new java.util.LinkedHashSet<>();
    for (JsonNode rule : rules) {
      onlyAllowed("rule", rule);
      assertThat(ids.add(rule.get("id").asString())).as("unique rule id").isTrue();
      Code code = Code.fromToken(rule.get("id").asString());
      assertThat(rule.get("shortDescription").get("text").asString()).isEqualTo(code.title());
      assertThat(rule.get("defaultConfiguration").get("level").asString())
          .isEqualTo(SarifReportWriter.level(code.severity()));
    }
    assertThat(ids).containsExactly("E-XML-AMPR", "W-CLD-KLSL", "I-XML-CDAT", "F-RUN-TOUT");

    JsonNode results = run.get("results");
    assertThat(results).hasSize(10);
    for (JsonNode result : results) {
      onlyAllowed("result", result);
      String ruleId = result.get("ruleId").asString();
      assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asString()).isEqualTo(ruleId);
      assertThat(result.get("level").asString()).isIn("error", "warning", "note", "none");
      assertThat(result.get("message").get("text").asString()).isNotBlank();
      assertThat(result.get("partialFingerprints").get(SarifReportWriter.FINGERPRINT).asString())
          .matches("[0-9a-f]{32}");
    }
    JsonNode first = results.get(1);
    assertThat(first.get("ruleId").asString()).isEqualTo("E-XML-AMPR");
    JsonNode physical = first.get("locations").get(0).get("physicalLocation");
    onlyAllowed("physicalLocation", physical);
    onlyAllowed("region", physical.get("region"));
    assertThat(physical.get("artifactLocation").get("uri").asString()).isEqualTo("responses/r%201.xml");
    assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(12);
    assertThat(physical.get("region").get("startColumn").asInt()).isEqualTo(34);
    JsonNode fileLevel = results.get(0);
    assertThat(fileLevel.get("ruleId").asString()).isEqualTo("F-RUN-TOUT");
    assertThat(fileLevel.get("level").asString()).isEqualTo("error");
    JsonNode region = fileLevel.get("locations").get(0).get("physicalLocation").get("region");
    assertThat(region.get("startLine").asInt()).isEqualTo(1);
    assertThat(region.has("startColumn")).isFalse();
    JsonNode fromStdin = results.get(5);
    assertThat(fromStdin.has("locations")).isFalse();
    assertThat(fromStdin.get("properties").get("source").asString()).isEqualTo("-");
  }

  @Test
  void omittedFindingsAreCountedInRunProperties() {
    JsonNode run = render(Path.of("/w"), Sample.mixed("/w/r.xml", 1)).get("runs").get(0);
    assertThat(run.get("results")).hasSize(4);
    assertThat(run.get("properties").get("omitted").get("/w/r.xml").get("W-CLD-KLSL").asLong())
        .isEqualTo(1);
  }

  @Test
  void levelsFollowSeverity() {
    assertThat(List.of(Severity.values())).extracting(SarifReportWriter::level)
        .containsExactly("error", "warning", "note", "note", "error");
  }

  @Test
  void fingerprintsAreStableAndDistinguishFindings() {
    Finding a = Sample.at(Code.E_XML_AMPR, "r.xml", 3, 4, 0, null, "m");
    Finding sameElsewhereInLine = Sample.at(Code.E_XML_AMPR, "r.xml", 3, 9, 0, null, "other text");
    Finding b = Sample.at(Code.E_XML_AMPR, "r.xml", 4, 4, 0, null, "m");
    assertThat(SarifReportWriter.fingerprint(a, "r.xml"))
        .isEqualTo(SarifReportWriter.fingerprint(sameElsewhereInLine, "r.xml"))
        .isNotEqualTo(SarifReportWriter.fingerprint(b, "r.xml"))
        .isNotEqualTo(SarifReportWriter.fingerprint(a, "s.xml"));
  }

  @Test
  void artifactUrisAreRelativeToTheWorkingDirectory() {
    SarifLocations l = new SarifLocations(Path.of("/work/repo"));
    assertThat(l.uri("responses/a.xml")).isEqualTo("responses/a.xml");
    assertThat(l.uri("./responses/../b c.xml")).isEqualTo("b%20c.xml");
    assertThat(l.uri("/work/repo/x/y.vot")).isEqualTo("x/y.vot");
    assertThat(l.uri("a:b.xml")).isEqualTo("./a:b.xml");
    assertThat(l.uri("/elsewhere/z.xml")).isEqualTo("file:///elsewhere/z.xml");
    assertThat(l.uri("-")).isNull();
    assertThat(l.uri("https://example.org/sia")).isNull();
  }
}
