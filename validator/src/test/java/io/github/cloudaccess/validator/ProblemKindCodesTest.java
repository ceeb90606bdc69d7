package io.github.cloudaccess.validator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.schema.ProblemKind;
import io.github.cloudaccess.validator.report.Code;
import org.junit.jupiter.api.Test;

/** The schema parser's problem kinds map one-to-one onto emitted codes of the registry. */
class ProblemKindCodesTest {

  @Test
  void everyProblemKindNamesAnEmittedCodeOfTheSameSeverity() {
    for (ProblemKind kind : ProblemKind.values()) {
      Code code = Code.fromToken(kind.code());
      assertThat(code.token()).as(kind.name()).isEqualTo(kind.code());
      assertThat(code.reserved()).as(kind.name() + " -> " + code.token()).isFalse();
      assertThat(code.area()).as(kind.name()).isEqualTo("CLD");
    }
  }

  @Test
  void noTwoKindsShareACode() {
    assertThat(java.util.Arrays.stream(ProblemKind.values()).map(ProblemKind::code))
        .doesNotHaveDuplicates();
  }
}
