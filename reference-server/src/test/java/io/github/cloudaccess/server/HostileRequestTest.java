package io.github.cloudaccess.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No input, however malformed or large, gets a 5xx or a hang: every bad request gets a 4xx
 * (with a DALI error document on the query endpoints) within a bounded time.
 */
class HostileRequestTest {

  private static final int LIMIT_MS = 15_000;

  static Stream<Arguments> badQueries() {
    return Stream.of(
        Arguments.of("/sia2/query?POS=CIRCLE%201e999%200%201", 400),
        Arguments.of("/sia2/query?POS=CIRCLE%20" + "9".repeat(60_000) + "%200%201", 400),
        Arguments.of("/sia2/query?POS=%C3%28", 400),
        // The JDK refuses malformed escapes in the request line itself (plain 400).
        Arguments.of("/sia2/query?POS=%ZZ", 4000),
        Arguments.of("/sia2/query?POS=abc%", 4000),
        Arguments.of("/sia2/query?POS=", 400),
        Arguments.of("/sia2/query?POS=CIRCLE", 400),
        Arguments.of("/sia2/query?POS=CIRCLE%20400%200%201", 400),
        Arguments.of("/sia2/query?POS=CIRCLE%2010%2095%201", 400),
        Arguments.of("/sia2/query?POS=RANGE%201%202%2030%2020", 400),
        Arguments.of("/sia2/query?POS=POLYGON%201%201%202%202", 400),
        Arguments.of("/sia2/query?POS=POLYGON%201%201%201%201%202%202", 400),
        Arguments.of("/sia2/query?POS=SQUARE%201%201%201", 400),
        Arguments.of("/sia2/query?BAND=NaN", 400),
        Arguments.of("/sia2/query?BAND=Infinity", 400),
        Arguments.of("/sia2/query?BAND=0x1p3", 400),
        Arguments.of("/sia2/query?BAND=1%202%203", 400),
        Arguments.of("/sia2/query?TIME=2%201", 400),
        Arguments.of("/sia2/query?CALIB=abc", 400),
        Arguments.of("/sia2/query?MAXREC=-1", 400),
        Arguments.of("/sia2/query?MAXREC=ten", 400),
        Arguments.of("/sia2/query?MAXREC=1&MAXREC=2", 400),
        Arguments.of("/sia2/query?RESPONSEFORMAT=application/fits", 400),
        Arguments.of("/sia2/query?CA_FORM=tree", 400),
        Arguments.of("/sia2/query?POS=CIRCLE%00", 400),
        Arguments.of("/sia1/query", 400),
        Arguments.of("/sia1/query?POS=abc&SIZE=1", 400),
        Arguments.of("/sia1/query?POS=10,10&SIZE=-1", 400),
        Arguments.of("/sia1/query?POS=10,10&SIZE=400", 400),
        Arguments.of("/sia1/query?POS=10,10&SIZE=1,2,3", 400),
        Arguments.of("/sia1/query?POS=10,10&SIZE=1&INTERSECT=SOME", 400),
        Arguments.of("/datalink/links?ID=%FF", 400),
        Arguments.of("/nowhere", 404),
        Arguments.of("/data/../../etc/passwd", 404),
        Arguments.of("/data/%2e%2e/secret", 404));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badQueries")
  void badQueriesGetAClientError(String target, int status) throws Exception {
    RawHttp.Answer a = RawHttp.send(RawHttp.get(target), LIMIT_MS);
    if (status == 4000) {
      assertThat(a.status()).as(target).isEqualTo(400);
      return;
    }
    assertThat(a.status()).as(target).isEqualTo(status);
    if (status == 400) {
      Votables.Parsed p = Votables.parse(a.body().replaceAll("(?s)^[0-9a-fA-F]+\r\n", ""));
      assertThat(p.statuses()).containsExactly("ERROR");
      assertThat(p.before().get(0).text()).startsWith("UsageFault: ");
      // DALI 4.4.3: an error document names its standard like a result does (SIA 1.0 has none).
      assertThat(p.before().stream().filter(i -> i.name().equals("standardID"))
          .map(Votables.Info::value)).as(target).containsExactlyElementsOf(
              target.startsWith("/sia2/") ? java.util.List.of("ivo://ivoa.net/std/SIA#query-2.0")
              : target.startsWith("/datalink/")
                  ? java.util.List.of("ivo://ivoa.net/std/DataLink#links-1.1")
                  : java.util.List.of());
    }
  }

  @Test
  void tenThousandParametersAreRefused() throws Exception {
    String q = "/sia2/query?" + "a=1&".repeat(10_000);
    RawHttp.Answer a = RawHttp.send(RawHttp.get(q), LIMIT_MS);
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body()).contains("UsageFault: more than 1000 parameters");
  }

