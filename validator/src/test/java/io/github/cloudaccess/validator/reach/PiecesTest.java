package io.github.cloudaccess.validator.reach;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.schema.Access;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The small parts: digests, ranges, URL paths, estimates, percentiles, retries, selection. */
class PiecesTest {

  @Test
  void digestsAreReadOnlyWhenCertain() {
    String hex = "0123456789abcdef0123456789abcdef";
    assertThat(Digests.md5FromEtag("\"0123456789ABCDEF0123456789ABCDEF\"")).isEqualTo(hex);
    assertThat(Digests.md5FromEtag("\"" + hex + "-3\"")).as("multipart").isNull();
    assertThat(Digests.md5FromEtag("W/\"" + hex + "\"")).as("weak").isNull();
    assertThat(Digests.md5FromEtag("\"5f3a-1b\"")).isNull();
    assertThat(Digests.md5FromBase64("ASNFZ4mrze8BI0VniavN7w==")).isEqualTo(hex);
    assertThat(Digests.md5FromBase64("not base64!")).isNull();
    assertThat(Digests.md5FromGoogleHash(List.of("crc32c=n03x6A==,md5=ASNFZ4mrze8BI0VniavN7w==")))
        .isEqualTo(hex);
    assertThat(Digests.md5FromGoogleHash(List.of("crc32c=n03x6A=="))).isNull();
  }

  @Test
  void contentRangeTotalsAreRead() {
    assertThat(Ranges.total("bytes 0-2879/123456")).isEqualTo(123_456);
    assertThat(Ranges.total("bytes */0")).isZero();
    assertThat(Ranges.total("bytes 0-9/*")).isEqualTo(-1);
    assertThat(Ranges.total("items 0-9/10")).isEqualTo(-1);
    assertThat(Ranges.total(null)).isEqualTo(-1);
  }

  @Test
  void objectNamesAreEncodedLiterally() {
    assertThat(UrlPaths.encode("dir/a b+c%é.fits")).isEqualTo("dir/a%20b%2Bc%25%C3%A9.fits");
    assertThat(UrlPaths.encode("/lead")).isEqualTo("/lead");
    assertThat(UrlPaths.join("http://h/base/", "x")).isEqualTo("http://h/base/x");
  }

  @Test
  void estimatesAcceptEitherKilobyteWithinOneKibibyte() {
    assertThat(ConsistencyRules.estimateFits(10_000, 10)).isTrue();
    assertThat(ConsistencyRules.estimateFits(10_240, 10)).isTrue();
    assertThat(ConsistencyRules.estimateFits(11_300, 10)).isFalse();
    assertThat(ConsistencyRules.estimateFits(500, 0)).isTrue();
    assertThat(ConsistencyRules.estimateFits(2_000_000, 1_000)).isFalse();
  }

  @Test
  void percentilesUseNearestRank() {
    RequestStats stats = new RequestStats();
    IntStream.rangeClosed(1, 100).forEach(i -> stats.latency(i * 1_000_000L));
    assertThat(stats.percentile(0.5)).isEqualTo(Duration.ofMillis(50));
    assertThat(stats.percentile(0.99)).isEqualTo(Duration.ofMillis(99));
    assertThat(new RequestStats().percentile(0.9)).isZero();
  }

  @Test
  void retriesStopAtTheirBound() {
    AtomicInteger calls = new AtomicInteger();
    int last = new Retrier(3, Duration.ofMillis(1)).run(calls::incrementAndGet, n -> true);
    assertThat(last).isEqualTo(4);
    calls.set(0);
    new Retrier(3, Duration.ofMillis(1)).run(calls::incrementAndGet, n -> n < 2);
    assertThat(calls).hasValue(2);
  }

  @Test
  void selectionLimitsSamplesAndKeepsDocumentOrder() {
    List<ObjectRef> refs = IntStream.rangeClosed(1, 1_000)
        .mapToObj(i -> Refs.aws(i, "b-1", "k" + i, null, Access.OPEN)).toList();
    ReachOptions o = ReachOptions.defaults().withBatchSize(300);
    Selection limited = new Selection(refs.stream(), o.withMaxObjects(700));
    assertThat(limited.next()).hasSize(300);
    assertThat(limited.next()).hasSize(300);
    assertThat(limited.next()).hasSize(100);
    assertThat(limited.next()).isEmpty();
    assertThat(limited.seen()).isEqualTo(1_000);

    List<Long> first = new Selection(refs.stream(), o.withSample(50, 42)).next().stream()
        .map(ObjectRef::row).toList();
    List<Long> again = new Selection(refs.stream(), o.withSample(50, 42)).next().stream()
        .map(ObjectRef::row).toList();
    assertThat(first).hasSize(50).isSorted().isEqualTo(again);
    assertThat(first.get(49)).as("drawn from the whole stream").isGreaterThan(500L);
  }
}
