package io.github.cloudaccess.validator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.validator.report.Code;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Content-Encoding: decoding, the decoded-bytes cap (gzip bomb), and encoding mistakes. */
@Timeout(20)
class EncodingTest {

  private static final byte[] VOTABLE = ("<?xml version=\"1.0\"?>\n<VOTABLE version=\"1.4\">"
      + "<RESOURCE type=\"results\"/></VOTABLE>\n").repeat(50).getBytes(StandardCharsets.UTF_8);

  @TempDir Path spool;

  private FetchResult serve(String encodingHeader, byte[] body, FetchOptions options)
      throws Exception {
    try (RawServer server = new RawServer((s, out) -> {
      RawServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/x-votable+xml\r\n"
          + (encodingHeader == null ? "" : "Content-Encoding: " + encodingHeader + "\r\n")
          + "Content-Length: " + body.length + "\r\n\r\n");
      out.write(body);
      out.flush();
    }); HttpFetcher f = new HttpFetcher(Transport.live(options), options)) {
      return f.fetch(Request.get(server.uri("/enc")));
    }
  }

  private FetchOptions options() {
    return FetchOptions.defaults().withTempDir(spool)
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10));
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(b)) {
      z.write(data);
    }
    return b.toByteArray();
  }

  private static byte[] deflate(byte[] data, boolean zlibWrapped) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (DeflaterOutputStream z = new DeflaterOutputStream(b,
        new Deflater(Deflater.DEFAULT_COMPRESSION, !zlibWrapped))) {
      z.write(data);
    }
    return b.toByteArray();
  }

  private static byte[] read(FetchResult r) throws IOException {
    try (InputStream in = r.asInput().open()) {
      return in.readAllBytes();
    }
  }

  @Test
  void gzipIsDecoded() throws Exception {
    try (FetchResult r = serve("gzip", gzip(VOTABLE), options())) {
      assertThat(r.ok()).isTrue();
      assertThat(r.encodings()).containsExactly("gzip");
      assertThat(r.wireBytes()).isLessThan(VOTABLE.length);
      assertThat(r.bodyBytes()).isEqualTo(VOTABLE.length);
      assertThat(read(r)).isEqualTo(VOTABLE);
      assertThat(Codes.of(r)).containsExactly(Code.I_HTP_QURL);
    }
    assertThat(Codes.files(spool)).isEmpty();
  }

  @Test
  void zlibAndRawDeflateAreBothDecoded() throws Exception {
    for (boolean wrapped : new boolean[] {true, false}) {
      try (FetchResult r = serve("deflate", deflate(VOTABLE, wrapped), options())) {
        assertThat(read(r)).isEqualTo(VOTABLE);
      }
    }
  }

  @Test
  void stackedEncodingsAreUndoneInReverseOrder() throws Exception {
    try (FetchResult r = serve("deflate, gzip", gzip(deflate(VOTABLE, true)), options())) {
      assertThat(r.encodings()).containsExactly("deflate", "gzip");
      assertThat(read(r)).isEqualTo(VOTABLE);
    }
  }

  /** @return the shared gzip bomb */
  static byte[] bomb() throws IOException {
    return GzipBomb.bytes();
  }

  @Test
  void gzipBombIsRefusedQuicklyAtTheDecodedCap() throws Exception {
    byte[] bomb = bomb();
    assertThat(bomb.length).isBetween(500_000, 2_000_000);
    FetchOptions capped = options().withCaps(FetchOptions.GIB, 16L << 20);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long cpuStart = cpu.getCurrentThreadCpuTime();
    try (FetchResult r = serve("gzip", bomb, capped)) {
      long cpuMillis = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
      assertThat(r.failure().kind()).isEqualTo(FailureKind.DECODED_TOO_LARGE);
      assertThat(r.wireBytes()).isEqualTo(bomb.length);
      assertThat(cpuMillis).isLessThan(1_000L);
      assertThat(Codes.of(r)).contains(Code.F_HTP_ZCAP);
    }
    assertThat(Codes.files(spool)).isEmpty();
  }

  @Test
  void corruptGzipIsADecodingFailure() throws Exception {
    byte[] data = gzip(VOTABLE);
    byte[] broken = Arrays.copyOf(data, data.length / 2);
    try (FetchResult r = serve("gzip", broken, options())) {
      assertThat(r.failure().kind()).isEqualTo(FailureKind.DECODING_FAILED);
      assertThat(Codes.of(r)).contains(Code.E_HTP_CDEC);
    }
    assertThat(Codes.files(spool)).isEmpty();
  }

  @Test
  void gzipWithoutContentEncodingIsObserved() throws Exception {
    try (FetchResult r = serve(null, gzip(VOTABLE), options())) {
      assertThat(r.ok()).isTrue();
      assertThat(r.observations()).containsExactly(Observation.COMPRESSED_WITHOUT_ENCODING);
      assertThat(Codes.of(r)).contains(Code.W_HTP_CENC);
    }
  }

  @Test
  void unknownEncodingLeavesTheBodyAsReceived() throws Exception {
    byte[] fake = "not really brotli".getBytes(StandardCharsets.US_ASCII);
    try (FetchResult r = serve("br", fake, options())) {
      assertThat(r.ok()).isTrue();
      assertThat(r.observations()).containsExactly(Observation.UNKNOWN_ENCODING);
      assertThat(Files.readAllBytes(r.body())).isEqualTo(fake);
      assertThat(Codes.of(r)).contains(Code.W_HTP_CENC);
    }
  }

  @Test
  void identityEncodingIsNoEncoding() throws Exception {
    try (FetchResult r = serve("identity", VOTABLE, options())) {
      assertThat(r.encodings()).isEmpty();
      assertThat(r.observations()).isEmpty();
      assertThat(read(r)).isEqualTo(VOTABLE);
    }
  }
}
