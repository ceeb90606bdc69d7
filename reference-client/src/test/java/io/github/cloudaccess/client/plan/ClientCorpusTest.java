package io.github.cloudaccess.client.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.cloudaccess.corpus.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the client-selection corpus ({@code test-corpus/cases/v1.0/client-*.json}) through the
 * {@link Planner}: routes must match exactly in order, expected skips must be included.
 */
class ClientCorpusTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(Corpus.locate().casesDir())) {
      return s.filter(p -> p.getFileName().toString().matches("client-.*\\.json")).sorted().toList();
    }
  }

  @Test
  void caseFilesMatchTheirSchemaAndAreEnough() throws IOException {
    Schema schema;
    try (InputStream in = ClientCorpusTest.class.getResourceAsStream("/client-case.schema.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    Set<String> descriptions = new HashSet<>();
    int tests = 0;
    List<Path> files = files();
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      JsonNode doc = JSON.readTree(f.toFile());
      assertThat(schema.validate(doc)).as("schema errors in %s", f.getFileName()).isEmpty();
      for (JsonNode group : doc) {
        for (JsonNode t : group.get("tests")) {
          tests++;
          assertThat(descriptions.add(t.get("description").asString()))
              .as("unique description: %s", t.get("description").asString()).isTrue();
          assertThat(t.get("description").asString()).doesNotContainIgnoringCase("should");
        }
      }
    }
    assertThat(tests).isGreaterThanOrEqualTo(30);
  }

  @TestFactory
  Stream<DynamicNode> corpus() throws IOException {
    List<DynamicNode> nodes = new ArrayList<>();
    for (Path f : files()) {
      JsonNode doc = JSON.readTree(f.toFile());
      List<DynamicNode> groups = new ArrayList<>();
      for (JsonNode group : doc) {
        List<DynamicNode> tests = new ArrayList<>();
        for (JsonNode t : group.get("tests")) {
          tests.add(DynamicTest.dynamicTest(t.get("description").asString(), () -> run(f, t)));
        }
        groups.add(DynamicContainer.dynamicContainer(group.get("description").asString(), tests));
      }
      nodes.add(DynamicContainer.dynamicContainer(f.getFileName().toString(), groups));
    }
    return nodes.stream();
  }

  private static void run(Path file, JsonNode t) {
    JsonNode e = t.get("environment");
    PlanOptions options = new PlanOptions(
        ProviderChoice.fromWire(e.get("provider").asString()),
        e.get("region").isNull() ? Optional.empty() : Optional.of(e.get("region").asString()),
        e.get("credentials").asBoolean(),
        e.path("accept_cross_region").asBoolean(false),
        e.path("cloud_only").asBoolean(false),
        e.path("on_prem_only").asBoolean(false),
        policy(e.path("leading_slash").asString("literal-then-stripped")));
    String data = t.get("data").isNull() ? null : t.get("data").asString();
    String url = t.get("access_url").isNull() ? null : t.get("access_url").asString();
    Plan plan = new Planner(options).plan(data, url);

    String where = file.getFileName() + " / " + t.get("description").asString() + "\n  data: " + data
        + "\n  actual routes: " + plan.routes().stream().map(ClientCorpusTest::project).toList()
        + "\n  actual skipped: " + plan.skipped();
    List<Map<String, String>> actual = plan.routes().stream().map(ClientCorpusTest::project).toList();
    JsonNode expected = t.get("routes");
    assertThat(actual).as(where).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      for (Map.Entry<String, JsonNode> m : expected.get(i).properties()) {
        assertThat(actual.get(i).get(m.getKey()))
            .as("route %d member %s in %s", i, m.getKey(), where).isEqualTo(m.getValue().asString());
      }
    }
    for (JsonNode s : t.get("skipped")) {
      String source = s.has("column") ? Skip.ACCESS_URL : s.get("pointer").asString();
      String reason = s.get("reason").asString();
      assertThat(plan.skipped())
          .as("skip %s %s in %s", source, reason, where)
          .anyMatch(k -> k.source().equals(source) && k.reason().wireName().equals(reason));
    }
    if (t.has("local_name")) {
      String name = t.get("local_name").isNull() ? null : t.get("local_name").asString();
      assertThat(plan.localName().orElse(null)).as("local name in %s", where).isEqualTo(name);
    }
  }

  private static LeadingSlashPolicy policy(String s) {
    return switch (s) {
      case "literal" -> LeadingSlashPolicy.LITERAL_ONLY;
      case "stripped" -> LeadingSlashPolicy.STRIPPED_ONLY;
      default -> LeadingSlashPolicy.LITERAL_THEN_STRIPPED;
    };
  }

  /** The corpus projection of a route: the member names of client-case.schema.json. */
  static Map<String, String> project(Route r) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("provider", r.provider());
    if (r instanceof S3Route s) {
      m.put("bucket_name", s.bucket());
      m.put("key", s.key());
      m.put("key_variant", s.keyVariant().wireName());
    } else if (r instanceof GoogleRoute g) {
      m.put("bucket_name", g.bucket());
      m.put("object_name", g.objectName());
    } else if (r instanceof AzureRoute a) {
      m.put("account_name", a.account());
      m.put("container_name", a.container());
      m.put("blob_name", a.blob());
    } else if (r instanceof OnPremRoute o) {
      m.put("url", o.url().toString());
      return m;
    }
    m.put("access", r.access().map(x -> x.wireName()).orElse("unspecified"));
    m.put("auth", r.auth().wireName());
    m.put("pointer", r.source());
    return m;
  }
}
