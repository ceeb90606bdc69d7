package io.github.cloudaccess.validator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a caller may ask for: absolute http(s) URLs, a form body for POST only, safe headers. */
class RequestTest {

  private static final URI SIA = URI.create("https://h.org/sia/query");

  @Test
  void formIsEncodedInOrderAsUtf8() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("POS", "CIRCLE 1 2 0.5");
    form.put("ID", "ivo://x/y?é&z");
    assertThat(Request.post(SIA, form).form())
        .isEqualTo("POS=CIRCLE+1+2+0.5&ID=ivo%3A%2F%2Fx%2Fy%3F%C3%A9%26z");
  }

  @Test
  void onlyAbsoluteHttpUrlsAreAccepted() {
    for (String bad : new String[] {"file:///etc/passwd", "ftp://h.org/", "/relative",
        "http:/no-host"}) {
      assertThatThrownBy(() -> Request.get(URI.create(bad))).as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(Request.get(URI.create("HTTP://h.org/")).uri().getHost()).isEqualTo("h.org");
  }

  @Test
  void headersOwnedByTheHttpLayerAreRefused() {
    for (String name : new String[] {"Host", "User-Agent", "accept-encoding", "Content-Length",
        "Connection", "Content-Type"}) {
      assertThatThrownBy(() -> Request.get(SIA).withHeader(name, "x")).as(name)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(Request.get(SIA).withHeader("Accept", "application/x-votable+xml").headers())
        .containsEntry("Accept", "application/x-votable+xml");
  }

  @Test
  void getTakesNoBody() {
    assertThatThrownBy(() -> new Request(Method.GET, SIA, "A=1", Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
