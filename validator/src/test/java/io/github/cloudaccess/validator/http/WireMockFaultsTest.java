package io.github.cloudaccess.validator.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.cloudaccess.validator.report.Code;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Transport faults, statuses and media types, served by WireMock on loopback. */
@Timeout(20)
class WireMockFaultsTest {

  private static final String VOTABLE = "<VOTABLE version=\"1.4\"/>";
  private static WireMockServer wm;

  @TempDir Path spool;
  private HttpFetcher fetcher;

  @BeforeAll
  static void start() {
    wm = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort()
        .gzipDisabled(true).containerThreads(12).jettyStopTimeout(500L));
    wm.start();
  }

  @AfterAll
  static void stop() {
    wm.stop();
  }

  @BeforeEach
  void fetcher() {
    wm.resetAll();
    FetchOptions options = FetchOptions.defaults().withTempDir(spool)
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(8));
    fetcher = new HttpFetcher(Transport.live(options), options);
  }

  @AfterEach
  void close() {
    fetcher.close();
  }

  private URI url(String path) {
    return URI.create(wm.baseUrl() + path);
  }

  private FetchResult fault(Fault fault) {
    wm.stubFor(get("/f").willReturn(aResponse().withFault(fault)));
    return fetcher.fetch(Request.get(url("/f")));
  }

  @Test
  void connectionResetIsTyped() throws Exception {
    try (FetchResult r = fault(Fault.CONNECTION_RESET_BY_PEER)) {
      assertThat(r.failure().kind()).isEqualTo(FailureKind.CONNECTION_RESET);
      assertThat(Codes.of(r)).contains(Code.E_HTP_CONN);
      assertThat(Codes.files(spool)).isEmpty();
    }
  }

  @Test
  void emptyResponseIsTyped() throws Exception {
    try (FetchResult r = fault(Fault.EMPTY_RESPONSE)) {
      assertThat(r.failure().kind()).isEqualTo(FailureKind.EMPTY_RESPONSE);
      assertThat(Codes.of(r)).contains(Code.E_HTP_CONN);
    }
  }

  @Test
  void malformedChunkIsTyped() throws Exception {
    try (FetchResult r = fault(Fault.MALFORMED_RESPONSE_CHUNK)) {
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.failure().kind()).isIn(FailureKind.PROTOCOL, FailureKind.TRUNCATED);
      assertThat(Codes.of(r)).contains(r.failure().kind() == FailureKind.PROTOCOL
          ? Code.E_HTP_PROT : Code.E_HTP_TRNC);
      assertThat(Codes.files(spool)).isEmpty();
    }
  }

  @Test
  void randomBytesAreAProtocolFailure() throws Exception {
    try (FetchResult r = fault(Fault.RANDOM_DATA_THEN_CLOSE)) {
      assertThat(r.failure().kind()).isEqualTo(FailureKind.PROTOCOL);
      assertThat(r.failure().detail()).matches("[\\x20-\\x7e…]*");
      assertThat(Codes.of(r)).contains(Code.E_HTP_PROT);
    }
  }

  @Test
  void unreachableCanBeAFailureInsteadOfAnError() throws Exception {
    try (FetchResult r = fault(Fault.CONNECTION_RESET_BY_PEER)) {
      assertThat(Codes.of(r, new HttpFindings.Expectation(true, HttpFindings.VOTABLE_TYPES,
          true))).contains(Code.F_HTP_NETX).doesNotContain(Code.E_HTP_CONN);
    }
  }

  @Test
  void chunkedDribbleHitsTheWholeRequestTimeoutNotTheIdleOne() throws Exception {
    FetchOptions options = FetchOptions.defaults().withTempDir(spool)
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(3));
    wm.stubFor(get("/drip").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/x-votable+xml")
        .withBody("x".repeat(20)).withChunkedDribbleDelay(20, 10_000)));
    long start = System.nanoTime();
    try (HttpFetcher f = new HttpFetcher(Transport.live(options), options);
        FetchResult r = f.fetch(Request.get(url("/drip")))) {
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(r.failure().kind()).isEqualTo(FailureKind.TOTAL_TIMEOUT);
      assertThat(r.wireBytes()).isPositive();
      assertThat(millis).isBetween(2_900L, 4_500L);
      assertThat(Codes.of(r)).contains(Code.E_HTP_TOUT);
      assertThat(Codes.files(spool)).isEmpty();
    }
  }

  @Test
  void serverErrorWithHtmlIsS5xx() {
    wm.stubFor(get("/500").willReturn(aResponse().withStatus(500)
        .withHeader("Content-Type", "text/html").withBody("<html>oops</html>")));
    try (FetchResult r = fetcher.fetch(Request.get(url("/500")))) {
      assertThat(r.ok()).isTrue();
      assertThat(r.status()).isEqualTo(500);
      assertThat(r.bodyBytes()).isEqualTo(17);
      assertThat(Codes.of(r)).contains(Code.E_HTP_S5XX, Code.E_HTP_CTYP)
          .doesNotContain(Code.E_HTP_N200);
    }
  }

  @Test
  void notFoundIsN200() {
    wm.stubFor(get("/404").willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/x-votable+xml").withBody(VOTABLE)));
    try (FetchResult r = fetcher.fetch(Request.get(url("/404")))) {
      assertThat(Codes.of(r)).contains(Code.E_HTP_N200).doesNotContain(Code.E_HTP_CTYP);
      assertThat(Codes.of(r, new HttpFindings.Expectation(false, HttpFindings.VOTABLE_TYPES,
          false))).doesNotContain(Code.E_HTP_N200);
    }
  }

  @Test
  void wrongContentTypeIsCtyp() {
    wm.stubFor(get("/txt").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/plain; charset=utf-8").withBody(VOTABLE)));
    try (FetchResult r = fetcher.fetch(Request.get(url("/txt")))) {
      assertThat(r.contentType()).isInstanceOf(ContentTypeHeader.Valid.class);
      assertThat(Codes.of(r)).containsExactly(Code.I_HTP_QURL, Code.E_HTP_CTYP);
    }
  }

  @Test
  void votableContentTypeWithParametersIsAccepted() {
    wm.stubFor(get("/ok").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/x-votable+xml;content=datalink")
        .withBody(VOTABLE)));
    try (FetchResult r = fetcher.fetch(Request.get(url("/ok")))) {
      MediaType m = ((ContentTypeHeader.Valid) r.contentType()).mediaType();
      assertThat(m.parameter("CONTENT")).isEqualTo("datalink");
      assertThat(Codes.of(r)).containsExactly(Code.I_HTP_QURL);
    }
  }

  @Test
  void missingContentTypeIsNoct() {
    wm.stubFor(get("/noct").willReturn(aResponse().withStatus(200).withBody(VOTABLE)));
    try (FetchResult r = fetcher.fetch(Request.get(url("/noct")))) {
      assertThat(r.contentType()).isInstanceOf(ContentTypeHeader.Missing.class);
      assertThat(Codes.of(r)).contains(Code.W_HTP_NOCT);
    }
  }

  @Test
  void unparsableContentTypeIsCtsx() {
    wm.stubFor(get("/bad").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "votable").withBody(VOTABLE)));
    try (FetchResult r = fetcher.fetch(Request.get(url("/bad")))) {
      assertThat(r.contentType()).isInstanceOf(ContentTypeHeader.Invalid.class);
      assertThat(Codes.of(r)).contains(Code.E_HTP_CTSX);
    }
  }

  @Test
  void everyRequestCarriesTheUserAgentAndAsksForCompression() {
    wm.stubFor(get("/ua").willReturn(aResponse().withStatus(200).withBody(VOTABLE)));
    try (FetchResult r = fetcher.fetch(Request.get(url("/ua")))) {
      assertThat(r.ok()).isTrue();
    }
    wm.verify(getRequestedFor(urlEqualTo("/ua"))
        .withHeader("User-Agent", matching("cloud-access-validator/[^ ]+ \\(IVOA-test\\)"))
        .withHeader("Accept-Encoding", matching("gzip, deflate")));
  }

  @Test
  void postSendsTheFormEncoded() {
    wm.stubFor(post("/q").willReturn(aResponse().withStatus(200).withBody(VOTABLE)));
    Map<String, String> form = new LinkedHashMap<>();
    form.put("POS", "CIRCLE 10 20 0.1");
    form.put("MAXREC", "5");
    try (FetchResult r = fetcher.fetch(Request.post(url("/q"), form))) {
      assertThat(r.status()).isEqualTo(200);
    }
    wm.verify(postRequestedFor(urlEqualTo("/q"))
        .withHeader("Content-Type", matching("application/x-www-form-urlencoded.*"))
        .withRequestBody(matching("POS=CIRCLE\\+10\\+20\\+0\\.1&MAXREC=5")));
  }
}
