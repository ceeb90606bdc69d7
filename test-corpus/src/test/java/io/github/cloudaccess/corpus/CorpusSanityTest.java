package io.github.cloudaccess.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs the sanity checker over the real corpus, including the value files another helper writes. */
class CorpusSanityTest {

  private final Path root = Corpus.locate().root();

  @Test
  void corpusHasNoViolations() {
    List<Violation> violations = CorpusSanity.forRepository(root).check();

    assertThat(violations)
        .as("corpus violations:%n%s", violations.stream().map(Violation::toString)
            .collect(Collectors.joining(System.lineSeparator())))
        .isEmpty();
  }

  @Test
  void registriesAreReadFromTheSources() {
    Path repo = root.getParent();

    assertThat(CodeRegistry.validatorCodes(repo.resolve(CodeRegistry.CODE_JAVA)))
        .contains("E-XML-AMPR", "W-CLD-DICT", "I-VOT-SERZ", "F-RUN-UNEX")
        .allMatch(c -> CaseFileRules.TOKEN.matcher(c).matches());
    assertThat(CodeRegistry.parserCodes(repo.resolve(CodeRegistry.PROBLEM_KIND_JAVA)))
        .contains("E-CLD-JSON", "W-CLD-DICT", "I-CLD-NACC")
        .doesNotContain("E-XML-AMPR");
  }
}
