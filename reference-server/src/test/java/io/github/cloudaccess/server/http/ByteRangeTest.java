package io.github.cloudaccess.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Range header parsing (RFC 9110 14.1.2) against a 100-byte representation. */
class ByteRangeTest {

  private static ByteRange.Result r(String h) {
    return ByteRange.parse(h, 100);
  }

  @Test
  void singleRanges() {
    assertThat(r("bytes=0-9")).isEqualTo(new ByteRange.Partial(new ByteRange(0, 9)));
    assertThat(r("bytes=90-")).isEqualTo(new ByteRange.Partial(new ByteRange(90, 99)));
    assertThat(r("bytes=-10")).isEqualTo(new ByteRange.Partial(new ByteRange(90, 99)));
    assertThat(r("bytes=-1000")).isEqualTo(new ByteRange.Partial(new ByteRange(0, 99)));
    assertThat(r("bytes=50-5000")).isEqualTo(new ByteRange.Partial(new ByteRange(50, 99)));
    assertThat(r("BYTES = 1-1".replace(" = ", "="))).isEqualTo(
        new ByteRange.Partial(new ByteRange(1, 1)));
  }

  @Test
  void unsatisfiable() {
    assertThat(r("bytes=100-")).isInstanceOf(ByteRange.Unsatisfiable.class);
    assertThat(r("bytes=-0")).isInstanceOf(ByteRange.Unsatisfiable.class);
    assertThat(r("bytes=99999999999999999999999-")).isInstanceOf(ByteRange.Unsatisfiable.class);
  }

  @Test
  void ignored() {
    for (String h : new String[] {null, "", "bytes=", "bytes=-", "bytes=5-1", "bytes=a-",
        "bytes=1-2,4-5", "pages=1-2", "bytes=1"}) {
      assertThat(r(h)).as(h).isInstanceOf(ByteRange.Whole.class);
    }
  }
}
