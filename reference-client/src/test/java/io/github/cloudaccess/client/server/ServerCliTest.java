package io.github.cloudaccess.client.server;

import static io.github.cloudaccess.client.server.ServerRecords.EUCLID;
import static io.github.cloudaccess.client.server.ServerRecords.HST;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.client.cli.CliContext;
import io.github.cloudaccess.client.cli.Main;
import io.github.cloudaccess.client.fixtures.ReferenceServerExtension;
import io.github.cloudaccess.server.RunningServer;
import io.github.cloudaccess.server.catalogue.Product;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance point of the command: {@code fetch <SIA 2.0 query or saved VOTable> --row N
 * --provider aws --s3-endpoint ...} downloads a verified file from the reference server's S3
 * store and names the route; with the S3 side denied it downloads the {@code access_url} and says
 * why. Exit status 0 in every case. Runs {@link Main#run} in-process with an empty environment.
 */
@ExtendWith(ReferenceServerExtension.class)
class ServerCliTest {

  private static RunningServer server;
  private static ServerRecords records;

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void setUp(RunningServer s) {
    server = s;
    records = new ServerRecords(s);
  }

  private int fetch(Map<String, String> env, String... args) {
    List<String> all = new ArrayList<>(List.of("fetch"));
    all.addAll(List.of(args));
    all.addAll(List.of("--provider", "aws", "--out", dir.resolve("out").toString(), "--no-progress", "--timeout", "10"));
    return Main.run(all.toArray(String[]::new),
        new CliContext(new PrintWriter(out), new PrintWriter(err), env, dir, false));
  }

  /** The first three HST products in catalogue order: what {@code COLLECTION=hst-sim&MAXREC=3} lists. */
  private static List<Product> firstHst() {
    return server.catalogue().products().stream()
        .filter(p -> p.collection().equals("hst-sim")).limit(3).toList();
  }

  private static String hstQuery() {
    return server.sia2Uri() + "?COLLECTION=hst-sim&MAXREC=3";
  }

  private static String name(Product p) {
    return p.path().substring(p.path().lastIndexOf('/') + 1);
  }

  private void assertDownloaded(Product p) throws Exception {
    Path f = dir.resolve("out").resolve(name(p));
    assertThat(Files.readAllBytes(f)).isEqualTo(records.bytes(p));
    try (Stream<Path> s = Files.list(dir.resolve("out"))) {
      assertThat(s).hasSize(1);
    }
  }

  private static int closedPort() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  @Test
  void aServiceQueryRowComesFromTheEmbeddedS3() throws Exception {
    Product p = firstHst().get(2);
    assertThat(p.copies().get(0).bucket().name()).isEqualTo(HST);
    int code = fetch(Map.of(), hstQuery(), "--row", "2", "--s3-endpoint", server.s3Endpoint().toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).containsPattern("OK +row 2 +" + Pattern.quote(name(p))
        + " +route=aws " + Pattern.quote("s3://" + HST + "/" + p.path() + " (anonymous)")
        + " +bytes=" + p.size() + " +time=\\d+ms\\R");
    assertDownloaded(p);
  }

  @Test
  void aSavedVotableRowComesFromTheEmbeddedS3() throws Exception {
    Product p = firstHst().get(1);
    HttpResponse<Path> saved = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(hstQuery())).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofFile(dir.resolve("hst.xml")));
    assertThat(saved.statusCode()).isEqualTo(200);
    int code = fetch(Map.of(), saved.body().toString(), "--row", "1", "--s3-endpoint", server.s3Endpoint().toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("route=aws s3://" + HST + "/" + p.path() + " (anonymous)");
    assertDownloaded(p);
  }

  @Test
  void anUnreachableStoreFallsBackToTheAccessUrlAndSaysSo() throws Exception {
    Product p = firstHst().get(0);
    int code = fetch(Map.of(), hstQuery(), "--row", "0", "--s3-endpoint", "http://127.0.0.1:" + closedPort());
    assertFellBack(code, p, HST, "io-error");
  }

  @Test
  void anOpenCopyThatTheStoreRefusesFallsBackToTheAccessUrlAndSaysSo() throws Exception {
    /* The server's open-private defect declares access open on private objects: the anonymous
       GET gets a real 403 from the store, and the command must take the access_url instead. */
    Product p = records.product(EUCLID, 1);
    String query = records.sia2(p, "CA_DEFECT=open-private").toString();
    int code = fetch(Map.of(), query, "--s3-endpoint", server.s3Endpoint().toString());
    assertFellBack(code, p, EUCLID, "forbidden");
  }

  /**
   * Row 0 was served by its access_url, and its OK line names the anonymous S3 route that was
   * tried first and how it failed.
   */
  private void assertFellBack(int code, Product p, String bucket, String outcome) throws Exception {
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).containsPattern("OK +row 0 +" + Pattern.quote(name(p))
        + " +route=on-prem " + Pattern.quote(server.productUri(p).toString())
        + " +bytes=" + p.size() + " +time=\\d+ms +tried: "
        + Pattern.quote("s3://" + bucket + "/" + p.path() + " (anonymous) -> " + outcome) + "\\R");
    assertDownloaded(p);
  }

  @Test
  void aRestrictedObjectWithoutCredentialsComesFromTheAccessUrlAndWithThemFromS3() throws Exception {
    Product p = records.product(EUCLID, 1);
    String query = records.sia2(p, "").toString();
    int code = fetch(Map.of(), query, "--s3-endpoint", server.s3Endpoint().toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("route=on-prem " + server.productUri(p))
        .contains("skipped /aws/0: no-credentials");
    assertDownloaded(p);

    /* The same record with the server's key in the standard environment variables. */
    Files.delete(dir.resolve("out").resolve(name(p)));
    out.getBuffer().setLength(0);
    String secret = server.s3Credentials().secretAccessKey();
    Map<String, String> env = Map.of("AWS_ACCESS_KEY_ID", server.s3Credentials().accessKeyId(),
        "AWS_SECRET_ACCESS_KEY", secret);
    code = fetch(env, query, "--s3-endpoint", server.s3Endpoint().toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("route=aws s3://" + EUCLID + "/" + p.path() + " (signed)")
        .doesNotContain(secret);
    assertThat(err.toString()).doesNotContain(secret);
    assertDownloaded(p);
  }
}
