package io.github.cloudaccess.validator.live;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.cloudaccess.corpus.Corpus;
import io.github.cloudaccess.validator.cli.ExitStatus;
import io.github.cloudaccess.validator.http.GzipBomb;
import io.github.cloudaccess.validator.http.RawServer;
import java.net.ServerSocket;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile and broken servers through the command: WireMock faults on the query path (its
 * capabilities path answers 404), and raw sockets for a lying Content-Length. Each run ends
 * with its codes and exit status within its time bound, and never prints a stack trace.
 */
@Timeout(30)
class LiveFaultsTest {

  private static WireMockServer wm;

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
  void reset() {
    wm.resetAll();
  }

  private static LiveCli query(ResponseDefinitionBuilder answer, String... options) {
    wm.stubFor(get(urlPathEqualTo("/sia/query")).willReturn(answer));
    String[] args = new String[options.length + 1];
    System.arraycopy(options, 0, args, 0, options.length);
    args[options.length] = wm.baseUrl() + "/sia/query";
    return LiveCli.run(args);
  }

  private static void assertRun(LiveCli r, int status, long maxMillis, String... codes) {
    assertThat(r.codesAt("/sia/query")).as(r.toString()).contains(codes);
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.millis()).as(r.toString()).isLessThan(maxMillis);
    assertThat(r.err()).as("no stack trace without --debug").isEmpty();
  }

  @Test
  void connectionResetIsAConnectionError() {
    LiveCli r = query(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    assertRun(r, ExitStatus.FINDINGS, 10_000, "E-HTP-CONN", "F-RUN-PREQ");
  }

  @Test
  void anEmptyResponseIsAConnectionError() {
    assertRun(query(aResponse().withFault(Fault.EMPTY_RESPONSE)), ExitStatus.FINDINGS, 10_000,
        "E-HTP-CONN");
  }

  @Test
  void aMalformedChunkIsAProtocolOrTruncationError() {
    LiveCli r = query(aResponse().withStatus(200).withFault(Fault.MALFORMED_RESPONSE_CHUNK));
    assertThat(r.codesAt("/sia/query")).as(r.toString()).containsAnyOf("E-HTP-PROT", "E-HTP-TRNC");
    assertRun(r, ExitStatus.FINDINGS, 10_000, "F-RUN-PREQ");
  }

  @Test
  void randomBytesAreAProtocolError() {
    assertRun(query(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)), ExitStatus.FINDINGS,
        10_000, "E-HTP-PROT");
  }

  @Test
  void aThirtySecondStallEndsAtTheTwoSecondTimeout() {
    LiveCli r = query(aResponse().withStatus(200).withFixedDelay(30_000), "--timeout", "2");
    assertRun(r, ExitStatus.FINDINGS, 8_000, "E-HTP-TOUT");
    assertThat(r.millis()).isGreaterThanOrEqualTo(1_900);
  }

  @Test
  void aChunkedDribbleEndsAtTheTimeout() {
    LiveCli r = query(aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
        .withBody("<VOTABLE>".repeat(10)).withChunkedDribbleDelay(30, 15_000), "--timeout", "2");
    assertRun(r, ExitStatus.FINDINGS, 8_000, "E-HTP-TOUT");
  }

  @Test
  void a500WithHtmlIsAServerErrorWithTheWrongBody() {
    LiveCli r = query(aResponse().withStatus(500).withHeader("Content-Type", "text/html")
        .withBody("<html><body><h1>Internal Server Error</h1></body></html>"));
    assertRun(r, ExitStatus.FINDINGS, 10_000, "E-HTP-S5XX", "E-HTP-CTYP", "E-XML-HTML");
  }

  @Test
  void aVotableWithTheWrongContentTypeIsReported() throws Exception {
    byte[] body = Files.readAllBytes(Corpus.locate().responsesDir()
        .resolve("sia2-tabledata-escaped.xml"));
    LiveCli r = query(aResponse().withStatus(200).withHeader("Content-Type", "text/plain")
        .withBody(body));
    assertRun(r, ExitStatus.FINDINGS, 10_000, "E-HTP-CTYP");
  }

  @Test
  void aLegalQueryAnsweredNotFoundIsNot200() {
    assertRun(query(aResponse().withStatus(404).withHeader("Content-Type", "text/plain")
        .withBody("no such service")), ExitStatus.FINDINGS, 10_000, "E-HTP-N200", "F-RUN-PREQ");
  }

  @Test
  void aRedirectLoopIsDetected() {
    wm.stubFor(get(urlPathEqualTo("/sia/loop")).willReturn(aResponse().withStatus(302)
        .withHeader("Location", "/sia/query?FORMAT=METADATA")));
    assertRun(query(aResponse().withStatus(302).withHeader("Location", "/sia/loop")),
        ExitStatus.FINDINGS, 10_000, "E-HTP-RLOP");
  }

  @Test
  void aRedirectToALocalFileIsRefused() {
    assertRun(query(aResponse().withStatus(302).withHeader("Location", "file:///etc/passwd")),
        ExitStatus.FINDINGS, 10_000, "E-HTP-RSCH");
  }

  @Test
  void aGzipBombStopsAtTheCap() throws Exception {
    LiveCli r = query(aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
        .withHeader("Content-Encoding", "gzip").withBody(GzipBomb.bytes()), "--max-bytes", "16M");
    assertRun(r, ExitStatus.UNTESTABLE, 10_000, "F-HTP-ZCAP", "F-RUN-PREQ");
  }

  @Test
  void aTwoGigabyteContentLengthWithAShortBody() throws Exception {
    try (RawServer server = new RawServer((s, out) -> RawServer.write(out, "HTTP/1.1 200 OK\r\n"
        + "Content-Type: text/xml\r\nContent-Length: 2000000000\r\n\r\n<VOTABLE"))) {
      String url = server.uri("/sia/query").toString();
      LiveCli capped = LiveCli.run(url);
      assertThat(capped.codesAt("/sia/query")).as(capped.toString()).contains("F-HTP-BCAP");
      assertThat(capped.status()).as("only F findings").isEqualTo(ExitStatus.UNTESTABLE);
      LiveCli cut = LiveCli.run("--max-bytes", "4G", url);
      assertThat(cut.codesAt("/sia/query")).as(cut.toString()).contains("E-HTP-TRNC");
      assertThat(cut.status()).isEqualTo(ExitStatus.FINDINGS);
      assertThat(capped.millis() + cut.millis()).isLessThan(10_000);
    }
  }

  @Test
  void aClosedPortStopsTheRunAfterOneRequest() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    LiveCli r = LiveCli.run("http://127.0.0.1:" + port + "/sia/query");
    assertThat(r.bySource()).hasSize(1);
    assertThat(r.codes()).contains("E-HTP-CONN", "F-RUN-PREQ");
    assertThat(r.status()).isEqualTo(ExitStatus.FINDINGS);
    assertThat(r.err()).isEmpty();
  }
}
