package io.github.cloudaccess.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds the sanity checker deliberately broken corpora and checks that it names each breakage. */
class CorpusSanityBrokenTest {

  private static final Set<String> VALIDATOR = Set.of("E-XML-AMPR", "I-XML-CDAT", "W-CLD-DICT");
  private static final Set<String> PARSER = Set.of("E-CLD-JSON", "W-CLD-DICT");

  @TempDir Path root;

  @BeforeEach
  void miniCorpus() throws IOException {
    Files.copy(Corpus.locate().root().resolve("case-schema.json"), root.resolve("case-schema.json"));
    Files.createDirectories(root.resolve("cases/v1.0"));
    Files.createDirectories(root.resolve("responses"));
    Files.writeString(root.resolve("responses/a.xml"), "<VOTABLE/>");
    document("document-a.json", "Group A", test("Raw ampersand in a cell", "responses/a.xml",
        "fail", "\"E-XML-AMPR\""));
    Files.writeString(root.resolve("cases/v1.0/value-a.json"), """
        [{"description": "Dict form", "tests": [{"description": "IRSA dict",
          "data": "{\\"aws\\": {}}", "lenient": {"valid": true, "codes": ["W-CLD-DICT"]},
          "strict": {"valid": false, "codes": []}}]}]
        """);
  }

  @Test
  void miniCorpusIsSane() {
    assertThat(check()).isEmpty();
  }

  @Test
  void malformedJsonIsReported() throws IOException {
    Files.writeString(root.resolve("cases/v1.0/document-b.json"), "[{\"description\": ");

    assertThat(rules()).containsExactly(Rule.JSON_SYNTAX);
  }

  @Test
  void schemaViolationIsReported() throws IOException {
    Files.writeString(root.resolve("cases/v1.0/document-b.json"), """
        [{"description": "Group B", "tests": [{"description": "No verdict",
          "response": "responses/a.xml", "protocol": "sia3", "codes": []}]}]
        """);

    assertThat(rules()).containsOnly(Rule.SCHEMA);
  }

  @Test
  void duplicateDescriptionAcrossFilesIsReported() throws IOException {
    document("document-b.json", "Group B", test("Raw ampersand in a cell", "responses/a.xml",
        "fail", ""));

    assertThat(rules()).containsExactly(Rule.DESCRIPTION_DUPLICATE);
  }

  @Test
  void missingResponseIsReported() throws IOException {
    document("document-b.json", "Group B", test("Cut document", "responses/gone.xml", "fail", ""));

    assertThat(rules()).containsExactly(Rule.RESPONSE_MISSING);
  }

  @Test
  void unusedResponseIsReported() throws IOException {
    Files.writeString(root.resolve("responses/orphan.xml"), "<VOTABLE/>");

    assertThat(rules()).containsExactly(Rule.RESPONSE_UNUSED);
  }

  @Test
  void unknownCodeIsReported() throws IOException {
    document("document-b.json", "Group B", test("Invented code", "responses/a.xml", "fail",
        "\"E-XML-ZZZZ\""));

    assertThat(rules()).containsExactly(Rule.CODE_UNKNOWN);
  }

  @Test
  void validatorCodeInValueTestIsUnknownToTheParser() throws IOException {
    Files.writeString(root.resolve("cases/v1.0/value-b.json"), """
        [{"description": "Group B", "tests": [{"description": "Wrong registry", "data": "{}",
          "lenient": {"valid": true, "codes": ["I-XML-CDAT"]},
          "strict": {"valid": true, "codes": []}}]}]
        """);

    assertThat(rules()).containsExactly(Rule.CODE_UNKNOWN);
  }

  @Test
  void malformedCodeTokenIsReported() throws IOException {
    document("document-b.json", "Group B", test("Short label", "responses/a.xml", "fail",
        "\"E-XML-AMP\""));

    assertThat(rules()).contains(Rule.CODE_PATTERN, Rule.SCHEMA);
  }

  @Test
  void wordingAndLengthAreReported() throws IOException {
    document("document-b.json", "Group B", test("Parser should reject it", "responses/a.xml",
        "fail", ""));
    document("document-c.json", "Group C", test("x".repeat(100), "responses/a.xml", "fail", ""));

    assertThat(rules()).contains(Rule.DESCRIPTION_WORDING, Rule.DESCRIPTION_LENGTH);
  }

  @Test
  void errorCodeInPassingTestIsReported() throws IOException {
    document("document-b.json", "Group B", test("Pass with an error", "responses/a.xml", "pass",
        "\"E-XML-AMPR\""));

    assertThat(rules()).containsExactly(Rule.VERDICT_CODES);
  }

  @Test
  void valueTestInDocumentFileIsReported() throws IOException {
    Files.writeString(root.resolve("cases/v1.0/document-b.json"), """
        [{"description": "Group B", "tests": [{"description": "Value here", "data": "{}",
          "lenient": {"valid": true, "codes": []}, "strict": {"valid": true, "codes": []}}]}]
        """);

    assertThat(rules()).containsExactly(Rule.FILE_KIND);
  }

  @Test
  void clientTestWithoutRoutesIsReported() throws IOException {
    Files.writeString(root.resolve("cases/v1.0/client-a.json"), """
        [{"description": "Group B", "spec": "convention.md 1.3", "tests": [{
          "description": "No routes", "data": null, "access_url": "https://a.example/x.fits",
          "environment": {"provider": "aws", "region": null, "credentials": false},
          "skipped": []}]}]
        """);

    assertThat(rules()).containsExactly(Rule.SCHEMA);
  }

  @Test
  void unknownFileNameIsReported() throws IOException {
    Files.writeString(root.resolve("cases/v1.0/notes.txt"), "scratch");

    assertThat(rules()).containsExactly(Rule.FILE_KIND);
  }

  @Test
  void tamperedObjectAndShortManifestAreReported() throws IOException {
    CorpusObject real = Corpus.locate().objects().get(0);
    String manifest = Files.readString(Corpus.locate().manifest());
    String first = manifest.substring(manifest.indexOf("{\"id\""), manifest.indexOf('}',
        manifest.indexOf("{\"id\"")) + 1);
    Files.createDirectories(root.resolve("objects"));
    Files.writeString(root.resolve("objects/manifest.json"), "{\"generator\": \"fits-v1\", "
        + "\"objects\": [" + first.replace(real.sha256(), "0".repeat(64)) + "]}");

    List<Violation> violations = new CorpusSanity(root, VALIDATOR, PARSER).check();

    assertThat(violations).extracting(Violation::rule)
        .containsExactlyInAnyOrder(Rule.OBJECT_BYTES, Rule.OBJECT_MANIFEST);
  }

  private List<Violation> check() {
    return new CorpusSanity(root, VALIDATOR, PARSER).checkCases();
  }

  private List<Rule> rules() {
    return check().stream().map(Violation::rule).distinct().toList();
  }

  private void document(String file, String group, String test) throws IOException {
    Files.writeString(root.resolve("cases/v1.0").resolve(file),
        "[{\"description\": \"" + group + "\", \"tests\": [" + test + "]}]");
  }

  private static String test(String description, String response, String verdict, String codes) {
    return "{\"description\": \"" + description + "\", \"response\": \"" + response
        + "\", \"protocol\": \"auto\", \"verdict\": \"" + verdict + "\", \"codes\": [" + codes
        + "]}";
  }
}
