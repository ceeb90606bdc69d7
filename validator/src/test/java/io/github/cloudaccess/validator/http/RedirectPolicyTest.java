package io.github.cloudaccess.validator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Redirect decisions, without a server: targets, methods, credentials, loops, downgrades. */
class RedirectPolicyTest {

  private static WireRequest request(Method method, String uri) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("User-Agent", "ua");
    headers.put("Authorization", "Bearer t");
    headers.put("Cookie", "a=b");
    if (method == Method.POST) {
      headers.put("Content-Type", "application/x-www-form-urlencoded");
    }
    return new WireRequest(method, URI.create(uri), headers, method == Method.POST ? "A=1" : null);
  }

  private static RedirectPolicy.Decision decide(WireRequest from, int status, String location) {
    Set<String> visited = new HashSet<>();
    visited.add(RedirectPolicy.key(from));
    return RedirectPolicy.decide(from, status, location, visited, 0, 5);
  }

  @Test
  void relativeLocationsResolveAgainstTheRequest() {
    WireRequest from = request(Method.GET, "http://h.org/sia/query?POS=1");
    assertThat(decide(from, 302, "other?x=1").next().uri())
        .isEqualTo(URI.create("http://h.org/sia/other?x=1"));
    assertThat(decide(from, 302, "/root").next().uri()).isEqualTo(URI.create("http://h.org/root"));
    assertThat(decide(request(Method.GET, "http://h.org"), 302, "x").next().uri())
        .isEqualTo(URI.create("http://h.org/x"));
  }

  @Test
  void userInfoAndFragmentAreDropped() {
    WireRequest from = request(Method.GET, "http://h.org/a");
    assertThat(decide(from, 302, "http://user:pw@h.org:8080/b?q=1#frag").next().uri())
        .isEqualTo(URI.create("http://h.org:8080/b?q=1"));
  }

  @Test
  void credentialsStayWithinTheirOrigin() {
    WireRequest from = request(Method.GET, "https://h.org/a");
    assertThat(decide(from, 302, "https://h.org:443/b").next().headers())
        .containsKeys("Authorization", "Cookie");
    for (String elsewhere : new String[] {"https://other.org/b", "http://h.org/b",
        "https://h.org:8443/b"}) {
      assertThat(decide(from, 302, elsewhere).next().headers()).as(elsewhere)
          .containsOnlyKeys("User-Agent");
    }
  }

  @Test
  void seeOtherAndPostRedirectsBecomeGetWithoutBody() {
    WireRequest from = request(Method.POST, "http://h.org/sync");
    for (int status : new int[] {301, 302, 303}) {
      WireRequest next = decide(from, status, "/r").next();
      assertThat(next.method()).isEqualTo(Method.GET);
      assertThat(next.body()).isNull();
      assertThat(next.headers()).doesNotContainKey("Content-Type");
    }
    for (int status : new int[] {307, 308}) {
      WireRequest next = decide(from, status, "/r").next();
      assertThat(next.method()).isEqualTo(Method.POST);
      assertThat(next.body()).isEqualTo("A=1");
    }
  }

  @Test
  void foreignSchemesAndBrokenLocationsAreRefused() {
    WireRequest from = request(Method.GET, "http://h.org/a");
    for (String target : new String[] {"file:///etc/passwd", "FILE:/etc/passwd",
        "jar:file:/a.jar!/b", "ftp://h.org/x", "data:,x", "gopher://h.org/"}) {
      assertThat(decide(from, 302, target).failure().kind()).as(target)
          .isEqualTo(FailureKind.REDIRECT_SCHEME);
    }
    for (String target : new String[] {"http:///nohost", "http://h.org/a b", " ", "http:"}) {
      assertThat(decide(from, 302, target).failure().kind()).as(target)
          .isEqualTo(FailureKind.REDIRECT_INVALID);
    }
    assertThat(decide(from, 302, null).failure().kind()).isEqualTo(FailureKind.REDIRECT_INVALID);
  }

  @Test
  void loopsAndTooManyHopsAreRefused() {
    WireRequest from = request(Method.GET, "http://h.org/a");
    assertThat(decide(from, 302, "/a").failure().kind()).isEqualTo(FailureKind.REDIRECT_LOOP);
    Set<String> visited = new HashSet<>();
    assertThat(RedirectPolicy.decide(from, 302, "/b", visited, 5, 5).failure().kind())
        .isEqualTo(FailureKind.TOO_MANY_REDIRECTS);
    // The same URL by POST and then by GET is not a loop: the request differs.
    WireRequest post = request(Method.POST, "http://h.org/a");
    assertThat(decide(post, 303, "/a").failure()).isNull();
  }

  @Test
  void downgradeIsSeenOnTheHop() {
    Hop down = new Hop(Method.GET, URI.create("https://h.org/a"), 302, java.time.Duration.ZERO,
        Hop.Next.REDIRECT, URI.create("http://h.org/b"));
    Hop up = new Hop(Method.GET, URI.create("http://h.org/a"), 302, java.time.Duration.ZERO,
        Hop.Next.REDIRECT, URI.create("https://h.org/b"));
    assertThat(down.downgrade()).isTrue();
    assertThat(up.downgrade()).isFalse();
  }
}
