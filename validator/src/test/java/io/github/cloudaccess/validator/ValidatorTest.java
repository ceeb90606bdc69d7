package io.github.cloudaccess.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class ValidatorTest {

  @Test
  void anUnreadableInputIsUntestableNotACrash() {
    Input broken = new Input() {
      @Override
      public String name() {
        return "broken";
      }

      @Override
      public InputStream open() throws IOException {
        throw new IOException("disk on fire");
      }
    };
    CollectingReporter r = new CollectingReporter();
    InputSummary s = new Validator(ValidatorOptions.defaults()).validate(broken, r);
    assertThat(r.tokens()).containsExactly("F-RUN-READ");
    assertThat(r.verdict()).isEqualTo("untestable");
    assertThat(s.rows()).isZero();
  }

  @Test
  void theSummaryDescribesTheInput() {
    CollectingReporter r = new CollectingReporter();
    InputSummary s = new Validator(ValidatorOptions.defaults()).validate(PathInput.text(
        TestDocs.sia2(TestDocs.CLOUD_FIELD, TestDocs.CLOUD, "<![CDATA[{}]]>")), r);
    assertThat(s.protocol()).isEqualTo(Protocol.SIA2);
    assertThat(s.votableVersion()).isEqualTo("1.5");
    assertThat(s.serialization()).isEqualTo("TABLEDATA");
    assertThat(s.rows()).isEqualTo(2);
    assertThat(s.rowsWithCloudAccess()).isEqualTo(2);
    assertThat(s.cdataSections()).isEqualTo(1);
    assertThat(r.tokens()).contains("I-RUN-TARG", "I-XML-CDAT", "S-CLD-SUMM", "W-CLD-EMTY");
  }

  @Test
  void aStreamingFailureMidwayKeepsTheFindingsSoFar() {
    String doc = TestDocs.sia2(TestDocs.CLOUD_FIELD, "{'a': 1}", TestDocs.CLOUD, "x & y");
    CollectingReporter r = PathInput.validate(PathInput.text(doc));
    assertThat(r.tokens()).contains("E-CLD-PYLT", "E-XML-AMPR")
        .doesNotContain("E-DAL-QSNO", "I-CLD-NCOL");
  }
}
