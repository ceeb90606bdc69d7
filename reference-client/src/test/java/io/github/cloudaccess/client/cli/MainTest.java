package io.github.cloudaccess.client.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.github.cloudaccess.client.fixtures.Bytes;
import io.github.cloudaccess.client.fixtures.S3Fixture;
import io.github.cloudaccess.client.fixtures.Votables;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit statuses, summaries, progress-bar policy, inputs from files and URLs. */
class MainTest {

  private static WireMockServer wm;

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void start() {
    wm = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
    wm.start();
  }

  @AfterAll
  static void stop() {
    wm.stop();
  }

  private int run(Map<String, String> env, boolean terminal, String... args) {
    return Main.run(args, new CliContext(new PrintWriter(out), new PrintWriter(err), env, dir, terminal));
  }

  private int run(String... args) {
    return run(Map.of(), false, args);
  }

  private static String serve(String path, byte[] body) {
    wm.stubFor(any(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200).withBody(body)));
    return "http://127.0.0.1:" + wm.port() + path;
  }

  private Path votable(String xml) throws Exception {
    return Files.writeString(dir.resolve("q-" + System.nanoTime() + ".xml"), xml);
  }

  @Test
  void usageErrorsExitWithTwo() throws Exception {
    Path v = votable(Votables.discovery().row("ivo://a", "http://127.0.0.1:9/a", null, null, null).xml());
    assertThat(run()).isEqualTo(2);
    assertThat(run("fetch", v.toString())).isEqualTo(2);
    assertThat(run("fetch", v.toString(), "--out", "o", "--cloud-only", "--on-prem-only")).isEqualTo(2);
    assertThat(run("fetch", v.toString(), "--out", "o", "--row", "1", "--all")).isEqualTo(2);
    assertThat(run("fetch", v.toString(), "--out", "o", "--provider", "dropbox")).isEqualTo(2);
    assertThat(run("fetch", v.toString(), "--out", "o", "--leading-slash", "sometimes")).isEqualTo(2);
    assertThat(run("fetch", v.toString(), "--out", "o", "--provider", "on-prem", "--cloud-only")).isEqualTo(2);
    assertThat(run("--help")).isZero();
  }

  @Test
  void fetchFromAFileDownloadsAndSummarises() throws Exception {
    byte[] body = Bytes.random(12_345, 1);
    String url = serve("/cli/a.fits", body);
    Path v = votable(Votables.discovery().row("ivo://a", url, "application/fits", "12", null).xml());
    Path outDir = dir.resolve("out");
    assertThat(run("fetch", v.toString(), "--out", outDir.toString())).isZero();
    assertThat(Files.readAllBytes(outDir.resolve("a.fits"))).isEqualTo(body);
    assertThat(out.toString()).containsPattern("OK +row 0 +a\\.fits +route=on-prem .* bytes=12345 +time=\\d+ms");
    assertThat(run("fetch", v.toString(), "--out", outDir.toString())).isZero();
    assertThat(out.toString()).contains("PRESENT row 0");
  }

  @Test
  void fetchAllFromAServiceUrlExitsWithOneWhenARowFails() throws Exception {
    byte[] body = Bytes.random(1_000, 2);
    String good = serve("/cli/good.fits", body);
    String missing = "http://127.0.0.1:" + wm.port() + "/cli/missing.fits";
    String query = serve("/sia/query", Votables.discovery()
        .row("ivo://a", good, "application/fits", null, null)
        .row("ivo://b", missing, "application/fits", null, null).xml().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Path outDir = dir.resolve("all");
    assertThat(run("fetch", query, "--all", "--out", outDir.toString())).isEqualTo(1);
    assertThat(out.toString()).contains("OK      row 0").contains("FAILED  row 1").contains("not-found");
    assertThat(Files.exists(outDir.resolve("good.fits"))).isTrue();
    assertThat(Files.exists(outDir.resolve("missing.fits"))).isFalse();
  }

  @Test
  void fetchFromS3WithAnEndpointOverride() throws Exception {
    S3Fixture s3 = S3Fixture.get();
    byte[] body = Bytes.random(5_000, 3);
    s3.put("open-data", "cli/s3.fits", body, true);
    Path v = votable(Votables.discovery().row("ivo://a", "http://127.0.0.1:" + wm.port() + "/cli/none.fits",
        "application/fits", null,
        "{\"aws\": {\"bucket_name\": \"open-data\", \"key\": \"cli/s3.fits\", \"access\": \"open\"}}").xml());
    assertThat(run("fetch", v.toString(), "--provider", "aws", "--s3-endpoint", s3.endpoint().toString(),
        "--out", dir.resolve("s3").toString())).isZero();
    assertThat(out.toString()).contains("route=aws s3://open-data/cli/s3.fits (anonymous)");
    assertThat(Files.readAllBytes(dir.resolve("s3").resolve("s3.fits"))).isEqualTo(body);
    assertThat(run("fetch", v.toString(), "--provider", "aws", "--s3-endpoint", s3.endpoint().toString(),
        "--on-prem-only", "--out", dir.resolve("s3b").toString())).isEqualTo(1);
    assertThat(out.toString()).contains("skipped /aws: on-prem-only");
  }

  @Test
  void discoveryRowsPointingAtDataLinkAreFollowedToTheirThisRow() throws Exception {
    byte[] body = Bytes.random(2_222, 4);
    String data = serve("/dl/data.fits", body);
    String links = serve("/dl/links", new Votables()
        .field("name=\"ID\" datatype=\"char\" arraysize=\"*\"")
        .field("name=\"access_url\" datatype=\"char\" arraysize=\"*\"")
        .field("name=\"error_message\" datatype=\"char\" arraysize=\"*\"")
        .field("name=\"semantics\" datatype=\"char\" arraysize=\"*\"")
        .field("name=\"content_length\" datatype=\"long\"")
        .row("ivo://a", data, null, "#this", "2222")
        .xml().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Path v = votable(Votables.discovery()
        .row("ivo://a", links, "application/x-votable+xml;content=datalink", null, null).xml());
    assertThat(run("fetch", v.toString(), "--out", dir.resolve("dl").toString())).isZero();
    assertThat(Files.readAllBytes(dir.resolve("dl").resolve("data.fits"))).isEqualTo(body);
  }

  @Test
  void planPrintsRoutesAndSkips() throws Exception {
    Path v = votable(Votables.discovery().row("ivo://a", "https://archive.example.org/a.fits", null, null,
        "{\"aws\": [{\"bucket_name\": \"bkt\", \"key\": \"a.fits\", \"access\": \"open\"},"
            + " {\"bucket_name\": \"bkt2\", \"key\": \"a.fits\", \"access\": \"none\"}]}").xml());
    assertThat(run("plan", v.toString(), "--provider", "aws")).isZero();
    assertThat(out.toString())
        .contains("1. aws      s3://bkt/a.fits (anonymous)  access=open")
        .contains("2. on-prem  https://archive.example.org/a.fits")
        .contains("skipped /aws/1: access-none");
  }

  @Test
  void progressBarOnlyOnATerminalOutsideCi() throws Exception {
    byte[] body = Bytes.random(300_000, 5);
    String url = serve("/cli/p.fits", body);
    Path v = votable(Votables.discovery().row("ivo://a", url, null, null, null).xml());
    Map<String, String> ci = new HashMap<>();
    ci.put("CI", "true");
    assertThat(run(ci, true, "fetch", v.toString(), "--out", dir.resolve("p1").toString())).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(run(Map.of(), false, "fetch", v.toString(), "--out", dir.resolve("p2").toString())).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(run(Map.of(), true, "fetch", v.toString(), "--out", dir.resolve("p3").toString())).isZero();
    assertThat(err.toString()).contains("p.fits");
  }

  @Test
  void unreadableInputExitsWithOne() {
    assertThat(run("fetch", dir.resolve("nope.xml").toString(), "--out", dir.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("cannot read");
  }
}
