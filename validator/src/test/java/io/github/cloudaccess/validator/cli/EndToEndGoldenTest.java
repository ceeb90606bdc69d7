package io.github.cloudaccess.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.corpus.Corpus;
import io.github.cloudaccess.corpus.DocumentCase;
import io.github.cloudaccess.validator.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command with the real checking pipeline over recorded corpus responses: golden reports for
 * a few of them, exit statuses that follow the corpus verdicts, and no validator fault anywhere.
 */
class EndToEndGoldenTest {

  /** The corpus responses, relative to the module directory (the tests' working directory). */
  static final String RESPONSES = "../test-corpus/responses/";

  /** Golden file name to the response and format it shows. */
  static final Map<String, List<String>> CASES = new LinkedHashMap<>();

  static {
    CASES.put("corpus-sia2-multi-provider.expected.txt", List.of("sia2-multi-provider.xml"));
    CASES.put("corpus-sia2-raw-ampersand.expected.txt", List.of("sia2-raw-ampersand.xml"));
    CASES.put("corpus-datalink-cloud-on-preview.expected.json",
        List.of("--format", "json", "datalink-cloud-on-preview.xml"));
  }

  /** @return the exit status the corpus expects for a response checked with default options */
  private static int expectedStatus(String response) {
    DocumentCase c = Corpus.locate().documentCases().stream()
        .filter(d -> d.response().getFileName().toString().equals(response))
        .filter(d -> d.protocol().equals("auto") && d.profile().equals("lenient"))
        .findFirst().orElseThrow(() -> new AssertionError("no corpus case for " + response));
    return switch (c.verdict()) {
      case PASS -> ExitStatus.OK;
      case FAIL -> ExitStatus.FINDINGS;
      case UNTESTABLE -> ExitStatus.UNTESTABLE;
    };
  }

  private static CliRun real(String... args) {
    return CliRun.withFactory(options -> new Validator(options)::validate, "", Map.of(), args);
  }

  @TestFactory
  Stream<DynamicTest> corpusReportsMatchTheirGoldenFiles() {
    return CASES.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      List<String> spec = e.getValue();
      String response = spec.get(spec.size() - 1);
      String[] args = Stream.concat(spec.stream().limit(spec.size() - 1L),
          Stream.of(RESPONSES + response)).toArray(String[]::new);
      CliRun r = real(args);
      assertThat(r.err()).as("standard error").isEmpty();
      assertThat(r.status()).as("exit status follows the corpus verdict")
          .isEqualTo(expectedStatus(response));
      GoldenTest.compare(Path.of(GoldenTest.GOLDEN + e.getKey()), GoldenTest.normalise(r.out()));
    }));
  }

  /** Standard input goes through the same pipeline as the file it came from. */
  @Test
  void standardInputGivesTheSameFindingsAsTheFile() throws IOException {
    String body = Files.readString(Path.of(RESPONSES + "sia2-raw-ampersand.xml"));
    CliRun fromStdin = CliRun.withFactory(options -> new Validator(options)::validate, body,
        Map.of(), "--format", "json", "-");
    CliRun fromFile = real("--format", "json", RESPONSES + "sia2-raw-ampersand.xml");
    JsonNode a = JsonMapper.shared().readTree(fromStdin.out()).get("inputs").get(0);
    JsonNode b = JsonMapper.shared().readTree(fromFile.out()).get("inputs").get(0);
    assertThat(a.get("counts")).isEqualTo(b.get("counts"));
    assertThat(fromStdin.status()).isEqualTo(fromFile.status()).isEqualTo(ExitStatus.FINDINGS);
  }

  /**
   * Every recorded response, hostile ones included, gives findings and never a validator fault or
   * a stack trace; the exit status agrees with the report's totals.
   */
  @Test
  void wholeCorpusDirectoryRunsWithoutValidatorFaults() {
    CliRun r = real("--format", "json", "--maxrepeat", "1", RESPONSES);
    assertThat(r.err()).as("standard error").isEmpty();
    JsonNode doc = JsonMapper.shared().readTree(r.out());
    try (Stream<Path> files = Files.list(Path.of(RESPONSES))) {
      assertThat(doc.get("inputs")).hasSize((int) files.filter(p -> p.toString().endsWith(".xml")).count());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    for (JsonNode in : doc.get("inputs")) {
      assertThat(in.get("counts").has("F-RUN-UNEX")).as(in.get("source").asString()).isFalse();
      assertThat(in.get("summary").isNull()).as(in.get("source").asString()).isFalse();
    }
    JsonNode totals = doc.get("totals");
    int expected = totals.get("errors").asLong() > 0 ? ExitStatus.FINDINGS
        : totals.get("failures").asLong() > 0 ? ExitStatus.UNTESTABLE : ExitStatus.OK;
    assertThat(r.status()).isEqualTo(expected);
    assertThat(totals.get("passed").asLong() + totals.get("failed").asLong())
        .isEqualTo(doc.get("inputs").size());
  }
}