  @Test
  void aOneMegabyteQueryStringIsRefused() throws Exception {
    RawHttp.Answer a = RawHttp.send(RawHttp.get("/sia2/query?TARGET=" + "x".repeat(1 << 20)),
        LIMIT_MS);
    // The JDK drops a request line beyond its header-size limit (no status); otherwise 414.
    assertThat(a.status()).isIn(-1, 414);
    assertThat(a.millis()).isLessThan(LIMIT_MS);
    RawHttp.Answer b = RawHttp.send(RawHttp.get("/sia2/query?TARGET=" + "x".repeat(100_000)),
        LIMIT_MS);
    assertThat(b.status()).isEqualTo(414);
    assertThat(b.body()).contains("UsageFault: query string longer than");
  }

  @Test
  void aLongButLegalValueIsAnsweredNormally() throws Exception {
    RawHttp.Answer a = RawHttp.send(RawHttp.get("/sia2/query?TARGET=" + "x".repeat(60_000)),
        LIMIT_MS);
    assertThat(a.status()).isEqualTo(200);
  }

  @Test
  void aPostBodyBeyondTheCapIsRefused() throws Exception {
    byte[] body = ("TARGET=" + "y".repeat(2 << 20)).getBytes(StandardCharsets.US_ASCII);
    byte[] head = ("POST /sia2/query HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length
        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    RawHttp.Answer a = RawHttp.send(all, LIMIT_MS);
    assertThat(a.status()).isEqualTo(413);
  }

  @Test
  void aPostWithAnotherBodyTypeIsRefused() {
    HttpResponse<String> r = SharedServer.send(HttpRequest.newBuilder(
            URI.create(SharedServer.get().sia2Uri().toString()))
        .header("Content-Type", "multipart/form-data; boundary=x")
        .POST(HttpRequest.BodyPublishers.ofString("--x--")));
    assertThat(r.statusCode()).isEqualTo(415);
  }

  @Test
  void otherMethodsGet405() {
    HttpResponse<String> r = SharedServer.send(HttpRequest.newBuilder(
        URI.create(SharedServer.get().sia2Uri().toString())).DELETE());
    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD, POST");
  }

  @Test
  void headOnAQueryGivesHeadersOnly() {
    HttpResponse<String> r = SharedServer.send(HttpRequest.newBuilder(
            URI.create(SharedServer.get().sia2Uri() + "?MAXREC=1"))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEmpty();
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/x-votable+xml");
  }

  @Test
  void tooManyPolygonVerticesAreRefusedAndManyAreFast() throws Exception {
    StringBuilder ok = new StringBuilder("POLYGON");
    for (int i = 0; i < 900; i++) {
      double a = 2 * Math.PI * i / 900;
      ok.append(' ').append(150.12 + Math.cos(a)).append(' ').append(2.2 + Math.sin(a));
    }
    RawHttp.Answer a = RawHttp.send(RawHttp.get("/sia2/query?POS=" + SharedServer.enc(ok.toString())),
        LIMIT_MS);
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.millis()).isLessThan(5000);
    StringBuilder tooMany = new StringBuilder("POLYGON");
    for (int i = 0; i < 1001; i++) {
      tooMany.append(" 1 ").append(i % 80);
    }
    assertThat(RawHttp.send(RawHttp.get("/sia2/query?POS=" + SharedServer.enc(tooMany.toString())),
        LIMIT_MS).status()).isEqualTo(400);
  }

  @Test
  void aHugeHeaderIsRefusedByTheHttpLayer() throws Exception {
    byte[] req = ("GET /sia2/query HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "z".repeat(500_000)
        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    RawHttp.Answer a = RawHttp.send(req, LIMIT_MS);
    assertThat(a.status()).isLessThan(500);
  }

  @Test
  void aStalledRequestDoesNotBlockOthersAndIsDropped() throws Exception {
    int port = SharedServer.get().baseUri().getPort();
    try (Socket stalled = new Socket()) {
      stalled.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      stalled.getOutputStream().write("GET /sia2/query HTTP/1.1\r\nHost: x\r\n"
          .getBytes(StandardCharsets.US_ASCII));
      stalled.getOutputStream().flush();
      assertThat(SharedServer.get("/sia2/query?MAXREC=1").statusCode()).isEqualTo(200);
      // surefire sets sun.net.httpserver.maxReqTime=5: the server gives up on the stalled one.
      stalled.setSoTimeout(LIMIT_MS);
      InputStream in = stalled.getInputStream();
      long t0 = System.nanoTime();
      int b;
      try {
        b = in.read();
      } catch (java.net.SocketException reset) {
        b = -1;
      }
      assertThat(b).isEqualTo(-1);
      assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(LIMIT_MS);
    }
  }

  @Test
  void controlCharactersInEchoedInputStillGiveWellFormedErrors() {
    HttpResponse<String> r = SharedServer.get("/datalink/links?ID=%01%02bad%1F");
    assertThat(r.statusCode()).isEqualTo(200);
    Votables.Parsed p = Votables.parse(r.body());
    assertThat(p.records().get(0).get("error_message")).startsWith("NotFoundFault:");
  }
}
