package io.github.cloudaccess.validator.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudaccess.schema.Profile;
import io.github.cloudaccess.validator.CollectingReporter;
import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.stage.Emitter;
import io.github.cloudaccess.validator.stage.SynchronizedReporter;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CloudCellPipelineTest {

  @Test
  @Timeout(60)
  void everyCellIsCheckedOnceAcrossWorkers() {
    CollectingReporter r = new CollectingReporter();
    Emitter out = new Emitter("t", new SynchronizedReporter(r));
    CloudTally[] tallies = new CloudTally[3];
    AtomicInteger made = new AtomicInteger();
    CloudCellPipeline p = new CloudCellPipeline(3, () -> {
      CloudTally t = new CloudTally();
      tallies[made.getAndIncrement()] = t;
      return new CloudCellChecker(out, Profile.LENIENT, true, t);
    });
    int n = 5000;
    for (int i = 1; i <= n; i++) {
      p.submit(new CloudCell(i, i % 100 == 0 ? "{broken" : "{\"aws\": [{\"bucket_name\":"
          + " \"nasa-irsa-example\", \"key\": \"k" + i + "\", \"region\": \"us-east-1\","
          + " \"access\": \"open\"}]}", i, 1));
    }
    p.finish();
    long parsed = 0;
    for (CloudTally t : tallies) {
      parsed += t.parsed();
    }
    assertThat(parsed).isEqualTo(n);
    assertThat(r.withCode(Code.E_CLD_JSON)).hasSize(n / 100);
  }

  @Test
  @Timeout(60)
  void aWorkerFaultIsRethrownAndNeverBlocksTheProducer() {
    CloudCellPipeline p = new CloudCellPipeline(1, () -> null);
    for (int i = 0; i < 20_000; i++) {
      p.submit(new CloudCell(i, "{}", 1, 1));
    }
    assertThatThrownBy(p::finish).isInstanceOf(NullPointerException.class);
  }
}
