package io.github.cloudaccess.validator.reach;

import static io.github.cloudaccess.validator.reach.Refs.aws;
import static io.github.cloudaccess.validator.reach.Refs.codesAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.schema.Access;
import io.github.cloudaccess.validator.CollectingReporter;
import io.github.cloudaccess.validator.report.Code;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The checker against a real S3-compatible server (s3proxy) and an on-prem HTTP server, both on
 * loopback: every access class, missing objects and buckets, wrong region, and each consistency
 * rule.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class S3ReachabilityTest {

  private static final String OPEN = "reach-open";
  private static final String PRIVATE = "reach-private";
  private static final String WEST = "reach-west";
  private static final byte[] FILE = Refs.bytes(10_000, 1);
  private static final byte[] BIG = Refs.bytes(100_000, 2);

  private static S3Store s3;
  private static PremServer prem;

  @BeforeAll
  static void setUp() throws Exception {
    s3 = S3Store.get();
    s3.bucket(OPEN, true, "us-east-1");
    s3.bucket(PRIVATE, false, "us-east-1");
    s3.bucket(WEST, true, "us-west-2");
    String fits = "application/fits";
    s3.put(OPEN, "data/same.fits", FILE, true, fits);
    s3.put(OPEN, "data/renamed.fits", FILE, true, fits);
    byte[] altered = FILE.clone();
    altered[100] ^= 1;
    s3.put(OPEN, "data/altered.fits", altered, true, fits);
    byte[] tail = FILE.clone();
    tail[tail.length - 1] ^= 1;
    s3.put(OPEN, "data/tail.fits", tail, true, fits);
    s3.put(OPEN, "data/resized.fits", Arrays.copyOf(FILE, FILE.length + 2880), true, fits);
    s3.put(OPEN, "data/private.fits", FILE, false, fits);
    s3.put(OPEN, "data/slash.fits", FILE, true, fits);
    s3.put(OPEN, "data/text.fits", FILE, true, "text/plain");
    s3.put(OPEN, "data/page.fits", FILE, true, fits);
    s3.put(OPEN, "data/big.fits", BIG, true, fits);
    s3.put(OPEN, "data/bigger.fits", Arrays.copyOf(BIG, BIG.length + 2880), true, fits);
    s3.put(OPEN, "data/small.fits", altered, true, fits);
    s3.put(PRIVATE, "restricted.fits", FILE, false, fits);
    s3.put(PRIVATE, "region.fits", FILE, false, fits);
    s3.put(WEST, "obj.fits", FILE, true, fits);
    prem = new PremServer();
    for (String name : List.of("same", "altered", "tail", "resized", "text")) {
      prem.put("/files/" + name + ".fits", FILE);
    }
    prem.put("/files/page.fits", new PremServer.File("<html>login</html>".getBytes(),
        "text/html; charset=utf-8", false, true));
    prem.put("/whole/big.fits", new PremServer.File(BIG, "application/fits", false, false));
    prem.put("/whole/bigger.fits", new PremServer.File(BIG, "application/fits", false, false));
    prem.put("/whole/small.fits", new PremServer.File(FILE, "application/fits", false, false));
  }

  @AfterAll
  static void tearDown() {
    prem.close();
  }

  private static ReachSummary run(ReachOptions options, CollectingReporter reporter,
      ObjectRef... refs) {
    try (ReachabilityChecker checker = new ReachabilityChecker(options)) {
      return checker.check(Stream.of(refs), Refs.SOURCE, reporter);
    }
  }

  @Test
  void consistentOpenObjectHasNoFindings() {
    CollectingReporter r = new CollectingReporter();
    ReachSummary s = run(s3.options(), r, aws(1, OPEN, "data/same.fits", "us-east-1", Access.OPEN)
        .withAccessUrl(prem.url("/files/same.fits")).withEstsize(10).withContentLength(10_000)
        .withAccessFormat("image/fits"));
    assertThat(codesAt(r, 1)).as(r.describe()).isEmpty();
    assertThat(r.tokens()).containsExactly("S-OBJ-SUMM");
    assertThat(s.found()).isEqualTo(1);
    assertThat(s.requests()).containsEntry("S3_GET", 1L).containsEntry("HTTP", 1L);
  }

  @Test
  void openButPrivateIsRefused() {
    CollectingReporter r = new CollectingReporter();
    ReachSummary s = run(s3.options(), r, aws(1, OPEN, "data/private.fits", null, Access.OPEN));
    assertThat(codesAt(r, 1)).containsExactly(ReachCodes.OPEN_DENIED);
    assertThat(s.denied()).isEqualTo(1);
  }

  @Test
  void missingKeyAndMissingBucketAreTold() {
    CollectingReporter r = new CollectingReporter();
    ReachSummary s = run(s3.options(), r,
        aws(1, OPEN, "data/nothing.fits", "us-east-1", Access.OPEN),
        aws(2, "reach-no-such-bucket", "data/same.fits", "us-east-1", Access.OPEN));
    assertThat(codesAt(r, 1)).containsExactly(ReachCodes.MISSING_KEY);
    assertThat(codesAt(r, 2)).containsExactly(ReachCodes.MISSING_BUCKET);
    assertThat(s.missing()).isEqualTo(2);
    assertThat(s.missingBuckets()).isEqualTo(1);
    // Only HeadBucket is asked about the missing bucket, never its objects.
    assertThat(s.requests()).containsEntry("S3_BUCKET", 2L).containsEntry("S3_HEAD", 1L);
  }

  @Test
  void differingBytesSizeAndHashAreInconsistent() {
    CollectingReporter r = new CollectingReporter();
    ReachSummary s = run(s3.options(), r,
        aws(1, OPEN, "data/altered.fits", null, Access.OPEN)
            .withAccessUrl(prem.url("/files/altered.fits")),
        aws(2, OPEN, "data/resized.fits", null, Access.OPEN)
            .withAccessUrl(prem.url("/files/resized.fits")),
        aws(3, OPEN, "data/tail.fits", null, Access.OPEN)
            .withAccessUrl(prem.url("/files/tail.fits")));
    assertThat(codesAt(r, 1)).as(r.describe()).containsExactly(Code.E_OBJ_BYTE, Code.W_OBJ_HASH);
    assertThat(codesAt(r, 2)).as(r.describe()).containsExactly(Code.E_OBJ_SIZE, Code.W_OBJ_HASH);
    assertThat(codesAt(r, 3)).as(r.describe()).containsExactly(Code.W_OBJ_HASH);
    assertThat(s.inconsistent()).isEqualTo(3);
  }

  @Test
  void declaredSizesAreCompared() {
    CollectingReporter r = new CollectingReporter();
    run(s3.options(), r,
        aws(1, OPEN, "data/same.fits", null, Access.OPEN).withEstsize(12),
        aws(2, OPEN, "data/same.fits", null, Access.OPEN).withContentLength(9_999),
        aws(3, OPEN, "data/same.fits", null, Access.OPEN).withEstsize(9));
    assertThat(codesAt(r, 1)).containsExactly(Code.E_OBJ_SIZE);
    assertThat(codesAt(r, 2)).containsExactly(Code.E_OBJ_SIZE);
    assertThat(codesAt(r, 3)).as("9 KiB is within 1 KiB of 10,000 bytes").isEmpty();
  }

  @Test
  void nameAndContentTypeMismatchesAreWarnings() {
    CollectingReporter r = new CollectingReporter();
    run(s3.options(), r,
        aws(1, OPEN, "data/renamed.fits", null, Access.OPEN)
            .withAccessUrl(prem.url("/files/same.fits")),
        aws(2, OPEN, "data/text.fits", null, Access.OPEN).withAccessFormat("application/fits"));
    assertThat(codesAt(r, 1)).as(r.describe()).containsExactly(Code.W_OBJ_NAME);
    assertThat(codesAt(r, 2)).as(r.describe()).containsExactly(Code.W_OBJ_CTYP);
  }

  @Test
  void accessUrlFailuresAreReported() throws Exception {
    CollectingReporter r = new CollectingReporter();
    String closed;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1,
        java.net.InetAddress.getLoopbackAddress())) {
      closed = "http://127.0.0.1:" + socket.getLocalPort() + "/files/same.fits";
    }
    run(s3.options(), r,
        aws(1, OPEN, "data/same.fits", null, Access.OPEN)
            .withAccessUrl(prem.url("/missing/same.fits")),
        aws(2, OPEN, "data/same.fits", null, Access.OPEN).withAccessUrl(closed),
        aws(3, OPEN, "data/page.fits", null, Access.OPEN)
            .withAccessUrl(prem.url("/files/page.fits")));
    assertThat(codesAt(r, 1)).as(r.describe()).containsExactly(Code.E_OBJ_AURL);
    assertThat(codesAt(r, 2)).as(r.describe()).containsExactly(Code.E_OBJ_AURL);
    // The HTML page is not compared with the cloud copy: no size or byte findings.
    assertThat(codesAt(r, 3)).as(r.describe()).containsExactly(Code.W_OBJ_AUHT);
  }

  @Test
  void serversIgnoringRangeAreStillCompared() {
    CollectingReporter r = new CollectingReporter();
    ReachSummary s = run(s3.options(), r,
        aws(1, OPEN, "data/big.fits", null, Access.OPEN).withAccessUrl(prem.url("/whole/big.fits")),
        aws(2, OPEN, "data/bigger.fits", null, Access.OPEN)
            .withAccessUrl(prem.url("/whole/bigger.fits")),
        aws(3, OPEN, "data/small.fits", null, Access.OPEN)
            .withAccessUrl(prem.url("/whole/small.fits")));
    // 100 kB sent whole is cut at the fetcher's cap: its length still counts, its bytes do not.
    assertThat(codesAt(r, 1)).as(r.describe()).isEmpty();
    assertThat(codesAt(r, 2)).as(r.describe()).containsExactly(Code.E_OBJ_SIZE);
    // 10 kB sent whole fits under the cap: its first block is compared.
    assertThat(codesAt(r, 3)).as(r.describe()).containsExactly(Code.E_OBJ_BYTE);
    assertThat(s.found()).isEqualTo(3);
  }

  @Test
  void regionAccessIsInformationOutsideAndErrorInside() {
    CollectingReporter outside = new CollectingReporter();
    run(s3.options(), outside, aws(1, PRIVATE, "region.fits", "us-east-1", Access.REGION));
    assertThat(codesAt(outside, 1)).containsExactly(ReachCodes.REGION_OUTSIDE);
    CollectingReporter inside = new CollectingReporter();
    run(s3.options().withInRegion(true), inside,
        aws(1, PRIVATE, "region.fits", "us-east-1", Access.REGION));
    assertThat(codesAt(inside, 1)).containsExactly(ReachCodes.REGION_INSIDE);
  }

  @Test
  void restrictedIsSkippedWithoutKeysAndCheckedWithThem() {
    CollectingReporter none = new CollectingReporter();
    ReachSummary skipped = run(s3.options(), none,
        aws(1, PRIVATE, "restricted.fits", "us-east-1", Access.RESTRICTED));
    assertThat(codesAt(none, 1)).containsExactly(ReachCodes.RESTRICTED_SKIPPED);
    assertThat(skipped.requests()).doesNotContainKey("S3_HEAD");

    CollectingReporter keyed = new CollectingReporter();
    ReachSummary checked = run(s3.options().withCredentials(S3Store.keys()), keyed,
        aws(1, PRIVATE, "restricted.fits", "us-east-1", Access.RESTRICTED),
        aws(2, PRIVATE, "missing.fits", "us-east-1", Access.RESTRICTED));
    assertThat(codesAt(keyed, 1)).as(keyed.describe()).isEmpty();
    assertThat(codesAt(keyed, 2)).containsExactly(ReachCodes.MISSING_KEY);
    assertThat(checked.found()).isEqualTo(1);

    CollectingReporter wrong = new CollectingReporter();
    run(s3.options().withCredentials(Optional.of(new S3Keys(S3Store.ID, "not-the-secret",
        null))), wrong, aws(1, PRIVATE, "restricted.fits", "us-east-1", Access.RESTRICTED));
    assertThat(codesAt(wrong, 1)).containsExactly(ReachCodes.RESTRICTED_DENIED);
  }

  @Test
  void noneAndUndeclaredAccessAreJudged() {
    CollectingReporter r = new CollectingReporter();
    run(s3.options(), r,
        aws(1, OPEN, "data/same.fits", null, Access.NONE),
        aws(2, OPEN, "data/private.fits", null, Access.NONE),
        aws(3, OPEN, "data/private.fits", null, null),
        aws(4, OPEN, "data/same.fits", null, null));
    assertThat(codesAt(r, 1)).containsExactly(ReachCodes.NONE_REACHABLE);
    assertThat(codesAt(r, 2)).isEmpty();
    assertThat(codesAt(r, 3)).containsExactly(ReachCodes.UNDECLARED_DENIED);
    assertThat(codesAt(r, 4)).isEmpty();
  }

  @Test
  void declaredRegionIsComparedWithTheBucketsRegion() {
    CollectingReporter r = new CollectingReporter();
    ReachSummary s = run(s3.options(), r,
        aws(1, WEST, "obj.fits", "us-east-1", Access.OPEN),
        aws(2, WEST, "obj.fits", "us-west-2", Access.OPEN),
        aws(3, WEST, "obj.fits", null, Access.OPEN));
    assertThat(codesAt(r, 1)).containsExactly(ReachCodes.WRONG_REGION);
    assertThat(codesAt(r, 2)).isEmpty();
    assertThat(codesAt(r, 3)).isEmpty();
    assertThat(s.found()).isEqualTo(3);
  }

  @Test
  void bucketNamesS3NeverHadAreSkippedWithoutRequests() {
    CollectingReporter r = new CollectingReporter();
    ReachSummary s = run(s3.options(), r, aws(1, "ab", "x.fits", null, Access.OPEN),
        aws(2, "bad!name", "x.fits", null, Access.OPEN));
    assertThat(codesAt(r, 1)).isEmpty();
    assertThat(codesAt(r, 2)).isEmpty();
    assertThat(s.skipped()).isEqualTo(2);
    assertThat(s.totalRequests()).isZero();
  }

  @Test
  void sampleAndLimitBoundTheWork() {
    ObjectRef[] refs = new ObjectRef[10];
    for (int i = 0; i < refs.length; i++) {
      refs[i] = aws(i + 1, OPEN, "data/same.fits", null, Access.OPEN);
    }
    ReachSummary limited = run(s3.options().withMaxObjects(3), new CollectingReporter(), refs);
    assertThat(limited.seen()).isEqualTo(10);
    assertThat(limited.selected()).isEqualTo(3);
    ReachSummary sampled = run(s3.options().withSample(4, 7), new CollectingReporter(), refs);
    assertThat(sampled.seen()).isEqualTo(10);
    assertThat(sampled.selected()).isEqualTo(4);
    assertThat(sampled.found()).isEqualTo(4);
  }
}
