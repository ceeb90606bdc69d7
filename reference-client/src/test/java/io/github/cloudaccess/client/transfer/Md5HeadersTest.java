package io.github.cloudaccess.client.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which headers count as an MD5 of the body. */
class Md5HeadersTest {

  private static final String HEX = "5d41402abc4b2a76b9719d911017c592";
  private static final String B64 = "XUFAKrxLKna5cZ2REBfFkg==";

  @Test
  void singlePartS3EtagIsAnMd5AndMultipartIsNot() {
    assertThat(Md5Headers.fromS3Etag("\"" + HEX.toUpperCase() + "\"")).contains(HEX);
    assertThat(Md5Headers.fromS3Etag("\"" + HEX + "-3\"")).isEmpty();
    assertThat(Md5Headers.fromS3Etag(null)).isEmpty();
  }

  @Test
  void contentMd5AndGoogleHashAreRead() {
    assertThat(Md5Headers.fromHttp(List.of(B64), List.of(), Optional.empty(), false)).contains(HEX);
    assertThat(Md5Headers.fromHttp(List.of(), List.of("crc32c=n03x6A==, md5=" + B64), Optional.empty(), false))
        .contains(HEX);
    assertThat(Md5Headers.fromHttp(List.of("not base64!"), List.of(), Optional.empty(), false)).isEmpty();
  }

  @Test
  void quotedHexEtagCountsOnlyWhenTrusted() {
    assertThat(Md5Headers.fromHttp(List.of(), List.of(), Optional.of("\"" + HEX + "\""), true)).contains(HEX);
    assertThat(Md5Headers.fromHttp(List.of(), List.of(), Optional.of("\"" + HEX + "\""), false)).isEmpty();
    assertThat(Md5Headers.fromHttp(List.of(), List.of(), Optional.of("W/\"" + HEX + "\""), true)).isEmpty();
    assertThat(Md5Headers.fromHttp(List.of(), List.of(), Optional.of("\"5f1a-3c\""), true)).isEmpty();
  }
}
