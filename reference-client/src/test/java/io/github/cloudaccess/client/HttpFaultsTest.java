package io.github.cloudaccess.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.cloudaccess.client.fixtures.Bytes;
import io.github.cloudaccess.client.fixtures.StallingServer;
import io.github.cloudaccess.client.fixtures.TruncatingServer;
import io.github.cloudaccess.client.plan.GoogleRoute;
import io.github.cloudaccess.client.plan.OnPremRoute;
import io.github.cloudaccess.client.plan.ProviderChoice;
import io.github.cloudaccess.client.record.ProductRecord;
import io.github.cloudaccess.client.transfer.AttemptOutcome;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTP faults on the Google (anonymous HTTPS) and access_url routes, stubbed with WireMock on loopback. */
class HttpFaultsTest {

  private static WireMockServer wm;
  private static StallingServer stalling;

  @TempDir Path dir;

  @BeforeAll
  static void start() throws IOException {
    wm = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
    wm.start();
    stalling = new StallingServer();
  }

  @AfterAll
  static void stop() {
    wm.stop();
    stalling.close();
  }

  @BeforeEach
  void reset() {
    wm.resetAll();
  }

  private static String base() {
    return "http://127.0.0.1:" + wm.port();
  }

  private static DownloadOptions.Builder options() {
    return DownloadOptions.builder()
        .provider(ProviderChoice.GOOGLE)
        .gcsBaseUrl(URI.create(base()))
        .timeouts(Duration.ofSeconds(2), Duration.ofMillis(1500), Duration.ofMillis(800))
        .retries(2, Duration.ofSeconds(2));
  }

  private static String gcs(String object) {
    return "{\"google\": {\"bucket_name\": \"gcs-bucket\", \"object_name\": \"" + object + "\", \"access\": \"open\"}}";
  }

