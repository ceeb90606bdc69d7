package io.github.cloudaccess.validator.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Bounded, deterministic, thread-safe collection of one input's findings. */
class InputCollectorTest {

  private static Finding line(Code code, long line) {
    return Sample.at(code, "x.xml", line, 1, line, null, "m" + line);
  }

  @Test
  void keepsTheEarliestFindingsPerCodeAndCountsAll() {
    InputCollector c = new InputCollector("x.xml", 3);
    for (long l = 100; l >= 1; l--) {
      c.report(line(Code.E_XML_AMPR, l));
    }
    c.report(line(Code.W_CLD_NREG, 7));
    InputReport r = c.finish(null, 0);
    assertThat(r.findings(Code.E_XML_AMPR)).extracting(f -> f.position().line())
        .containsExactly(1L, 2L, 3L);
    assertThat(r.counts()).containsEntry(Code.E_XML_AMPR, 100L).containsEntry(Code.W_CLD_NREG, 1L);
    assertThat(r.omitted()).containsExactly(java.util.Map.entry(Code.E_XML_AMPR, 97L));
    assertThat(r.severityCounts()).isEqualTo(new SeverityCounts(100, 1, 0, 0, 0));
  }

  @Test
  void ordersByLineThenColumnThenRowThenPointer() {
    InputCollector c = new InputCollector("x.xml", 9);
    c.report(Sample.at(Code.W_CLD_KLSL, "x.xml", 5, 2, 1, "/b", "m"));
    c.report(Sample.at(Code.W_CLD_KLSL, "x.xml", 5, 2, 1, "/a", "m"));
    c.report(Sample.at(Code.W_CLD_KLSL, "x.xml", 5, 1, 9, null, "m"));
    c.report(Sample.at(Code.W_CLD_KLSL, "x.xml", 4, 9, 9, null, "m"));
    c.report(Sample.at(Code.W_CLD_KLSL, "x.xml", 5, 2, 0, null, "m"));
    List<Finding> kept = c.finish(null, 0).findings();
    assertThat(kept).extracting(f -> f.position().line() + ":" + f.position().column() + ":"
        + f.position().row() + ":" + f.position().pointer())
        .containsExactly("4:9:9:null", "5:1:9:null", "5:2:0:null", "5:2:1:/a", "5:2:1:/b");
  }

  @Test
  void maxRepeatZeroKeepsOnlyCounts() {
    InputCollector c = new InputCollector("x.xml", 0);
    c.report(line(Code.E_XML_AMPR, 1));
    InputReport r = c.finish(null, 0);
    assertThat(r.findings()).isEmpty();
    assertThat(r.omitted()).containsEntry(Code.E_XML_AMPR, 1L);
    assertThatThrownBy(() -> new InputCollector("x", -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void missingPositionAndMessageAreFilledIn() {
    InputCollector c = new InputCollector("x.xml", 9);
    c.report(new Finding(Code.F_RUN_UNEX, null, null, null));
    Finding f = c.finish(null, 0).findings().get(0);
    assertThat(f.position()).isEqualTo(Position.of("x.xml"));
    assertThat(f.message()).isEmpty();
  }

  @Test
  void causesGoToTheFaultListenerOnly() {
    AtomicReference<Throwable> seen = new AtomicReference<>();
    InputCollector c = new InputCollector("x.xml", 9, (f, t) -> seen.set(t));
    c.report(line(Code.E_XML_AMPR, 1));
    assertThat(seen.get()).isNull();
    IllegalStateException boom = new IllegalStateException("boom");
    c.report(new Finding(Code.F_RUN_UNEX, "fault", Position.of("x.xml"), null), boom);
    assertThat(seen.get()).isSameAs(boom);
    assertThat(c.counts()).containsEntry(Code.F_RUN_UNEX, 1L);
  }

  /** Two threads, random interleaving: the kept findings must not depend on it. */
  @RepeatedTest(5)
  void keptFindingsDoNotDependOnThreadInterleaving() throws Exception {
    List<Finding> all = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      // Many ties on position, broken only by message text.
      all.add(Sample.at(i % 2 == 0 ? Code.E_XML_AMPR : Code.W_CLD_NREG, "x.xml", i % 50, i % 3,
          0, null, "m" + (i * 7919 % 2000)));
    }
    InputCollector sequential = new InputCollector("x.xml", 9);
    all.forEach(sequential::report);
    List<Finding> expected = sequential.finish(null, 0).findings();

    Collections.shuffle(all, new Random());
    InputCollector parallel = new InputCollector("x.xml", 9);
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (List<Finding> half : List.of(all.subList(0, 1000), all.subList(1000, 2000))) {
      Thread t = new Thread(() -> {
        try {
          go.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        half.forEach(parallel::report);
      });
      t.start();
      threads.add(t);
    }
    go.countDown();
    for (Thread t : threads) {
      t.join(10_000);
    }
    InputReport r = parallel.finish(null, 0);
    assertThat(r.findings()).isEqualTo(expected);
    assertThat(r.counts()).containsEntry(Code.E_XML_AMPR, 1000L).containsEntry(Code.W_CLD_NREG, 1000L);
  }

  /** A million rows, each with a finding, keep maxrepeat findings: memory does not grow with them. */
  @Test
  void millionFindingsKeepBoundedState() {
    InputCollector c = new InputCollector("big.xml", 9);
    for (long row = 1; row <= 1_000_000; row++) {
      c.report(new Finding(Code.W_CLD_NREG, "No region member.",
          new Position("big.xml", 1_000_000 - row + 10, 5, row, "/aws/0"), null));
    }
    InputReport r = c.finish(null, 0);
    assertThat(r.findings()).hasSize(9);
    assertThat(r.findings().get(0).position().line()).isEqualTo(10);
    assertThat(r.counts()).containsEntry(Code.W_CLD_NREG, 1_000_000L);
    assertThat(r.omitted()).containsEntry(Code.W_CLD_NREG, 999_991L);
  }
}
