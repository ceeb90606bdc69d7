package io.github.cloudaccess.validator.reach;

import static io.github.cloudaccess.validator.reach.Refs.aws;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.schema.Access;
import io.github.cloudaccess.validator.CollectingReporter;
import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.report.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Listing against HEAD on s3proxy: the same findings for far fewer requests, and HEAD again where
 * anonymous listing is refused.
 */
@Timeout(value = 40, unit = TimeUnit.SECONDS)
class ListingTest {

  private static final String BUCKET = "reach-list";
  private static final String CLOSED = "reach-list-closed";
  private static final int N = 2_000;
  private static S3Store s3;

  @BeforeAll
  static void fill() throws Exception {
    s3 = S3Store.get();
    s3.bucket(BUCKET, true, "us-east-1");
    s3.bucket(CLOSED, false, "us-east-1");
    for (int i = 0; i < N; i++) {
      s3.put(BUCKET, key(i), Refs.bytes(100 + i % 7, i), true, "application/fits");
    }
    for (int i = 0; i < 8; i++) {
      s3.put(CLOSED, key(i), Refs.bytes(100, i), true, "application/fits");
    }
  }

  private static String key(int i) {
    return String.format("survey/img-%05d.fits", i);
  }

  /** Every existing key, ten missing ones, three with a wrong content_length. */
  private static List<ObjectRef> refs() {
    List<ObjectRef> refs = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      ObjectRef r = aws(i + 1, BUCKET, key(i), "us-east-1", Access.OPEN);
      refs.add(i % 700 == 5 ? r.withContentLength(99) : r.withContentLength(100 + i % 7));
    }
    for (int i = 0; i < 10; i++) {
      refs.add(aws(N + 1 + i, BUCKET, key(i * 150) + ".missing", "us-east-1", Access.OPEN));
    }
    return refs;
  }

  private static Map<Long, Set<Code>> byRow(CollectingReporter r) {
    Map<Long, Set<Code>> rows = new TreeMap<>();
    for (Finding f : r.findings()) {
      if (f.position().row() > 0) {
        rows.computeIfAbsent(f.position().row(), k -> new TreeSet<>()).add(f.code());
      }
    }
    return rows;
  }

  private static ReachSummary run(ReachOptions o, CollectingReporter r, List<ObjectRef> refs) {
    try (ReachabilityChecker checker = new ReachabilityChecker(o)) {
      return checker.check(refs.stream(), Refs.SOURCE, r);
    }
  }

  @Test
  void listingFindsTheSameForFiftyTimesFewerRequests() {
    CollectingReporter headed = new CollectingReporter();
    ReachSummary head = run(s3.options().withListing(ListingMode.NEVER), headed, refs());
    CollectingReporter listed = new CollectingReporter();
    ReachSummary list = run(s3.options(), listed, refs());

    assertThat(byRow(listed)).isEqualTo(byRow(headed));
    assertThat(byRow(headed).values().stream().flatMap(Set::stream).toList())
        .filteredOn(c -> c == Code.E_OBJ_SIZE).hasSize(3);
    assertThat(byRow(headed).values().stream().flatMap(Set::stream).toList())
        .filteredOn(c -> c == ReachCodes.MISSING_KEY).hasSize(10);
    assertThat(head.requests()).containsEntry("S3_HEAD", (long) N + 10)
        .doesNotContainKey("S3_LIST");
    assertThat(list.requests().get("S3_LIST")).isBetween(2L, 4L);
    assertThat(list.listed()).isEqualTo(N + 10);
    assertThat(list.totalRequests() * 50).isLessThanOrEqualTo(head.totalRequests());
    assertThat(list.found()).isEqualTo(head.found()).isEqualTo(N);
  }

  /**
   * Rows with an access_url need their cloud bytes while they are compared; past the compare
   * limit they are settled by listing, and only the compared ones cost a request on each side.
   */
  @Test
  void pastTheCompareLimitRowsWithAnAccessUrlAreListed() throws Exception {
    int compared = 20;
    try (PremServer prem = new PremServer()) {
      List<ObjectRef> refs = new ArrayList<>();
      for (int i = 0; i < 500; i++) {
        prem.put("/files/" + key(i), Refs.bytes(100 + i % 7, i));
        refs.add(aws(i + 1, BUCKET, key(i), "us-east-1", Access.OPEN)
            .withAccessUrl(prem.url("/files/" + key(i))));
      }
      CollectingReporter r = new CollectingReporter();
      ReachSummary s = run(s3.options().withCompareLimit(compared), r, refs);

      assertThat(r.tokens()).as(r.describe()).containsExactly("S-OBJ-SUMM");
      assertThat(s.compared()).isEqualTo(compared);
      assertThat(s.listed()).isEqualTo(500 - compared);
      assertThat(s.found()).isEqualTo(500);
      assertThat(s.requests().get("HTTP")).isEqualTo(compared);
      assertThat(s.requests().get("S3_GET")).isEqualTo(compared);
      assertThat(s.requests()).containsKey("S3_LIST");
      assertThat(s.totalRequests()).isLessThanOrEqualTo(2L * compared + 10);

      CollectingReporter everyRow = new CollectingReporter();
      ReachSummary all = run(s3.options().withCompareLimit(Integer.MAX_VALUE), everyRow, refs);
      assertThat(all.compared()).isEqualTo(500);
      assertThat(all.listed()).isZero();
      assertThat(all.requests().get("S3_GET")).isEqualTo(500);
    }
  }

  @Test
  void refusedListingFallsBackToHead() {
    List<ObjectRef> refs = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      refs.add(aws(i + 1, CLOSED, key(i), null, Access.OPEN));
    }
    CollectingReporter r = new CollectingReporter();
    ReachSummary s = run(s3.options(), r, refs);
    assertThat(r.tokens()).as(r.describe()).containsExactly("S-OBJ-SUMM");
    assertThat(s.requests()).containsEntry("S3_LIST", 1L).containsEntry("S3_HEAD", 8L);
    assertThat(s.listed()).isZero();
    assertThat(s.found()).isEqualTo(8);
  }
}
