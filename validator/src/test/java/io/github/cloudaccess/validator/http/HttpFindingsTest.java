package io.github.cloudaccess.validator.http;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.report.Severity;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The mapping from typed outcomes to codes, and the outcomes only a recording or TLS gives. */
@Timeout(20)
class HttpFindingsTest {

  @TempDir Path spool;
  @TempDir Path recording;

  @Test
  void validatorSideFailuresAreFAndServiceFailuresAreNot() {
    for (FailureKind kind : FailureKind.values()) {
      Severity s = HttpFindings.codeFor(kind, false).severity();
      if (kind.validatorSide()) {
        assertThat(s).as(kind.name()).isEqualTo(Severity.FAILURE);
      } else {
        assertThat(s).as(kind.name()).isIn(Severity.ERROR, Severity.WARNING);
      }
    }
  }

  @Test
  void eachFailureKindHasItsOwnCode() {
    Map<FailureKind, Code> expected = new EnumMap<>(FailureKind.class);
    expected.put(FailureKind.DNS, Code.E_HTP_CONN);
    expected.put(FailureKind.CONNECT_REFUSED, Code.E_HTP_CONN);
    expected.put(FailureKind.CONNECT_TIMEOUT, Code.E_HTP_CONN);
    expected.put(FailureKind.CONNECTION_RESET, Code.E_HTP_CONN);
    expected.put(FailureKind.EMPTY_RESPONSE, Code.E_HTP_CONN);
    expected.put(FailureKind.TLS, Code.E_HTP_TLSX);
    expected.put(FailureKind.PROTOCOL, Code.E_HTP_PROT);
    expected.put(FailureKind.IDLE_TIMEOUT, Code.E_HTP_IDLE);
    expected.put(FailureKind.TOTAL_TIMEOUT, Code.E_HTP_TOUT);
    expected.put(FailureKind.TRUNCATED, Code.E_HTP_TRNC);
    expected.put(FailureKind.BODY_TOO_LARGE, Code.F_HTP_BCAP);
    expected.put(FailureKind.DECODED_TOO_LARGE, Code.F_HTP_ZCAP);
    expected.put(FailureKind.DECODING_FAILED, Code.E_HTP_CDEC);
    expected.put(FailureKind.REDIRECT_LOOP, Code.E_HTP_RLOP);
    expected.put(FailureKind.TOO_MANY_REDIRECTS, Code.E_HTP_RMAX);
    expected.put(FailureKind.REDIRECT_SCHEME, Code.E_HTP_RSCH);
    expected.put(FailureKind.REDIRECT_INVALID, Code.E_HTP_RLOC);
    expected.put(FailureKind.REPLAY_MISS, Code.F_HTP_RMIS);
    expected.put(FailureKind.LOCAL_IO, Code.F_RUN_UNEX);
    expected.put(FailureKind.INTERRUPTED, Code.F_RUN_UNEX);
    assertThat(expected).hasSize(FailureKind.values().length);
    expected.forEach((kind, code) ->
        assertThat(HttpFindings.codeFor(kind, false)).as(kind.name()).isEqualTo(code));
  }

  @Test
  void unreachableAsFailureTurnsOnlyNetworkKindsIntoF() {
    assertThat(HttpFindings.codeFor(FailureKind.DNS, true)).isEqualTo(Code.F_HTP_NETX);
    assertThat(HttpFindings.codeFor(FailureKind.IDLE_TIMEOUT, true)).isEqualTo(Code.F_HTP_NETX);
    assertThat(HttpFindings.codeFor(FailureKind.REDIRECT_LOOP, true)).isEqualTo(Code.E_HTP_RLOP);
    assertThat(HttpFindings.codeFor(FailureKind.TLS, true)).isEqualTo(Code.E_HTP_TLSX);
  }

  /** Writes one exchange in the documented recording layout. */
  private void exchange(int seq, String url, int status, String headersJson, String body)
      throws Exception {
    String bodyFile = body == null ? "null" : String.format("\"%04d.body\"", seq);
    if (body != null) {
      Files.writeString(recording.resolve(String.format("%04d.body", seq)), body);
    }
    Files.writeString(recording.resolve(String.format("%04d-GET.json", seq)), """
        {"format": "cloud-access-exchange/1", "seq": %d,
         "request": {"method": "GET", "url": "%s", "headers": {}, "bodySha256": null},
         "response": {"status": %d, "headers": %s},
         "body": %s, "bodyBytes": %d, "receivedAt": "2026-01-01T00:00:00Z",
         "headersNanos": 1000000, "totalNanos": 2000000, "failure": null}
        """.formatted(seq, url, status, headersJson, bodyFile, body == null ? 0 : body.length()));
    Files.writeString(recording.resolve("index.jsonl"), """
        {"seq":%d,"method":"GET","url":"%s","requestBodySha256":null,"meta":"%04d-GET.json"}
        """.formatted(seq, url, seq), StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
  }

  @Test
  void httpsToHttpRedirectIsADowngrade() throws Exception {
    exchange(1, "https://svc.example.org/sia?POS=1", 302,
        "[[\"location\", \"http://svc.example.org/sia2?POS=1\"]]", null);
    exchange(2, "http://svc.example.org/sia2?POS=1", 200,
        "[[\"content-type\", \"application/x-votable+xml\"]]", "<VOTABLE/>");
    FetchOptions options = FetchOptions.defaults().withTempDir(spool);
    try (HttpFetcher f = new HttpFetcher(Transport.replay(recording, options), options);
        FetchResult r = f.fetch(Request.get(URI.create("https://svc.example.org/sia?POS=1")))) {
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.hops().get(0).downgrade()).isTrue();
      assertThat(r.timings().total()).isEqualTo(Duration.ofMillis(4));
      assertThat(Codes.of(r)).containsExactly(Code.I_HTP_QURL, Code.W_HTP_RDSC,
          Code.I_HTP_QURL);
    }
  }

  @Test
  void anUntrustedCertificateIsATlsError() {
    WireMockServer wm = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1")
        .dynamicPort().dynamicHttpsPort().jettyStopTimeout(500L));
    wm.start();
    FetchOptions options = FetchOptions.defaults().withTempDir(spool)
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(8));
    try (HttpFetcher f = new HttpFetcher(Transport.live(options), options);
        FetchResult r = f.fetch(Request.get(URI.create("https://127.0.0.1:" + wm.httpsPort()
            + "/")))) {
      assertThat(r.failure().kind()).isEqualTo(FailureKind.TLS);
      assertThat(Codes.of(r)).contains(Code.E_HTP_TLSX);
    } finally {
      wm.stop();
    }
  }
}