  private static String onPrem(String path, byte[] body) {
    wm.stubFor(any(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200).withBody(body)));
    return base() + path;
  }

  private DownloadResult download(DownloadOptions o, ProductRecord r) throws IOException {
    try (CloudAccessClient c = new CloudAccessClient(o)) {
      return c.download(r, dir);
    }
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.toList();
    }
  }

  @Test
  void forbiddenFallsBackToAccessUrl() throws Exception {
    byte[] body = Bytes.random(8_000, 1);
    wm.stubFor(any(urlPathEqualTo("/gcs-bucket/a/x.fits")).willReturn(aResponse().withStatus(403)));
    String url = onPrem("/archive/x.fits", body);
    DownloadResult r = download(options().build(), ProductRecord.of(0, gcs("a/x.fits"), url));
    assertThat(r.status()).isEqualTo(DownloadStatus.DOWNLOADED);
    assertThat(r.attempts()).extracting(Attempt::outcome).containsExactly(AttemptOutcome.FORBIDDEN, AttemptOutcome.SERVED);
    assertThat(r.attempts().get(0).route()).isInstanceOf(GoogleRoute.class);
    assertThat(r.servedBy()).get().isInstanceOf(OnPremRoute.class);
    assertThat(Files.readAllBytes(dir.resolve("x.fits"))).isEqualTo(body);
  }

  @Test
  void bodyShorterThanDataLinkContentLengthFailsVerificationAndLeavesNoFile() throws Exception {
    byte[] body = Bytes.random(4_000, 2);
    String url = onPrem("/archive/short.fits", body);
    ProductRecord rec = new ProductRecord(0, Optional.empty(), Optional.of(url), Optional.empty(),
        OptionalLong.of(8_000), OptionalLong.empty());
    DownloadResult r = download(options().build(), rec);
    assertThat(r.status()).isEqualTo(DownloadStatus.FAILED);
    assertThat(r.attempts()).extracting(Attempt::outcome).containsExactly(AttemptOutcome.VERIFICATION_FAILED);
    assertThat(files()).isEmpty();
  }

  @Test
  void connectionClosedMidBodyLeavesNoFileAndFallsBack() throws Exception {
    byte[] body = Bytes.random(200_000, 3);
    String value = "{\"google\": {\"bucket_name\": \"gcs-bucket\", \"object_name\": \"x.fits\"}}";
    String url = onPrem("/archive/cut-x.fits", body);
    try (TruncatingServer cut = new TruncatingServer(body, 50_000)) {
      DownloadResult r = download(options().gcsBaseUrl(cut.base()).build(), ProductRecord.of(0, value, url));
      assertThat(r.attempts()).extracting(Attempt::outcome).containsExactly(AttemptOutcome.IO_ERROR, AttemptOutcome.SERVED);
      assertThat(files()).containsExactly(dir.resolve("x.fits"));
      assertThat(Files.readAllBytes(dir.resolve("x.fits"))).isEqualTo(body);
    }
  }

  @Test
  void malformedChunkLeavesNoFile() throws Exception {
    wm.stubFor(get(urlPathEqualTo("/archive/bad.fits")).willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
    wm.stubFor(head(urlPathEqualTo("/archive/bad.fits")).willReturn(aResponse().withStatus(200)));
    DownloadResult r = download(options().build(), ProductRecord.of(0, null, base() + "/archive/bad.fits"));
    assertThat(r.status()).isEqualTo(DownloadStatus.FAILED);
    assertThat(r.attempts()).extracting(Attempt::outcome).containsExactly(AttemptOutcome.IO_ERROR);
    assertThat(files()).isEmpty();
  }

  @Test
  void slowHeadersTimeOutAndFallBack() throws Exception {
    byte[] body = Bytes.random(1_000, 4);
    wm.stubFor(any(urlPathEqualTo("/gcs-bucket/slow.fits")).willReturn(aResponse().withStatus(200).withBody(body)
        .withFixedDelay(5_000)));
    String url = onPrem("/archive/slow.fits", body);
    long t0 = System.nanoTime();
    DownloadResult r = download(options().build(), ProductRecord.of(0, gcs("slow.fits"), url));
    assertThat(r.attempts()).extracting(Attempt::outcome).containsExactly(AttemptOutcome.TIMEOUT, AttemptOutcome.SERVED);
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void stalledBodyTimesOutAndFallsBack() throws Exception {
    byte[] body = Bytes.random(300_000, 5);
    stalling.serve("/gcs-bucket/stall.fits", body, 100_000);
    String url = onPrem("/archive/stall.fits", body);
    DownloadOptions o = options().gcsBaseUrl(URI.create(stalling.serve("/", new byte[0], -1).toString())).build();
    DownloadResult r = download(o, ProductRecord.of(0, gcs("stall.fits"), url));
    assertThat(r.attempts()).extracting(Attempt::outcome).containsExactly(AttemptOutcome.TIMEOUT, AttemptOutcome.SERVED);
    assertThat(files()).containsExactly(dir.resolve("stall.fits"));
  }

  @Test
  void serviceUnavailableWithRetryAfterIsRetried() throws Exception {
    byte[] body = Bytes.random(3_000, 6);
    wm.stubFor(any(urlPathEqualTo("/archive/busy.fits")).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")).willSetStateTo("ready"));
    wm.stubFor(any(urlPathEqualTo("/archive/busy.fits")).inScenario("busy").whenScenarioStateIs("ready")
        .willReturn(aResponse().withStatus(200).withBody(body)));
    long t0 = System.nanoTime();
    DownloadResult r = download(options().build(), ProductRecord.of(0, null, base() + "/archive/busy.fits"));
    assertThat(r.status()).isEqualTo(DownloadStatus.DOWNLOADED);
    assertThat(r.attempts()).extracting(Attempt::outcome).containsExactly(AttemptOutcome.SERVED);
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
  }

  @Test
  void retryAfterBeyondTheBoundIsNotAwaited() throws Exception {
    byte[] body = Bytes.random(3_000, 7);
    wm.stubFor(any(urlPathEqualTo("/gcs-bucket/later.fits"))
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));
    String url = onPrem("/archive/later.fits", body);
    long t0 = System.nanoTime();
    DownloadResult r = download(options().build(), ProductRecord.of(0, gcs("later.fits"), url));
    assertThat(r.attempts()).extracting(Attempt::outcome).containsExactly(AttemptOutcome.THROTTLED, AttemptOutcome.SERVED);
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void redirectsToOtherSchemesAreRefused() throws Exception {
    for (String target : List.of("file:///etc/passwd", "ftp://127.0.0.1/x.fits", "jar:file:///x.jar!/a", "gopher://x/")) {
      wm.resetAll();
      wm.stubFor(any(urlPathEqualTo("/archive/moved.fits"))
          .willReturn(aResponse().withStatus(302).withHeader("Location", target)));
      DownloadResult r = download(options().build(), ProductRecord.of(0, null, base() + "/archive/moved.fits"));
      assertThat(r.attempts()).as(target).extracting(Attempt::outcome).containsExactly(AttemptOutcome.REDIRECT_REFUSED);
      assertThat(files()).isEmpty();
    }
  }

  @Test
  void redirectsAreFollowedAtMostFiveTimes() throws Exception {
    byte[] body = Bytes.random(2_000, 8);
    for (int i = 0; i < 7; i++) {
      wm.stubFor(any(urlPathEqualTo("/hop/" + i)).willReturn(aResponse().withStatus(302).withHeader("Location", "/hop/" + (i + 1))));
    }
    wm.stubFor(any(urlPathEqualTo("/hop/7")).willReturn(aResponse().withStatus(200).withBody(body)));
    DownloadResult ok = download(options().build(), ProductRecord.of(0, null, base() + "/hop/2"));
    assertThat(ok.status()).isEqualTo(DownloadStatus.DOWNLOADED);
    Files.delete(ok.file());
    DownloadResult tooMany = download(options().build(), ProductRecord.of(0, null, base() + "/hop/0"));
    assertThat(tooMany.attempts()).extracting(Attempt::outcome).containsExactly(AttemptOutcome.REDIRECT_REFUSED);
  }

  @Test
  void md5FromHeadersIsVerified() throws Exception {
    byte[] body = Bytes.random(6_000, 9);
    String wrong = "\"" + "0".repeat(32) + "\"";
    wm.stubFor(any(urlPathEqualTo("/archive/etag.fits")).willReturn(aResponse().withStatus(200).withBody(body)
        .withHeader("ETag", wrong)));
    DownloadResult bad = download(options().build(), ProductRecord.of(0, null, base() + "/archive/etag.fits"));
    assertThat(bad.attempts()).extracting(Attempt::outcome).containsExactly(AttemptOutcome.VERIFICATION_FAILED);
    assertThat(files()).isEmpty();

    DownloadResult ignored = download(options().trustHttpEtagMd5(false).build(),
        ProductRecord.of(0, null, base() + "/archive/etag.fits"));
    assertThat(ignored.status()).isEqualTo(DownloadStatus.DOWNLOADED);
    Files.delete(ignored.file());

    String md5 = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(Bytes.md5(body)));
    wm.stubFor(any(urlPathEqualTo("/archive/md5.fits")).willReturn(aResponse().withStatus(200).withBody(body)
        .withHeader("Content-MD5", md5)));
    DownloadResult good = download(options().build(), ProductRecord.of(0, null, base() + "/archive/md5.fits"));
    assertThat(good.status()).isEqualTo(DownloadStatus.DOWNLOADED);
  }

  @Test
  void bodyCapStopsTheTransfer() throws Exception {
    byte[] body = Bytes.random(100_000, 10);
    String url = onPrem("/archive/big.fits", body);
    DownloadResult r = download(options().maxBytes(10_000).build(), ProductRecord.of(0, null, url));
    assertThat(r.attempts()).extracting(Attempt::outcome).containsExactly(AttemptOutcome.TOO_LARGE);
    assertThat(files()).isEmpty();
  }

  @Test
  void headNotAllowedStillDownloads() throws Exception {
    byte[] body = Bytes.random(1_500, 11);
    wm.stubFor(head(urlPathEqualTo("/archive/nohead.fits")).willReturn(aResponse().withStatus(405)));
    wm.stubFor(get(urlPathEqualTo("/archive/nohead.fits")).willReturn(aResponse().withStatus(200).withBody(body)));
    DownloadResult r = download(options().build(), ProductRecord.of(0, null, base() + "/archive/nohead.fits"));
    assertThat(r.status()).isEqualTo(DownloadStatus.DOWNLOADED);
  }

  @Test
  void notFoundEverywhereFails() throws Exception {
    DownloadResult r = download(options().build(), ProductRecord.of(0, gcs("none.fits"), base() + "/archive/none.fits"));
    assertThat(r.status()).isEqualTo(DownloadStatus.FAILED);
    assertThat(r.attempts()).extracting(Attempt::outcome).containsExactly(AttemptOutcome.NOT_FOUND, AttemptOutcome.NOT_FOUND);
  }

  @Test
  void hostileObjectNamesStayInsideTheTargetDirectory() throws Exception {
    byte[] body = Bytes.random(500, 12);
    // The JDK server does not normalise paths (Jetty refuses encoded dot segments with 400).
    URI everywhere = stalling.serveEverywhere(body);
    Path inner = Files.createDirectories(dir.resolve("a").resolve("b"));
    String[] names = {"../../evil.txt", "/etc/passwd", "..\\\\..\\\\evil2.txt", "d/CON", "d/x. . .", "d/.hidden",
        "d/a\\u0001b.fits", "d/nul.txt"};
    String[] expected = {"evil.txt", "passwd", "evil2.txt", "_CON", "x", "_.hidden", "a_b.fits", "_nul.txt"};
    for (int i = 0; i < names.length; i++) {
      try (CloudAccessClient c = new CloudAccessClient(options().gcsBaseUrl(everywhere).build())) {
        DownloadResult r = c.download(ProductRecord.of(i, gcs(names[i]), null), inner);
        assertThat(r.status()).as("%s: %s", names[i], r.attempts()).isEqualTo(DownloadStatus.DOWNLOADED);
        assertThat(r.file()).isEqualTo(inner.toRealPath().resolve(expected[i]));
      }
    }
    try (Stream<Path> all = Files.walk(dir)) {
      assertThat(all.filter(Files::isRegularFile)).allMatch(p -> p.getParent().equals(inner));
    }
  }
}
