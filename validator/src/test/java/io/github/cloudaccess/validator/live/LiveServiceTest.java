package io.github.cloudaccess.validator.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.validator.cli.ExitStatus;
import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Live runs through the command against correct in-test SIA 1.0 and SIA 2.0 services: every
 * probe is sent, in order, with the validator's User-Agent, and nothing is reported but
 * information (exit 0).
 */
@Timeout(60)
class LiveServiceTest {

  private static void assertClean(LiveCli r) {
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitStatus.OK);
    assertThat(r.codes()).as(r.toString())
        .allMatch(c -> c.startsWith("I-") || c.startsWith("S-"))
        .contains("I-HTP-QURL", "I-RUN-TARG");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void aCorrectSia1ServicePassesEveryProbe() throws Exception {
    try (SiaService s = SiaService.start()) {
      LiveCli r = LiveCli.run(s.sia1());
      assertClean(r);
      assertThat(s.requests()).satisfiesExactly(
          u -> assertThat(u).isEqualTo("/sia1/images/capabilities"),
          u -> assertThat(u).isEqualTo("/sia1/capabilities"),
          u -> assertThat(u).isEqualTo("/sia1/images?FORMAT=METADATA"),
          u -> assertThat(u).isEqualTo("/sia1/images?POS=242.68%2C54.98&SIZE=0.5"),
          u -> assertThat(u).startsWith("/sia1/images?POS=invalid"));
      assertThat(s.userAgents()).allMatch(ua -> ua.matches(
          "cloud-access-validator/\\S+ \\(IVOA-test\\)"));
      assertThat(r.bySource()).hasSize(5);
      assertThat(r.millis()).isLessThan(20_000);
    }
  }

