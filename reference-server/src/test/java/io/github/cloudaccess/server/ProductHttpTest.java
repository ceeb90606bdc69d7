package io.github.cloudaccess.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.corpus.Corpus;
import io.github.cloudaccess.corpus.CorpusObject;
import io.github.cloudaccess.server.catalogue.Product;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Products over HTTP: bytes, Content-Length, ETag, If-None-Match, HEAD and byte ranges. */
class ProductHttpTest {

  private static Product product() {
    return SharedServer.get().catalogue().products().get(4);
  }

  private static byte[] corpusBytes(Product p) {
    return Corpus.locate().objects().stream().filter(o -> o.id().equals(p.obsId())).findFirst()
        .map(CorpusObject::bytes).orElseThrow();
  }

  private static HttpResponse<byte[]> fetch(HttpRequest.Builder b) throws Exception {
    return SharedServer.HTTP.send(b.timeout(java.time.Duration.ofSeconds(20)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static HttpRequest.Builder request(Product p) {
    return HttpRequest.newBuilder(SharedServer.get().productUri(p));
  }

  @Test
  void getReturnsTheCorpusBytesWithLengthAndMd5Etag() throws Exception {
    Product p = product();
    HttpResponse<byte[]> r = fetch(request(p).GET());
    byte[] expected = corpusBytes(p);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo(expected);
    assertThat(r.headers().firstValue("Content-Length")).hasValue(Integer.toString(expected.length));
    assertThat(r.headers().firstValue("Content-Type")).hasValue("image/fits");
    String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(expected));
    assertThat(r.headers().firstValue("ETag")).hasValue("\"" + md5 + "\"");
    assertThat(r.headers().firstValue("Accept-Ranges")).hasValue("bytes");
    assertThat(r.headers().firstValue("Last-Modified")).isPresent();
  }

  @Test
  void headGivesTheHeadersWithoutBody() throws Exception {
    Product p = product();
    HttpResponse<byte[]> r = fetch(request(p).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEmpty();
    assertThat(r.headers().firstValue("Content-Length")).hasValue(Long.toString(p.size()));
    assertThat(r.headers().firstValue("ETag")).isPresent();
  }

  @Test
  void ifNoneMatchWithTheEtagGives304() throws Exception {
    Product p = product();
    String etag = fetch(request(p).GET()).headers().firstValue("ETag").orElseThrow();
    HttpResponse<byte[]> r = fetch(request(p).header("If-None-Match", etag).GET());
    assertThat(r.statusCode()).isEqualTo(304);
    assertThat(r.body()).isEmpty();
    assertThat(fetch(request(p).header("If-None-Match", "\"other\"").GET()).statusCode())
        .isEqualTo(200);
  }

  @Test
  void aSingleRangeGives206WithContentRange() throws Exception {
    Product p = product();
    byte[] all = corpusBytes(p);
    HttpResponse<byte[]> r = fetch(request(p).header("Range", "bytes=0-2879").GET());
    assertThat(r.statusCode()).isEqualTo(206);
    assertThat(r.body()).isEqualTo(Arrays.copyOf(all, 2880));
    assertThat(r.headers().firstValue("Content-Range")).hasValue("bytes 0-2879/" + all.length);
    assertThat(r.headers().firstValue("Content-Length")).hasValue("2880");
  }

  @Test
  void suffixAndOpenEndedRangesWork() throws Exception {
    Product p = product();
    byte[] all = corpusBytes(p);
    HttpResponse<byte[]> suffix = fetch(request(p).header("Range", "bytes=-100").GET());
    assertThat(suffix.statusCode()).isEqualTo(206);
    assertThat(suffix.body()).isEqualTo(Arrays.copyOfRange(all, all.length - 100, all.length));
    HttpResponse<byte[]> open = fetch(request(p).header("Range", "bytes=5000-").GET());
    assertThat(open.body()).isEqualTo(Arrays.copyOfRange(all, 5000, all.length));
    HttpResponse<byte[]> beyond = fetch(request(p).header("Range", "bytes=10-999999").GET());
    assertThat(beyond.statusCode()).isEqualTo(206);
    assertThat(beyond.headers().firstValue("Content-Range"))
        .hasValue("bytes 10-" + (all.length - 1) + "/" + all.length);
  }

  @Test
  void aRangePastTheEndGives416() throws Exception {
    Product p = product();
    HttpResponse<byte[]> r = fetch(request(p).header("Range", "bytes=999999-").GET());
    assertThat(r.statusCode()).isEqualTo(416);
    assertThat(r.headers().firstValue("Content-Range")).hasValue("bytes */" + p.size());
  }

  @Test
  void multipleOrMalformedRangesAreIgnored() throws Exception {
    Product p = product();
    for (String range : new String[] {"bytes=0-1,5-6", "items=0-5", "bytes=9-3", "bytes=a-b"}) {
      HttpResponse<byte[]> r = fetch(request(p).header("Range", range).GET());
      assertThat(r.statusCode()).as(range).isEqualTo(200);
      assertThat(r.body()).as(range).hasSize((int) p.size());
    }
  }

  @Test
  void unknownProductsAre404AndOtherMethods405() throws Exception {
    HttpResponse<byte[]> missing = fetch(HttpRequest.newBuilder(
        java.net.URI.create(SharedServer.get().baseUri() + "/data/hst-sim/nothing.fits")).GET());
    assertThat(missing.statusCode()).isEqualTo(404);
    HttpResponse<byte[]> put = fetch(request(product())
        .PUT(HttpRequest.BodyPublishers.ofString("x")));
    assertThat(put.statusCode()).isEqualTo(405);
    assertThat(put.headers().firstValue("Allow")).hasValue("GET, HEAD");
  }
}
