package io.github.cloudaccess.validator.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.cloudaccess.validator.report.Code;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Redirect following (DALI 4.3) and bounded retries after 429/503, against WireMock. */
@Timeout(20)
class RedirectRetryTest {

  private static WireMockServer wm;

  @TempDir Path spool;
  private HttpFetcher fetcher;

  @BeforeAll
  static void start() {
    wm = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort()
        .gzipDisabled(true).jettyStopTimeout(500L));
    wm.start();
  }

  @AfterAll
  static void stop() {
    wm.stop();
  }

  @BeforeEach
  void fetcher() {
    wm.resetAll();
    FetchOptions options = options();
    fetcher = new HttpFetcher(Transport.live(options), options);
  }

  private FetchOptions options() {
    return FetchOptions.defaults().withTempDir(spool)
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(15))
        .withRetries(2, Duration.ofSeconds(1), Duration.ofSeconds(3));
  }

  @AfterEach
  void close() {
    fetcher.close();
  }

  private URI url(String path) {
    return URI.create(wm.baseUrl() + path);
  }

  private static void redirect(String from, int status, String to) {
    wm.stubFor(get(from).willReturn(aResponse().withStatus(status).withHeader("Location", to)));
  }

  private static void votable(String path) {
    wm.stubFor(get(path).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/x-votable+xml").withBody("<VOTABLE/>")));
  }

  @Test
  void fiveRedirectsAreFollowed() {
    for (int i = 1; i <= 5; i++) {
      redirect("/r" + i, 302, "/r" + (i + 1));
    }
    votable("/r6");
    try (FetchResult r = fetcher.fetch(Request.get(url("/r1")))) {
      assertThat(r.ok()).isTrue();
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.hops()).hasSize(6);
      assertThat(r.finalUri()).isEqualTo(url("/r6"));
      assertThat(Codes.of(r)).containsOnly(Code.I_HTP_QURL).hasSize(6);
    }
  }

  @Test
  void aSixthRedirectIsRefused() {
    for (int i = 1; i <= 6; i++) {
      redirect("/r" + i, 303, "/r" + (i + 1));
    }
    votable("/r7");
    try (FetchResult r = fetcher.fetch(Request.get(url("/r1")))) {
      assertThat(r.failure().kind()).isEqualTo(FailureKind.TOO_MANY_REDIRECTS);
      assertThat(r.hops()).hasSize(6);
      assertThat(Codes.of(r)).contains(Code.E_HTP_RMAX);
    }
    wm.verify(0, getRequestedFor(urlEqualTo("/r7")));
  }

  @Test
  void aRedirectLoopIsDetected() {
    redirect("/a", 302, "/b");
    redirect("/b", 302, "/a");
    try (FetchResult r = fetcher.fetch(Request.get(url("/a")))) {
      assertThat(r.failure().kind()).isEqualTo(FailureKind.REDIRECT_LOOP);
      assertThat(r.hops()).hasSize(2);
      assertThat(Codes.of(r)).contains(Code.E_HTP_RLOP);
    }
  }

  @Test
  void redirectsToOtherSchemesAreRefused() {
    for (String target : new String[] {"file:///etc/passwd", "jar:file:/x.jar!/a",
        "ftp://127.0.0.1/x", "data:text/xml,<VOTABLE/>", "javascript:alert(1)"}) {
      wm.resetAll();
      redirect("/evil", 302, target);
      try (FetchResult r = fetcher.fetch(Request.get(url("/evil")))) {
        assertThat(r.failure().kind()).as(target).isEqualTo(FailureKind.REDIRECT_SCHEME);
        assertThat(r.hops()).hasSize(1);
        assertThat(Codes.of(r)).contains(Code.E_HTP_RSCH);
      }
    }
  }

  @Test
  void aRedirectWithoutLocationIsInvalid() {
    wm.stubFor(get("/nowhere").willReturn(aResponse().withStatus(302)));
    try (FetchResult r = fetcher.fetch(Request.get(url("/nowhere")))) {
      assertThat(r.failure().kind()).isEqualTo(FailureKind.REDIRECT_INVALID);
      assertThat(Codes.of(r)).contains(Code.E_HTP_RLOC);
    }
  }

  @Test
  void permanentAndTemporaryRedirectsAreWarnedAbout() {
    redirect("/p", 301, "/t");
    redirect("/t", 307, "/q");
    redirect("/q", 308, "/ok");
    votable("/ok");
    try (FetchResult r = fetcher.fetch(Request.get(url("/p")))) {
      assertThat(r.status()).isEqualTo(200);
      assertThat(Codes.of(r)).filteredOn(c -> c == Code.W_HTP_RDIR).hasSize(3);
    }
  }

  @Test
  void seeOtherAfterPostContinuesWithGet() {
    wm.stubFor(post("/sync").willReturn(aResponse().withStatus(303).withHeader("Location",
        "/result")));
    votable("/result");
    try (FetchResult r = fetcher.fetch(Request.post(url("/sync"), Map.of("MAXREC", "1")))) {
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.hops()).extracting(Hop::method).containsExactly(Method.POST, Method.GET);
    }
  }

  @Test
  void temporaryRedirectAfterPostKeepsMethodAndBody() {
    wm.stubFor(post("/sync").willReturn(aResponse().withStatus(307).withHeader("Location",
        "/sync2")));
    wm.stubFor(post("/sync2").willReturn(aResponse().withStatus(200).withBody("<VOTABLE/>")));
    try (FetchResult r = fetcher.fetch(Request.post(url("/sync"), Map.of("MAXREC", "1")))) {
      assertThat(r.status()).isEqualTo(200);
    }
    wm.verify(postRequestedFor(urlEqualTo("/sync2")).withRequestBody(equalTo("MAXREC=1")));
  }

  private static void thenOk(String path, int status, String retryAfter) {
    wm.stubFor(get(path).inScenario(path).whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(status).withHeader("Retry-After", retryAfter))
        .willSetStateTo("ready"));
    wm.stubFor(get(path).inScenario(path).whenScenarioStateIs("ready")
        .willReturn(aResponse().withStatus(200)
            .withHeader("Content-Type", "application/x-votable+xml").withBody("<VOTABLE/>")));
  }

  @Test
  void tooManyRequestsWithRetryAfterSecondsIsRetried() {
    thenOk("/busy", 429, "1");
    long start = System.nanoTime();
    try (FetchResult r = fetcher.fetch(Request.get(url("/busy")))) {
      assertThat((System.nanoTime() - start) / 1_000_000).isBetween(950L, 3_000L);
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.hops()).extracting(Hop::next).containsExactly(Hop.Next.RETRY, Hop.Next.FINAL);
      assertThat(r.timings().retryWait()).isEqualTo(Duration.ofSeconds(1));
      assertThat(Codes.of(r)).containsOnly(Code.I_HTP_QURL);
    }
  }

  @Test
  void unavailableWithRetryAfterDateIsRetried() {
    // A date far ahead: the wait is shortened to the 1 s cap, not honoured for an hour.
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
        ZonedDateTime.now(ZoneOffset.UTC).plusHours(1));
    thenOk("/maint", 503, date);
    long start = System.nanoTime();
    try (FetchResult r = fetcher.fetch(Request.get(url("/maint")))) {
      assertThat((System.nanoTime() - start) / 1_000_000).isBetween(950L, 3_000L);
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.hops()).hasSize(2);
    }
  }

  @Test
  void unavailableForeverStopsAfterTheRetryBound() {
    wm.stubFor(get("/down").willReturn(aResponse().withStatus(503).withHeader("Retry-After",
        "1")));
    long start = System.nanoTime();
    try (FetchResult r = fetcher.fetch(Request.get(url("/down")))) {
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4_000L);
      assertThat(r.ok()).isTrue();
      assertThat(r.status()).isEqualTo(503);
      assertThat(r.hops()).hasSize(3); // the request and two retries
      assertThat(Codes.of(r)).contains(Code.E_HTP_S5XX);
    }
    wm.verify(3, getRequestedFor(urlEqualTo("/down")));
  }

  @Test
  void unavailableWithoutRetryAfterIsNotRetried() {
    wm.stubFor(get("/gone").willReturn(aResponse().withStatus(503)));
    try (FetchResult r = fetcher.fetch(Request.get(url("/gone")))) {
      assertThat(r.hops()).hasSize(1);
      assertThat(Codes.of(r)).contains(Code.E_HTP_S5XX);
    }
  }

  @Test
  void otherErrorsAreNeverRetried() {
    wm.stubFor(get("/err").willReturn(aResponse().withStatus(500).withHeader("Retry-After",
        "1")));
    try (FetchResult r = fetcher.fetch(Request.get(url("/err")))) {
      assertThat(r.hops()).hasSize(1);
    }
  }
}