  @Test
  void liveRunsCheckTheObjectsOfTheLegalQueryByDefault() throws Exception {
    String closed;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1,
        java.net.InetAddress.getLoopbackAddress())) {
      closed = "http://127.0.0.1:" + socket.getLocalPort();
    }
    try (SiaService s = SiaService.start()) {
      LiveCli r = LiveCli.runAsGiven(s.sia2(), "--s3-endpoint", closed);
      List<String> checked = r.bySource().entrySet().stream()
          .filter(e -> e.getValue().contains("S-OBJ-SUMM")).map(e -> e.getKey()).toList();
      // Only the legal query: not MAXREC=0/1, RESPONSEFORMAT or the error document.
      assertThat(checked).as(r.toString()).singleElement()
          .satisfies(u -> assertThat(u).contains("/sia2/query?POS="));
      /* The store refuses connections, and the access URLs' host (data.example.invalid) never
         resolves: with the service itself at an IP literal, nothing shows that the validator's
         DNS works, so neither is the archive's fault. */
      assertThat(r.codes()).as(r.toString()).contains("F-OBJ-NETX")
          .noneMatch(c -> c.startsWith("E-"));
      assertThat(r.status()).isEqualTo(3);
    }
  }

  @Test
  void aCorrectSia2ServicePassesEveryProbe() throws Exception {
    try (SiaService s = SiaService.start()) {
      LiveCli r = LiveCli.run(s.sia2());
      assertClean(r);
      assertThat(s.requests()).satisfiesExactly(
          u -> assertThat(u).isEqualTo("/sia2/capabilities"),
          u -> assertThat(u).isEqualTo("/sia2/availability"),
          u -> assertThat(u).isEqualTo("/sia2/query?MAXREC=0"),
          u -> assertThat(u).isEqualTo("/sia2/query?MAXREC=1"),
          u -> assertThat(u).isEqualTo("/sia2/query?POS=CIRCLE%2010.629091%2041.288386%200.1"),
          u -> assertThat(u).endsWith("%200.1&MAXREC=1"),
          u -> assertThat(u).contains("&RESPONSEFORMAT=application%2Fx-votable%2Bxml"),
          u -> assertThat(u).isEqualTo("/sia2/query?POS=CIRCLE%2010%2095%20one"));
      assertThat(r.codesAt("POS=CIRCLE%2010.629091%2041.288386%200.1&MAXREC=1"))
          .contains("I-DAL-OVFL");
      assertThat(r.millis()).isLessThan(20_000);
    }
  }

  @Test
  void aQueryUrlFindsItsSiblingCapabilitiesAndAFullQueryIsSentAsGiven() throws Exception {
    try (SiaService s = SiaService.start()) {
      assertClean(LiveCli.run(s.sia2() + "/query"));
      assertThat(s.requests().get(0)).isEqualTo("/sia2/capabilities");
      String full = s.sia2() + "/query?POS=CIRCLE%20242.72%2055.0%200.3&COLLECTION=x";
      LiveCli r = LiveCli.run(full);
      assertThat(r.bySource()).containsKey(full);
      assertThat(s.requests()).doesNotContain("/sia2/query?COLLECTION=x&MAXREC=1")
          .contains("/sia2/query?COLLECTION=x&MAXREC=0",
              "/sia2/query?POS=CIRCLE%20242.72%2055.0%200.3&COLLECTION=x");
    }
  }

  @Test
  void posAndSizeChooseTheRegionAndSkipTheSample() throws Exception {
    try (SiaService s = SiaService.start()) {
      assertClean(LiveCli.run("--pos", "10.63,41.29", "--size", "0.4", s.sia2()));
      assertThat(s.requests()).contains("/sia2/query?POS=CIRCLE%2010.63%2041.29%200.2")
          .doesNotContain("/sia2/query?MAXREC=1");
    }
  }

  @Test
  void dataLinkOfSampledRowsIsFetchedAndValidated() throws Exception {
    try (SiaService s = SiaService.start(Variant.DATALINK_ACCESS)) {
      LiveCli r = LiveCli.run(s.sia2());
      assertClean(r);
      assertThat(r.codes()).contains("I-DLK-RNUM");
      assertThat(links(s)).hasSize(2);
      assertThat(r.codesAt("/sia2/links")).contains("S-CLD-SUMM");
    }
    try (SiaService s = SiaService.start(Variant.DATALINK_ACCESS)) {
      assertClean(LiveCli.run("--datalink-sample", "1", s.sia2()));
      assertThat(links(s)).hasSize(1);
    }
    try (SiaService s = SiaService.start(Variant.DATALINK_ACCESS)) {
      assertClean(LiveCli.run("--datalink-sample", "0", s.sia2()));
      assertThat(links(s)).isEmpty();
    }
  }

  @Test
  void aDataLinkServiceDescriptorGivesTheLinksUrls() throws Exception {
    try (SiaService s = SiaService.start(Variant.DATALINK_DESCRIPTOR)) {
      LiveCli r = LiveCli.run(s.sia2());
      assertClean(r);
      assertThat(links(s)).containsExactly(
          "/sia2/links?ID=ivo%3A%2F%2Fexample.org%2Fcorpus%3Fobj-0001",
          "/sia2/links?ID=ivo%3A%2F%2Fexample.org%2Fcorpus%3Fobj-0001b");
    }
  }

  @Test
  void protocolDatalinkValidatesOneLinksUrl() throws Exception {
    try (SiaService s = SiaService.start()) {
      String url = s.sia2() + "/links?ID=ivo://example.org/corpus%3Fobj-0028";
      LiveCli r = LiveCli.run("--protocol", "datalink", url);
      assertClean(r);
      assertThat(r.bySource()).containsOnlyKeys(url);
    }
  }

  @Test
  void everyReportFormatCarriesOneSectionPerRequest() throws Exception {
    try (SiaService s = SiaService.start(Variant.NO_OVERFLOW)) {
      LiveCli json = LiveCli.run("--format", "json", s.sia2());
      int requests = s.requests().size();
      JsonNode doc = JsonMapper.shared().readTree(json.out());
      assertThat(doc.get("inputs")).hasSize(requests);
      assertThat(doc.get("inputs").get(0).get("source").asString()).endsWith("/sia2/capabilities");
      assertThat(json.status()).isEqualTo(ExitStatus.FINDINGS);
      LiveCli sarif = LiveCli.run("--format", "sarif", s.sia2());
      JsonNode run = JsonMapper.shared().readTree(sarif.out()).get("runs").get(0);
      assertThat(run.get("results").toString()).contains("E-DAL-OVNO");
      LiveCli junit = LiveCli.run("--format", "junit", s.sia2());
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document d = f.newDocumentBuilder().parse(new InputSource(new StringReader(junit.out())));
      assertThat(d.getElementsByTagName("testsuite").getLength()).isEqualTo(requests);
    }
  }

  /** The VOSI documents are no VOTables: the report says what they are, not that it failed. */
  @Test
  void vosiDocumentsAreReportedAsWhatTheyAre() throws Exception {
    try (SiaService s = SiaService.start()) {
      LiveCli json = LiveCli.run("--format", "json", s.sia2());
      JsonNode inputs = JsonMapper.shared().readTree(json.out()).get("inputs");
      for (JsonNode in : inputs) {
        String source = in.get("source").asString();
        String expected = source.endsWith("/capabilities") ? "VOSI capabilities"
            : source.endsWith("/availability") ? "VOSI availability" : null;
        assertThat(in.get("notVotable").isNull() ? null : in.get("notVotable").asString())
            .as(source).isEqualTo(expected);
        assertThat(in.get("summary").isNull()).as(source).isEqualTo(expected != null);
      }
    }
  }

  private static List<String> links(SiaService s) {
    return s.requests().stream().filter(u -> u.startsWith("/sia2/links")).toList();
  }
}
