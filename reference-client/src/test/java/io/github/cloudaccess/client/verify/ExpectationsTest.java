package io.github.cloudaccess.client.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.client.record.ProductRecord;
import io.github.cloudaccess.client.transfer.ObjectFacts;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Exact sizes must match; estimates only count when nothing exact is known; MD5s must match. */
class ExpectationsTest {

  private static ProductRecord rec(OptionalLong exact, OptionalLong est) {
    return new ProductRecord(0, Optional.empty(), Optional.empty(), Optional.empty(), exact, est);
  }

  private static ObjectFacts size(long n) {
    return new ObjectFacts(OptionalLong.of(n), Optional.empty());
  }

  @Test
  void exactSizesMustAllMatch() {
    var e = new Expectations(rec(OptionalLong.of(100), OptionalLong.empty()), size(100), size(100), 0.1);
    assertThat(e.mismatches(100, "x")).isEmpty();
    assertThat(e.mismatches(99, "x")).hasSize(3);
    var headDiffers = new Expectations(rec(OptionalLong.empty(), OptionalLong.empty()), size(101), size(100), 0.1);
    assertThat(headDiffers.mismatches(100, "x")).hasSize(1);
  }

  @Test
  void estimatedSizeIsCheckedOnlyWithoutAnExactOne() {
    ProductRecord r = rec(OptionalLong.empty(), OptionalLong.of(100 * 1024));
    var none = new Expectations(r, ObjectFacts.UNKNOWN, ObjectFacts.UNKNOWN, 0.1);
    assertThat(none.mismatches(100 * 1024 + 5000, "x")).isEmpty();
    assertThat(none.mismatches(50 * 1024, "x")).hasSize(1);
    assertThat(new Expectations(r, ObjectFacts.UNKNOWN, ObjectFacts.UNKNOWN, -1).mismatches(1, "x")).isEmpty();
    var exactKnown = new Expectations(r, ObjectFacts.UNKNOWN, size(10), 0.1);
    assertThat(exactKnown.mismatches(10, "x")).isEmpty();
  }

  @Test
  void smallEstimatesAllowOneKbyteOfRounding() {
    var e = new Expectations(rec(OptionalLong.empty(), OptionalLong.of(1024)), ObjectFacts.UNKNOWN, ObjectFacts.UNKNOWN, 0.1);
    assertThat(e.mismatches(1, "x")).isEmpty();
    assertThat(e.mismatches(2048, "x")).isEmpty();
    assertThat(e.mismatches(2049, "x")).hasSize(1);
  }

  @Test
  void md5sMustMatch() {
    ObjectFacts md5 = new ObjectFacts(OptionalLong.empty(), Optional.of("aa"));
    var e = new Expectations(rec(OptionalLong.empty(), OptionalLong.empty()), md5, ObjectFacts.UNKNOWN, 0.1);
    assertThat(e.mismatches(1, "AA")).isEmpty();
    assertThat(e.mismatches(1, "bb")).hasSize(1);
  }
}
