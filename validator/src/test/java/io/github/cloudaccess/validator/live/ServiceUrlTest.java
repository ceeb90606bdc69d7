package io.github.cloudaccess.validator.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting the URL given on the command line, and building the probes' URLs from it. */
class ServiceUrlTest {

  @Test
  void aServiceRootLooksForCapabilitiesUnderItThenNextToIt() {
    ServiceUrl u = ServiceUrl.parse("https://archive.example/sia2");
    assertThat(u.isFullQuery()).isFalse();
    assertThat(u.capabilityCandidates()).containsExactly(
        URI.create("https://archive.example/sia2/capabilities"),
        URI.create("https://archive.example/capabilities"));
    assertThat(ServiceUrl.parse("https://archive.example/sia2/").capabilityCandidates())
        .containsExactly(URI.create("https://archive.example/sia2/capabilities"));
  }

  @Test
  void aQueryUrlLooksOnlyNextToIt() {
    assertThat(ServiceUrl.parse("http://h:8080/tap/sia2/query").capabilityCandidates())
        .containsExactly(URI.create("http://h:8080/tap/sia2/capabilities"));
  }

  @Test
  void aFullQueryKeepsItsOtherParametersForEveryProbe() {
    ServiceUrl u = ServiceUrl.parse(
        "http://h/sia?collection=dss&POS=10,20&SIZE=0.5&format=image/fits&maxrec=5");
    assertThat(u.isFullQuery()).isTrue();
    assertThat(u.value("pos")).isEqualTo("10,20");
    assertThat(u.kept()).containsExactly(new Param("collection", "dss"));
    assertThat(u.with(List.of(new Param("POS", "CIRCLE 1 2 0.1"))))
        .hasToString("http://h/sia?collection=dss&POS=CIRCLE%201%202%200.1");
  }

  @Test
  void parametersAreDecodedOnceAndEncodedAsUtf8() {
    ServiceUrl u = ServiceUrl.parse("http://h/sia?TARGET=M%2031&X=%E2%9C%93&flag");
    assertThat(u.kept()).containsExactly(new Param("TARGET", "M 31"), new Param("X", "\u2713"),
        new Param("flag", ""));
    assertThat(u.with(List.of())).hasToString("http://h/sia?TARGET=M%2031&X=%E2%9C%93&flag=");
    assertThatThrownBy(() -> ServiceUrl.parse("http://h/sia?bad=%zz"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyAbsoluteHttpUrlsAreAccepted() {
    assertThatThrownBy(() -> ServiceUrl.parse("ftp://h/sia")).isInstanceOf(
        IllegalArgumentException.class);
    assertThatThrownBy(() -> ServiceUrl.parse("http:/sia")).isInstanceOf(
        IllegalArgumentException.class);
  }

  @Test
  void conesParseAndFormatTheSiaForms() {
    Cone c = Cone.parse(" -10 , 41.5 ", 0.5);
    assertThat(c.ra()).isEqualTo(350.0);
    assertThat(c.sia1Pos()).isEqualTo("350,41.5");
    assertThat(c.sia2Pos()).isEqualTo("CIRCLE 350 41.5 0.25");
    assertThat(Cone.ofCircle("CIRCLE 10 20 0.1")).isEqualTo(new Cone(10, 20, 0.2));
    assertThat(Cone.ofCircle("RANGE 1 2 3 4")).isNull();
    assertThat(Cone.ofCircle("CIRCLE 10 95 1")).isNull();
    assertThatThrownBy(() -> Cone.parse("10", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new Cone(359.9, 0, 1).distanceTo(0.1, 0)).isCloseTo(0.2, org.assertj.core.data
        .Offset.offset(1e-9));
  }
}
