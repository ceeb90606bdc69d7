package io.github.cloudaccess.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GitHub workflow commands: escaping, limits, and the closing notice. */
class GithubAnnotationWriterTest {

  private static List<String> render(int limit, InputReport... inputs) {
    StringWriter s = new StringWriter();
    GithubAnnotationWriter w = new GithubAnnotationWriter(new PrintWriter(s), limit);
    w.start(Sample.INFO);
    for (InputReport i : inputs) {
      w.input(i);
    }
    w.end(RunTotals.EMPTY);
    return s.toString().lines().toList();
  }

  @Test
  void errorsAndWarningsBecomeAnnotationsInfosDoNot() {
    assertThat(render(10, Sample.mixed("r.xml", 9))).containsExactly(
        "::error file=r.xml,title=F-RUN-TOUT::Stage timed out.",
        "::error file=r.xml,line=12,col=34,title=E-XML-AMPR::Raw '&' starts no entity.",
        "::warning file=r.xml,line=40,col=7,title=W-CLD-KLSL::row 3 /aws/0/key: Key starts with '/'.",
        "::warning file=r.xml,line=41,col=7,title=W-CLD-KLSL::row 4 /aws/0/key: Key starts with '/'.");
  }

  @Test
  void limitPerKindThenOneNoticeCountingOmittedFindingsToo() {
    List<String> lines = render(1, Sample.mixed("r.xml", 1));
    assertThat(lines).hasSize(3);
    assertThat(lines.get(2)).startsWith("::notice ").contains("::2 more errors and warnings");
  }

  @Test
  void dataAndPropertiesAreEscaped() {
    assertThat(GithubAnnotationWriter.data("100% a\r\nb")).isEqualTo("100%25 a%0D%0Ab");
    assertThat(GithubAnnotationWriter.property("a:b,c%")).isEqualTo("a%3Ab%2Cc%25");
  }
}
