package io.github.cloudaccess.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader: locating the corpus and turning its files into records. */
class CorpusTest {

  private final Corpus corpus = Corpus.locate();

  @Test
  void locateFindsTheDirectoryHoldingTheSchema() {
    assertThat(corpus.root().resolve("case-schema.json")).isRegularFile();
    assertThat(corpus.casesDir()).endsWith(Path.of("cases", "v1.0"));
  }

  @Test
  void explicitDirectoryMustBeACorpus(@TempDir Path empty) {
    String before = System.getProperty(Corpus.DIR_PROPERTY);
    try {
      System.setProperty(Corpus.DIR_PROPERTY, empty.toString());
      assertThatThrownBy(Corpus::locate).isInstanceOf(IllegalStateException.class);
      System.setProperty(Corpus.DIR_PROPERTY, corpus.root().toString());
      assertThat(Corpus.locate().root()).isEqualTo(corpus.root());
    } finally {
      if (before == null) {
        System.clearProperty(Corpus.DIR_PROPERTY);
      } else {
        System.setProperty(Corpus.DIR_PROPERTY, before);
      }
    }
  }

  @Test
  void documentCasesCoverEveryProtocolAndVerdictKind() {
    List<DocumentCase> cases = corpus.documentCases();

    assertThat(cases).hasSizeGreaterThanOrEqualTo(45);
    assertThat(cases).allSatisfy(c -> assertThat(c.response()).isRegularFile());
    assertThat(cases.stream().map(DocumentCase::protocol).collect(Collectors.toSet()))
        .isEqualTo(Set.of("auto", "sia1", "sia2", "datalink"));
    assertThat(cases.stream().map(DocumentCase::verdict).collect(Collectors.toSet()))
        .contains(Verdict.PASS, Verdict.FAIL);
    assertThat(cases).extracting(DocumentCase::profile).containsOnly("lenient", "strict");
  }

  @Test
  void requireCloudIsReadAndDefaultsToFalse() {
    List<DocumentCase> cases = corpus.documentCases();

    assertThat(cases).filteredOn(DocumentCase::requireCloud)
        .extracting(DocumentCase::description).contains("Required cloud_access column absent");
    assertThat(cases).filteredOn(c -> c.description().equals("Empty TD is null: the row has no"
        + " cloud copy")).singleElement().satisfies(c -> assertThat(c.requireCloud()).isFalse());
  }

  @Test
  void readmeResponsePassesInTheLenientProfile() {
    Path readme = corpus.responsesDir().resolve("sia2-tabledata-escaped.xml");

    assertThat(corpus.documentCases())
        .filteredOn(c -> c.response().equals(readme) && c.profile().equals("lenient"))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.verdict()).isEqualTo(Verdict.PASS));
  }

  @Test
  void findingsCarryALineOrARow() {
    List<ExpectedFinding> findings = corpus.documentCases().stream()
        .flatMap(c -> c.findings().stream()).toList();

    assertThat(findings).isNotEmpty().allMatch(f -> f.line() > 0 || f.row() > 0);
    assertThat(corpus.documentCases())
        .filteredOn(c -> c.response().getFileName().toString().equals("sia2-raw-ampersand.xml"))
        .singleElement()
        .satisfies(c -> assertThat(c.findings()).extracting(ExpectedFinding::line)
            .containsExactly(109L, 167L, 178L));
  }

  @Test
  void valueCasesCarryDataAndBothProfiles() {
    assertThat(corpus.valueCases()).allSatisfy(v -> {
      assertThat(v.data()).isNotNull();
      assertThat(v.lenient()).isNotNull();
      assertThat(v.strict()).isNotNull();
    });
  }

  @Test
  void objectsSpanFourCollectionsAndDistinctSkyBandAndTime() {
    List<CorpusObject> objects = corpus.objects();

    assertThat(objects).hasSizeGreaterThanOrEqualTo(100);
    assertThat(objects.stream().map(CorpusObject::collection).distinct()).hasSize(4);
    // A 1-degree cone round M51, a near-infrared band and a 2024 time range each select a strict,
    // non-empty subset, so SIA 2.0 POS/BAND/TIME filters can be told apart.
    assertThat(objects).filteredOn(o -> Math.abs(o.ra() - 202.47) < 1 && Math.abs(o.dec() - 47.2) < 1)
        .isNotEmpty().hasSizeLessThan(objects.size() / 4);
    assertThat(objects).filteredOn(o -> o.emMin() <= 1.6e-6 && o.emMax() >= 1.6e-6)
        .isNotEmpty().hasSizeLessThan(objects.size() / 4);
    assertThat(objects).filteredOn(o -> o.tMin() >= 60310 && o.tMax() <= 60676)
        .isNotEmpty().hasSizeLessThan(objects.size() / 2);
  }

  @Test
  void openStreamYieldsTheGeneratedBytes() throws Exception {
    CorpusObject o = corpus.objects().get(0);

    try (var in = o.openStream()) {
      assertThat(in.readAllBytes()).isEqualTo(o.bytes()).hasSize((int) o.size());
    }
  }

  @Test
  void missingMemberNamesTheFile(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("cases/v1.0"));
    Files.writeString(dir.resolve("case-schema.json"), "{}");
    Files.writeString(dir.resolve("cases/v1.0/document-x.json"),
        "[{\"description\": \"g\", \"tests\": [{\"description\": \"t\"}]}]");

    assertThatThrownBy(() -> new Corpus(dir).documentCases())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("document-x.json");
  }
}
