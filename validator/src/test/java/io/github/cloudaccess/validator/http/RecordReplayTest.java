package io.github.cloudaccess.validator.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.report.Finding;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Record then replay gives identical outcomes and findings, failures and timings included. */
@Timeout(30)
class RecordReplayTest {

  private static WireMockServer wm;

  @TempDir Path spool;
  @TempDir Path recording;

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

  private FetchOptions options() {
    return FetchOptions.defaults().withTempDir(spool)
        .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(1500), Duration.ofSeconds(10))
        .withRetries(2, Duration.ofSeconds(1), Duration.ofSeconds(3));
  }

  /** Everything a report could depend on, as comparable values. */
  record Outcome(int status, Map<String, List<String>> headers, FailureKind kind, String detail, List<Hop> hops, List<String> enc,
      ContentTypeHeader type, long bodyBytes, long wireBytes, String bodySha, Timings timings,
      List<Finding> findings) {

    static Outcome of(FetchResult r) throws Exception {
      String sha = null;
      if (r.body() != null) {
        sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
            .digest(Files.readAllBytes(r.body())));
      }
      return new Outcome(r.status(), r.headers().map(), r.ok() ? null : r.failure().kind(),
          r.ok() ? null : r.failure().detail(), r.hops(), r.encodings(), r.contentType(),
          r.bodyBytes(), r.wireBytes(), sha, r.timings(),
          Codes.findings(r, HttpFindings.Expectation.votable()));
    }
  }

  private static List<Outcome> run(Transport transport, FetchOptions options,
      List<Request> requests) throws Exception {
    List<Outcome> out = new ArrayList<>();
    try (HttpFetcher f = new HttpFetcher(transport, options)) {
      for (Request r : requests) {
        try (FetchResult result = f.fetch(r)) {
          out.add(Outcome.of(result));
        }
      }
    }
    return out;
  }

  private static URI url(String path) {
    return URI.create(wm.baseUrl() + path);
  }

  private static void stubs() throws IOException {
    wm.resetAll();
    wm.stubFor(get("/gz").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/x-votable+xml")
        .withHeader("Content-Encoding", "gzip")
        .withBody(EncodingTest.gzip("<VOTABLE/>".repeat(100).getBytes(StandardCharsets.UTF_8)))));
    wm.stubFor(get("/moved").willReturn(aResponse().withStatus(301).withHeader("Location",
        "/gz")));
    wm.stubFor(get("/busy").inScenario("busy").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
        .willSetStateTo("ok"));
    wm.stubFor(get("/busy").inScenario("busy").whenScenarioStateIs("ok")
        .willReturn(aResponse().withStatus(200).withBody("<VOTABLE/>")));
    wm.stubFor(get("/loop").willReturn(aResponse().withStatus(302).withHeader("Location",
        "/loop")));
    wm.stubFor(get("/missing").willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "text/html").withBody("<html/>")));
    wm.stubFor(post("/sync").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/xml").withBody("<VOTABLE/>")));
    // The same URL twice gives two different bodies: replay must keep the order.
    wm.stubFor(get("/twice").inScenario("twice").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(200).withBody("first")).willSetStateTo("second"));
    wm.stubFor(get("/twice").inScenario("twice").whenScenarioStateIs("second")
        .willReturn(aResponse().withStatus(200).withBody("second, longer")));
  }

  @Test
  void replayGivesTheRecordedOutcomesWithoutNetwork() throws Exception {
    stubs();
    try (RawServer stall = new RawServer((s, out) -> {
      RawServer.write(out, "HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\nabc");
      RawServer.sleep(30_000);
    }); RawServer cut = new RawServer((s, out) -> RawServer.write(out,
        "HTTP/1.1 200 OK\r\nContent-Length: 2000000000\r\n\r\nabc"))) {
      List<Request> requests = List.of(
          Request.get(url("/gz")), Request.get(url("/moved")), Request.get(url("/busy")),
          Request.get(url("/loop")), Request.get(url("/missing")),
          Request.post(url("/sync"), Map.of("POS", "CIRCLE 1 2 3")),
          Request.get(url("/twice")), Request.get(url("/twice")),
          Request.get(stall.uri("/stall")),
          Request.get(cut.uri("/cut")).withHeader("Authorization", "Bearer s3cr3t"));
      FetchOptions options = options().withCaps(4 * FetchOptions.GIB, FetchOptions.GIB);
      List<Outcome> live = run(Transport.recording(Transport.live(options), recording),
          options, requests);

      /* The recording holds what the live run saw, including its failures. */
      assertThat(live).extracting(Outcome::kind).containsExactly(null, null, null,
          FailureKind.REDIRECT_LOOP, null, null, null, null, FailureKind.IDLE_TIMEOUT,
          FailureKind.TRUNCATED);
      assertThat(live.get(7).bodyBytes()).isEqualTo(14);
      String all = Files.readString(recording.resolve("index.jsonl"));
      assertThat(all.lines()).hasSize(12); // /moved and /busy take two exchanges, /loop one
      assertThat(recording.resolve("0001-GET.json")).exists();
      assertThat(recording.resolve("0001.body")).exists();
      try (var files = Files.list(recording)) {
        assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.contains("POST")))
            .hasSize(1);
      }
      assertThat(Files.readString(recording.resolve("0012-GET.json"))).doesNotContain("s3cr3t");

      /* Replay: same outcomes, nothing left in the spool, no network needed. */
      wm.resetAll();
      List<Outcome> replayed = run(Transport.replay(recording, options), options, requests);
      assertThat(replayed).isEqualTo(live);
      assertThat(Codes.files(spool)).isEmpty();
    }
  }

  @Test
  void aRequestNotRecordedIsAReplayMiss() throws Exception {
    stubs();
    FetchOptions options = options();
    run(Transport.recording(Transport.live(options), recording), options,
        List.of(Request.get(url("/twice"))));
    try (HttpFetcher f = new HttpFetcher(Transport.replay(recording, options), options)) {
      try (FetchResult r = f.fetch(Request.get(url("/twice")))) {
        assertThat(r.ok()).isTrue();
      }
      try (FetchResult again = f.fetch(Request.get(url("/twice")));
          FetchResult other = f.fetch(Request.get(url("/never")))) {
        assertThat(again.failure().kind()).isEqualTo(FailureKind.REPLAY_MISS);
        assertThat(other.failure().kind()).isEqualTo(FailureKind.REPLAY_MISS);
        assertThat(Codes.of(other)).contains(Code.F_HTP_RMIS);
      }
    }
  }

  @Test
  void postsAreMatchedByBody() throws Exception {
    stubs();
    FetchOptions options = options();
    Request one = Request.post(url("/sync"), Map.of("MAXREC", "1"));
    run(Transport.recording(Transport.live(options), recording), options, List.of(one));
    try (HttpFetcher f = new HttpFetcher(Transport.replay(recording, options), options);
        FetchResult other = f.fetch(Request.post(url("/sync"), Map.of("MAXREC", "2")));
        FetchResult same = f.fetch(one)) {
      assertThat(other.failure().kind()).isEqualTo(FailureKind.REPLAY_MISS);
      assertThat(same.status()).isEqualTo(200);
    }
  }

  @Test
  void aDirectoryIsNeverRecordedTwice() throws Exception {
    FetchOptions options = options();
    Transport.recording(Transport.live(options), recording).close();
    assertThatThrownBy(() -> Transport.recording(Transport.live(options), recording))
        .isInstanceOf(IOException.class);
  }

  @Test
  void theReplayCapAppliesToRecordedBodies() throws Exception {
    stubs();
    FetchOptions options = options();
    run(Transport.recording(Transport.live(options), recording), options,
        List.of(Request.get(url("/missing"))));
    FetchOptions small = options.withCaps(3, 3);
    try (HttpFetcher f = new HttpFetcher(Transport.replay(recording, small), small);
        FetchResult r = f.fetch(Request.get(url("/missing")))) {
      assertThat(r.failure().kind()).isEqualTo(FailureKind.BODY_TOO_LARGE);
    }
    assertThat(Codes.files(spool)).isEmpty();
  }
}
