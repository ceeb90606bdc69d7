package io.github.cloudaccess.validator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Content-Type parsing (RFC 9110 §8.3.1) into typed outcomes. */
class MediaTypeTest {

  private static ContentTypeHeader header(String... values) {
    return ContentTypeHeader.of(HttpHeaders.of(Map.of("Content-Type", List.of(values)),
        (a, b) -> true));
  }

  @Test
  void typeSubtypeAndParametersAreParsed() {
    MediaType m = MediaType.parse("Application/X-VOTable+XML; Content=\"datalink\";charset=UTF-8");
    assertThat(m.essence()).isEqualTo("application/x-votable+xml");
    assertThat(m.parameter("content")).isEqualTo("datalink");
    assertThat(m.parameters()).containsOnlyKeys("content", "charset");
  }

  @Test
  void quotedValuesMayHoldSeparatorsAndEscapes() {
    MediaType m = MediaType.parse("text/xml; a=\"x;y=\\\"z\\\"\"");
    assertThat(m.parameter("a")).isEqualTo("x;y=\"z\"");
  }

  @Test
  void emptyParametersAndTrailingSemicolonsAreTolerated() {
    assertThat(MediaType.parse("text/xml;").essence()).isEqualTo("text/xml");
    assertThat(MediaType.parse("text/xml;; charset=utf-8").parameter("charset"))
        .isEqualTo("utf-8");
  }

  @Test
  void brokenSyntaxIsRejected() {
    for (String bad : new String[] {"votable", "text/", "/xml", "text/xml charset=utf-8",
        "text/xml; charset", "text/xml; a=\"unterminated", "text/x ml", ""}) {
      assertThatThrownBy(() -> MediaType.parse(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void headersBecomeTypedOutcomes() {
    assertThat(ContentTypeHeader.of(Exchange.NO_HEADERS))
        .isInstanceOf(ContentTypeHeader.Missing.class);
    assertThat(header("text/xml")).isInstanceOf(ContentTypeHeader.Valid.class);
    assertThat(header("text/xml", "text/xml")).isInstanceOf(ContentTypeHeader.Valid.class);
    assertThat(header("text/xml", "text/html")).isInstanceOf(ContentTypeHeader.Invalid.class);
    assertThat(header("x\u0001y")).isInstanceOfSatisfying(ContentTypeHeader.Invalid.class,
        inv -> assertThat(inv.raw()).isEqualTo("x?y"));
  }
}
