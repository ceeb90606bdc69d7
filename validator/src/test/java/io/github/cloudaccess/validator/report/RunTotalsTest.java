package io.github.cloudaccess.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Verdicts per input and over a run: E beats F beats pass; warnings fail only on request. */
class RunTotalsTest {

  @Test
  void verdictOfCounts() {
    assertThat(Verdict.of(SeverityCounts.ZERO, FailOn.ERROR)).isEqualTo(Verdict.PASS);
    assertThat(Verdict.of(new SeverityCounts(0, 5, 3, 1, 0), FailOn.ERROR)).isEqualTo(Verdict.PASS);
    assertThat(Verdict.of(new SeverityCounts(0, 5, 0, 0, 0), FailOn.WARNING)).isEqualTo(Verdict.FAIL);
    assertThat(Verdict.of(new SeverityCounts(0, 0, 0, 0, 1), FailOn.ERROR)).isEqualTo(Verdict.UNTESTABLE);
    assertThat(Verdict.of(new SeverityCounts(1, 0, 0, 0, 1), FailOn.ERROR)).isEqualTo(Verdict.FAIL);
  }

  @Test
  void totalsAddUpInputs() {
    InputReport clean = new InputCollector("a", 9).finish(null, 0);
    InputReport mixed = Sample.mixed("b", 9);
    RunTotals t = RunTotals.EMPTY.plus(clean, FailOn.ERROR).plus(mixed, FailOn.ERROR);
    assertThat(t.passed()).isEqualTo(1);
    assertThat(t.failed()).isEqualTo(1);
    assertThat(t.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(t.counts()).isEqualTo(new SeverityCounts(1, 2, 1, 0, 1));
    assertThat(t.counts().describe())
        .isEqualTo("errors: 1; warnings: 2; infos: 1; summaries: 0; failures: 1");
  }

  @Test
  void failOnThreshold() {
    assertThat(FailOn.ERROR.fails(Severity.WARNING)).isFalse();
    assertThat(FailOn.WARNING.fails(Severity.WARNING)).isTrue();
    assertThat(FailOn.WARNING.fails(Severity.INFO)).isFalse();
    assertThat(FailOn.ERROR.fails(Severity.FAILURE)).isFalse();
  }
}
