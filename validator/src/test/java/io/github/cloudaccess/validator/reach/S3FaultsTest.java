package io.github.cloudaccess.validator.reach;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.github.cloudaccess.validator.reach.Refs.aws;
import static io.github.cloudaccess.validator.reach.Refs.codesAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.cloudaccess.schema.Access;
import io.github.cloudaccess.validator.CollectingReporter;
import io.github.cloudaccess.validator.report.Finding;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What s3proxy cannot emulate, with WireMock standing in for S3 (path-style, anonymous): region
 * redirects, requester-pays, throttling, a stalled connection, a stray leading slash, and a
 * missing bucket told by a GET's error code.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class S3FaultsTest {

  private static WireMockServer wm;
  private static ReachOptions options;

  @BeforeAll
  static void start() {
    // No gzip: the fetcher asks for it, and a gzipped range is not the file's bytes.
    wm = new WireMockServer(options().port(0).bindAddress("127.0.0.1").gzipDisabled(true));
    wm.start();
    options = ReachOptions.defaults()
        .withEndpoints(Endpoints.publicCloud()
            .withS3(URI.create("http://127.0.0.1:" + wm.port()), true))
        .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(5))
        .withRetries(2, Duration.ofMillis(5));
  }

  @AfterAll
  static void stop() {
    wm.stop();
  }

  private static ResponseDefinitionBuilder object() {
    return aResponse().withStatus(200).withHeader("Content-Length", "5")
        .withHeader("ETag", "\"0123456789abcdef0123456789abcdef\"");
  }

  private static ReachSummary run(ReachOptions o, CollectingReporter r, ObjectRef... refs) {
    try (ReachabilityChecker checker = new ReachabilityChecker(o)) {
      return checker.check(Stream.of(refs), Refs.SOURCE, r);
    }
  }

  /** One checker, two documents: the second summary holds its own requests and latencies. */
  @Test
  void eachDocumentsSummaryCountsOnlyItsOwnRequests() {
    wm.stubFor(head(urlPathEqualTo("/wm-first")).willReturn(aResponse().withStatus(200)));
    wm.stubFor(head(urlPathEqualTo("/wm-second")).willReturn(aResponse().withStatus(200)));
    for (String key : List.of("a.fits", "b.fits", "c.fits")) {
      wm.stubFor(head(urlPathEqualTo("/wm-first/" + key))
          .willReturn(object().withFixedDelay(600)));
    }
    wm.stubFor(head(urlPathEqualTo("/wm-second/d.fits")).willReturn(object()));
    ReachOptions o = options.withListing(ListingMode.NEVER);
    ReachSummary first;
    ReachSummary second;
    try (ReachabilityChecker checker = new ReachabilityChecker(o)) {
      first = checker.check(Stream.of(aws(1, "wm-first", "a.fits", null, Access.OPEN),
          aws(2, "wm-first", "b.fits", null, Access.OPEN),
          aws(3, "wm-first", "c.fits", null, Access.OPEN)), "first.xml",
          new CollectingReporter());
      second = checker.check(Stream.of(aws(1, "wm-second", "d.fits", null, Access.OPEN)),
          "second.xml", new CollectingReporter());
    }
    assertThat(first.requests()).isEqualTo(Map.of("S3_HEAD", 3L, "S3_BUCKET", 1L));
    assertThat(first.p99()).isGreaterThanOrEqualTo(Duration.ofMillis(600));
    assertThat(second.requests()).isEqualTo(Map.of("S3_HEAD", 1L, "S3_BUCKET", 1L));
    assertThat(second.p99()).as("the first document's slow HEADs are not this one's")
        .isLessThan(Duration.ofMillis(500));
    assertThat(second.seen()).isEqualTo(1);
  }

  /**
   * An access_url host that never resolves ({@code .invalid}): the archive's fault when the run
   * fetched the response from a service addressed by name, could not test otherwise.
   */
  @Test
  void anAccessUrlThatDoesNotResolveIsAnErrorOnlyWhenTheValidatorsDnsIsShownToWork() {
    wm.stubFor(head(urlPathEqualTo("/wm-aurl")).willReturn(aResponse().withStatus(200)));
    wm.stubFor(head(urlPathEqualTo("/wm-aurl/k.fits")).willReturn(object()));
    ObjectRef ref = aws(1, "wm-aurl", "k.fits", null, Access.OPEN)
        .withAccessUrl("http://archive.invalid/files/k.fits");
    for (NetworkEvidence evidence : NetworkEvidence.values()) {
      CollectingReporter r = new CollectingReporter();
      try (ReachabilityChecker checker = new ReachabilityChecker(options)) {
        checker.check(Stream.of(ref), Refs.SOURCE, r, done -> { }, evidence);
      }
      assertThat(codesAt(r, 1)).as(evidence + "\n" + r.describe()).containsExactly(
          evidence == NetworkEvidence.NAME_RESOLVED ? ReachCodes.ACCESS_URL : ReachCodes.NETWORK);
    }
  }

  @Test
  void headBucketRedirectRevealsTheRealRegion() {
    wm.stubFor(head(urlPathEqualTo("/wm-west")).willReturn(aResponse().withStatus(301)
        .withHeader("x-amz-bucket-region", "eu-west-1")));
    wm.stubFor(head(urlPathEqualTo("/wm-west/k.fits")).willReturn(object()));
    CollectingReporter r = new CollectingReporter();
    ReachSummary s = run(options, r, aws(1, "wm-west", "k.fits", "us-east-1", Access.OPEN),
        aws(2, "wm-west", "k.fits", "eu-west-1", Access.OPEN));
    assertThat(codesAt(r, 1)).as(r.describe()).containsExactly(ReachCodes.WRONG_REGION);
    assertThat(codesAt(r, 2)).as(r.describe()).isEmpty();
    assertThat(s.found()).isEqualTo(2);
  }

  @Test
  void objectRedirectRevealsTheRealRegion() {
    wm.stubFor(head(urlPathEqualTo("/wm-west2")).willReturn(aResponse().withStatus(200)));
    wm.stubFor(head(urlPathEqualTo("/wm-west2/k.fits")).willReturn(aResponse().withStatus(301)
        .withHeader("x-amz-bucket-region", "eu-central-1")));
    CollectingReporter r = new CollectingReporter();
    run(options, r, aws(1, "wm-west2", "k.fits", "us-east-1", Access.OPEN));
    assertThat(codesAt(r, 1)).as(r.describe()).containsExactly(ReachCodes.WRONG_REGION);
  }

  @Test
  void requesterPaysBucketIsAWarningForOpen() {
    wm.stubFor(head(urlPathEqualTo("/wm-rp")).willReturn(aResponse().withStatus(200)));
    for (String key : List.of("a.fits", "b.fits")) {
      wm.stubFor(head(urlPathEqualTo("/wm-rp/" + key))
          .withHeader("x-amz-request-payer", absent()).willReturn(aResponse().withStatus(403)));
      wm.stubFor(head(urlPathEqualTo("/wm-rp/" + key))
          .withHeader("x-amz-request-payer", equalTo("requester")).willReturn(object()));
    }
    CollectingReporter r = new CollectingReporter();
    ReachSummary s = run(options.withListing(ListingMode.NEVER), r,
        aws(1, "wm-rp", "a.fits", null, Access.OPEN), aws(2, "wm-rp", "b.fits", null, null));
    assertThat(codesAt(r, 1)).as(r.describe()).containsExactly(ReachCodes.REQUESTER_PAYS);
    assertThat(codesAt(r, 2)).as(r.describe()).containsExactly(ReachCodes.REQUESTER_PAYS);
    assertThat(s.found()).isEqualTo(2);
  }

  @Test
  void throttlingIsRetriedUntilItPasses() {
    wm.stubFor(head(urlPathEqualTo("/wm-slow")).willReturn(aResponse().withStatus(200)));
    wm.stubFor(head(urlPathEqualTo("/wm-slow/k.fits")).inScenario("slow")
        .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("calm")
        .willReturn(aResponse().withStatus(503)));
    wm.stubFor(head(urlPathEqualTo("/wm-slow/k.fits")).inScenario("slow")
        .whenScenarioStateIs("calm").willReturn(object()));
    CollectingReporter r = new CollectingReporter();
    ReachSummary s = run(options, r, aws(1, "wm-slow", "k.fits", null, Access.OPEN));
    assertThat(codesAt(r, 1)).as(r.describe()).isEmpty();
    assertThat(s.found()).isEqualTo(1);
    assertThat(s.requests()).containsEntry("S3_HEAD", 2L);
  }

  @Test
  void endlessThrottlingGivesUpAfterTheRetries() {
    wm.stubFor(head(urlPathEqualTo("/wm-slower")).willReturn(aResponse().withStatus(200)));
    wm.stubFor(head(urlPathEqualTo("/wm-slower/k.fits"))
        .willReturn(aResponse().withStatus(503)));
    CollectingReporter r = new CollectingReporter();
    ReachSummary s = run(options, r, aws(1, "wm-slower", "k.fits", null, Access.OPEN));
    assertThat(codesAt(r, 1)).as(r.describe()).containsExactly(ReachCodes.THROTTLED);
    assertThat(s.failed()).isEqualTo(1);
    assertThat(s.requests()).containsEntry("S3_HEAD", 3L);
  }

  @Test
  void stalledConnectionEndsAtTheTimeout() {
    wm.stubFor(head(urlPathEqualTo("/wm-stall")).willReturn(aResponse().withStatus(200)));
    wm.stubFor(head(urlPathEqualTo("/wm-stall/k.fits"))
        .willReturn(object().withFixedDelay(5_000)));
    CollectingReporter r = new CollectingReporter();
    // Warm the SDK first: its first call in a JVM spends a good part of a second loading.
    run(options, new CollectingReporter(), aws(1, "wm-stall", "warm.fits", null, Access.OPEN));
    ReachOptions quick = options.withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(500));
    long start = System.nanoTime();
    ReachSummary s = run(quick, r, aws(1, "wm-stall", "k.fits", null, Access.OPEN));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    assertThat(codesAt(r, 1)).as(r.describe()).containsExactly(ReachCodes.NETWORK);
    assertThat(s.failed()).isEqualTo(1);
  }

  @Test
  void strayLeadingSlashIsMissingWithAHint() {
    wm.stubFor(head(urlPathEqualTo("/wm-slash")).willReturn(aResponse().withStatus(200)));
    wm.stubFor(head(urlPathEqualTo("/wm-slash/data/s.fits")).willReturn(object()));
    CollectingReporter r = new CollectingReporter();
    run(options, r, aws(1, "wm-slash", "/data/s.fits", null, Access.OPEN));
    List<Finding> f = r.withCode(ReachCodes.MISSING_KEY);
    assertThat(f).as(r.describe()).hasSize(1);
    assertThat(f.get(0).hint()).isNotNull();
    assertThat(wm.findAll(com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor(
        urlPathEqualTo("/wm-slash//data/s.fits")))).hasSize(1);
  }

  /** s3proxy's answer to a key it cannot address: AWS would say 404 NoSuchKey. */
  @Test
  void a400ForAKeyWithALeadingSlashIsMissingWithTheSlashHint() {
    wm.stubFor(head(urlPathEqualTo("/wm-400")).willReturn(aResponse().withStatus(200)));
    wm.stubFor(head(urlPathEqualTo("/wm-400//data/s.fits")).willReturn(aResponse()
        .withStatus(400)));
    wm.stubFor(head(urlPathEqualTo("/wm-400/data/s.fits")).willReturn(object()));
    CollectingReporter r = new CollectingReporter();
    run(options, r, aws(1, "wm-400", "/data/s.fits", null, Access.OPEN));
    assertThat(codesAt(r, 1)).as(r.describe()).containsExactly(ReachCodes.MISSING_KEY);
    assertThat(r.withCode(ReachCodes.MISSING_KEY).get(0).hint()).isNotNull();
  }

  @Test
  void a400ForAKeyWithAnEmptySegmentIsMissing() {
    wm.stubFor(head(urlPathEqualTo("/wm-400b")).willReturn(aResponse().withStatus(200)));
    wm.stubFor(head(urlPathEqualTo("/wm-400b/data//s.fits")).willReturn(aResponse()
        .withStatus(400)));
    CollectingReporter r = new CollectingReporter();
    run(options, r, aws(1, "wm-400b", "data//s.fits", null, Access.OPEN));
    assertThat(codesAt(r, 1)).as(r.describe()).containsExactly(ReachCodes.MISSING_KEY);
  }

  /** Any other 400 without a region is the store's refusal of the request, not the network. */
  @Test
  void anyOther400WithoutARegionIsARejectedRequest() {
    wm.stubFor(head(urlPathEqualTo("/wm-400c")).willReturn(aResponse().withStatus(200)));
    wm.stubFor(head(urlPathEqualTo("/wm-400c/k.fits")).willReturn(aResponse().withStatus(400)));
    CollectingReporter r = new CollectingReporter();
    ReachSummary s = run(options, r, aws(1, "wm-400c", "k.fits", null, Access.OPEN));
    assertThat(codesAt(r, 1)).as(r.describe()).containsExactly(ReachCodes.REJECTED);
    assertThat(s.failed()).isEqualTo(1);
  }

  @Test
  void missingBucketIsToldByTheGetErrorCode() {
    wm.stubFor(head(urlPathEqualTo("/wm-gone")).willReturn(aResponse().withStatus(500)));
    wm.stubFor(get(urlPathEqualTo("/wm-gone/k.fits")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/xml")
        .withBody("<?xml version=\"1.0\"?><Error><Code>NoSuchBucket</Code>"
            + "<Message>The specified bucket does not exist</Message></Error>")));
    wm.stubFor(get(urlPathEqualTo("/prem/k.fits")).willReturn(aResponse().withStatus(206)
        .withHeader("Content-Range", "bytes 0-4/5").withBody("SIMPL")));
    CollectingReporter r = new CollectingReporter();
    ReachSummary s = run(options, r, aws(1, "wm-gone", "k.fits", null, Access.OPEN)
        .withAccessUrl("http://127.0.0.1:" + wm.port() + "/prem/k.fits"));
    assertThat(codesAt(r, 1)).as(r.describe()).containsExactly(ReachCodes.MISSING_BUCKET);
    assertThat(s.missingBuckets()).isEqualTo(1);
    assertThat(s.requests()).containsEntry("S3_GET", 1L);
  }
}
