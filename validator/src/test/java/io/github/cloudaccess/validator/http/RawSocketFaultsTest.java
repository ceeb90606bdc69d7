package io.github.cloudaccess.validator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.validator.report.Code;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Stalls, lying lengths, caps and refused connections, from a raw socket server. */
@Timeout(20)
class RawSocketFaultsTest {

  @TempDir Path spool;

  private FetchOptions options(long idleMillis, long totalMillis) {
    return FetchOptions.defaults().withTempDir(spool).withTimeouts(Duration.ofSeconds(2),
        Duration.ofMillis(idleMillis), Duration.ofMillis(totalMillis));
  }

  private static FetchResult fetch(FetchOptions options, URI uri) {
    try (HttpFetcher f = new HttpFetcher(Transport.live(options), options)) {
      return f.fetch(Request.get(uri));
    }
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  @Test
  void thirtySecondStallBeforeTheHeadEndsAtTheIdleTimeout() throws Exception {
    try (RawServer server = new RawServer((s, out) -> RawServer.sleep(30_000))) {
      long start = System.nanoTime();
      try (FetchResult r = fetch(options(2_000, 10_000), server.uri("/stall"))) {
        assertThat(millisSince(start)).isBetween(1_900L, 4_500L);
        assertThat(r.failure().kind()).isEqualTo(FailureKind.IDLE_TIMEOUT);
        assertThat(r.status()).isZero();
        assertThat(Codes.of(r)).contains(Code.E_HTP_IDLE);
      }
    }
  }

  @Test
  void thirtySecondStallMidBodyEndsAtTheIdleTimeoutAndLeavesNoFile() throws Exception {
    try (RawServer server = new RawServer((s, out) -> {
      RawServer.write(out, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789");
      RawServer.sleep(30_000);
    })) {
      long start = System.nanoTime();
      try (FetchResult r = fetch(options(2_000, 10_000), server.uri("/stall"))) {
        assertThat(millisSince(start)).isBetween(1_900L, 4_500L);
        assertThat(r.failure().kind()).isEqualTo(FailureKind.IDLE_TIMEOUT);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.wireBytes()).isEqualTo(10);
        assertThat(Codes.files(spool)).isEmpty();
      }
    }
  }

  @Test
  void thirtySecondStallEndsAtTheWholeRequestTimeout() throws Exception {
    try (RawServer server = new RawServer((s, out) -> RawServer.sleep(30_000))) {
      long start = System.nanoTime();
      try (FetchResult r = fetch(options(10_000, 2_000), server.uri("/stall"))) {
        assertThat(millisSince(start)).isBetween(1_900L, 4_500L);
        assertThat(r.failure().kind()).isEqualTo(FailureKind.TOTAL_TIMEOUT);
        assertThat(Codes.of(r)).contains(Code.E_HTP_TOUT);
      }
    }
  }

  @Test
  void twoGigabyteContentLengthWithAShortBodyIsTruncated() throws Exception {
    try (RawServer server = new RawServer((s, out) -> RawServer.write(out,
        "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: 2000000000\r\n\r\n<VOT"))) {
      FetchOptions big = options(5_000, 8_000).withCaps(4 * FetchOptions.GIB, FetchOptions.GIB);
      long start = System.nanoTime();
      try (FetchResult r = fetch(big, server.uri("/short"))) {
        assertThat(millisSince(start)).isLessThan(3_000L);
        assertThat(r.failure().kind()).isEqualTo(FailureKind.TRUNCATED);
        assertThat(r.wireBytes()).isEqualTo(4);
        assertThat(Codes.of(r)).contains(Code.E_HTP_TRNC);
        assertThat(Codes.files(spool)).isEmpty();
      }
    }
  }

  @Test
  void twoGigabyteContentLengthOverTheDefaultCapIsRefusedBeforeReading() throws Exception {
    try (RawServer server = new RawServer((s, out) -> {
      RawServer.write(out, "HTTP/1.1 200 OK\r\nContent-Length: 2000000000\r\n\r\n<VOT");
      RawServer.sleep(30_000);
    })) {
      long start = System.nanoTime();
      try (FetchResult r = fetch(options(5_000, 8_000), server.uri("/huge"))) {
        assertThat(millisSince(start)).isLessThan(3_000L);
        assertThat(r.failure().kind()).isEqualTo(FailureKind.BODY_TOO_LARGE);
        assertThat(r.wireBytes()).isZero();
        assertThat(Codes.of(r)).contains(Code.F_HTP_BCAP);
      }
    }
  }

  @Test
  void chunkedBodyOverTheCapIsCutWhileStreaming() throws Exception {
    byte[] chunk = new byte[64 * 1024];
    try (RawServer server = new RawServer((s, out) -> {
      RawServer.write(out, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
      for (int i = 0; i < 10_000; i++) { // 640 MB if nobody stopped it
        RawServer.write(out, Integer.toHexString(chunk.length) + "\r\n");
        out.write(chunk);
        RawServer.write(out, "\r\n");
      }
    })) {
      FetchOptions capped = options(5_000, 10_000).withCaps(1_000_000, 1_000_000);
      try (FetchResult r = fetch(capped, server.uri("/big"))) {
        assertThat(r.failure().kind()).isEqualTo(FailureKind.BODY_TOO_LARGE);
        assertThat(r.wireBytes()).isLessThanOrEqualTo(1_000_000);
        assertThat(Codes.of(r)).contains(Code.F_HTP_BCAP);
        assertThat(Codes.files(spool)).isEmpty();
      }
    }
  }

  @Test
  void bodyExactlyAtTheCapIsKept() throws Exception {
    String body = "x".repeat(1000);
    try (RawServer server = new RawServer((s, out) -> RawServer.write(out,
        "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\n\r\n" + body))) {
      FetchOptions capped = options(5_000, 8_000).withCaps(1000, 1000);
      try (FetchResult r = fetch(capped, server.uri("/exact"))) {
        assertThat(r.ok()).isTrue();
        assertThat(r.bodyBytes()).isEqualTo(1000);
        assertThat(Codes.of(r)).containsExactly(Code.I_HTP_QURL);
      }
      assertThat(Codes.files(spool)).isEmpty(); // closing the result deletes the body
    }
  }

  @Test
  void conflictingContentLengthsAreAProtocolFailure() throws Exception {
    try (RawServer server = new RawServer((s, out) -> RawServer.write(out,
        "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!"))) {
      try (FetchResult r = fetch(options(5_000, 8_000), server.uri("/cl"))) {
        assertThat(r.failure().kind()).isEqualTo(FailureKind.PROTOCOL);
        assertThat(Codes.of(r)).contains(Code.E_HTP_PROT);
      }
    }
  }

  @Test
  void refusedConnectionIsTyped() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    try (FetchResult r = fetch(options(5_000, 8_000),
        URI.create("http://127.0.0.1:" + port + "/"))) {
      assertThat(r.failure().kind()).isEqualTo(FailureKind.CONNECT_REFUSED);
      assertThat(r.hops()).hasSize(1);
      assertThat(Codes.of(r)).containsExactly(Code.I_HTP_QURL, Code.E_HTP_CONN);
    }
  }

  @Test
  void cookiesAreNeverSentBack() throws Exception {
    try (RawServer server = new RawServer((s, out) -> RawServer.write(out,
        "HTTP/1.1 302 Found\r\nSet-Cookie: session=abc; Path=/\r\nLocation: /b\r\n"
            + "Content-Length: 0\r\nConnection: close\r\n\r\n"))) {
      FetchOptions o = options(5_000, 8_000).withRetries(0, Duration.ZERO, Duration.ZERO);
      try (HttpFetcher f = new HttpFetcher(Transport.live(o), o);
          FetchResult first = f.fetch(Request.get(server.uri("/a")));
          FetchResult second = f.fetch(Request.get(server.uri("/a")))) {
        // /a -> /b -> /b is a loop: the point is only what the requests carried.
        assertThat(first.failure().kind()).isEqualTo(FailureKind.REDIRECT_LOOP);
        assertThat(second.hops()).isNotEmpty();
      }
      assertThat(server.heads()).hasSizeGreaterThanOrEqualTo(4);
      assertThat(server.heads()).allSatisfy(h -> assertThat(h.toLowerCase()).doesNotContain(
          "\ncookie:"));
    }
  }

  @Test
  void authorizationDoesNotFollowARedirectToAnotherHost() throws Exception {
    try (RawServer server = new RawServer((s, out) -> RawServer.write(out,
        "HTTP/1.1 303 See Other\r\nLocation: http://localhost:" + s.getLocalPort()
            + "/other\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"))) {
      Request request = Request.get(server.uri("/a")).withHeader("Authorization", "Bearer s3cr3t");
      FetchOptions o = options(5_000, 8_000);
      try (HttpFetcher f = new HttpFetcher(Transport.live(o), o); FetchResult r = f.fetch(request)) {
        assertThat(r.hops()).hasSizeGreaterThanOrEqualTo(2);
      }
      assertThat(server.heads().get(0)).contains("Authorization: Bearer s3cr3t");
      assertThat(server.heads().get(1)).startsWith("GET /other").doesNotContain("s3cr3t");
    }
  }
}
