package io.github.cloudaccess.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The ProblemKind registry: one code per kind, one kind per code, severity in the first letter. */
class ProblemKindTest {

  @Test
  void codesAreUniqueAndWellFormed() {
    assertThat(Arrays.stream(ProblemKind.values()).map(ProblemKind::code))
        .doesNotHaveDuplicates()
        .allMatch(c -> c.matches("[EWI]-CLD-[A-Z]{4}"));
  }

  @Test
  void errorsAreExactlyTheEKinds() {
    for (ProblemKind k : ProblemKind.values()) {
      assertThat(k.isError()).as(k.name()).isEqualTo(k.code().startsWith("E-"));
    }
  }
}
