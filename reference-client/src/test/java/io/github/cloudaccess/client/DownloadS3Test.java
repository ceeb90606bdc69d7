package io.github.cloudaccess.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.github.cloudaccess.client.env.Credentials;
import io.github.cloudaccess.client.fixtures.Bytes;
import io.github.cloudaccess.client.fixtures.S3Fixture;
import io.github.cloudaccess.client.plan.AuthMode;
import io.github.cloudaccess.client.plan.KeyVariant;
import io.github.cloudaccess.client.plan.OnPremRoute;
import io.github.cloudaccess.client.plan.ProviderChoice;
import io.github.cloudaccess.client.plan.S3Route;
import io.github.cloudaccess.client.plan.SkipReason;
import io.github.cloudaccess.client.record.ProductRecord;
import io.github.cloudaccess.client.transfer.AttemptOutcome;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloads against a real S3-compatible server (s3proxy) and a stub archive (WireMock), on loopback. */
class DownloadS3Test {

  private static S3Fixture s3;
  private static WireMockServer archive;

  @TempDir Path dir;

  @BeforeAll
  static void start() throws Exception {
    s3 = S3Fixture.get();
    archive = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
    archive.start();
  }

  @AfterAll
  static void stop() {
    archive.stop();
  }

  static DownloadOptions.Builder options() {
    return DownloadOptions.builder()
        .provider(ProviderChoice.AWS)
        .s3Endpoint(s3.endpoint(), true)
        .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(5))
        .retries(1, Duration.ofSeconds(1));
  }

  private static String archiveUrl(String path, byte[] body) {
    archive.stubFor(any(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200).withBody(body)));
    return "http://127.0.0.1:" + archive.port() + path;
  }

  private static String aws(String bucket, String key, String access) {
    return "{\"aws\": {\"bucket_name\": \"" + bucket + "\", \"key\": \"" + key + "\", \"region\": \"us-east-1\""
        + (access == null ? "" : ", \"access\": \"" + access + "\"") + "}}";
  }

  private static List<Path> partFiles(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.filter(p -> p.getFileName().toString().contains(".part-")).toList();
    }
  }

  @Test
  void openObjectIsFetchedAnonymously() throws Exception {
    byte[] body = Bytes.random(300_000, 1);
    s3.put("open-data", "sci/img-open.fits", body, true);
    String url = "http://127.0.0.1:" + archive.port() + "/missing/img-open.fits";
    AtomicLong lastProgress = new AtomicLong();
    try (CloudAccessClient c = new CloudAccessClient(options().progress((n, done, total) -> lastProgress.set(done)).build())) {
      DownloadResult r = c.download(ProductRecord.of(0, aws("open-data", "sci/img-open.fits", "open"), url), dir);
      assertThat(r.status()).isEqualTo(DownloadStatus.DOWNLOADED);
      assertThat(r.servedBy()).get().isInstanceOf(S3Route.class);
      assertThat(r.servedBy().get().auth()).isEqualTo(AuthMode.ANONYMOUS);
      assertThat(r.file().getFileName()).hasToString("img-open.fits");
      assertThat(Files.readAllBytes(r.file())).isEqualTo(body);
      assertThat(r.bytes()).isEqualTo(body.length);
      assertThat(lastProgress.get()).isEqualTo(body.length);
      assertThat(partFiles(dir)).isEmpty();
    }
  }

  @Test
  void privateObjectWithoutCredentialsFallsBackToAccessUrl() throws Exception {
    byte[] body = Bytes.random(50_000, 2);
    s3.put("private-data", "sci/img-priv.fits", body, false);
    String url = archiveUrl("/data/img-priv.fits", body);
    try (CloudAccessClient c = new CloudAccessClient(options().build())) {
      // declared open, but the store says 403 to anonymous requests
      DownloadResult r = c.download(ProductRecord.of(0, aws("private-data", "sci/img-priv.fits", "open"), url), dir);
      assertThat(r.status()).isEqualTo(DownloadStatus.DOWNLOADED);
      assertThat(r.servedBy()).get().isInstanceOf(OnPremRoute.class);
      assertThat(r.attempts()).extracting(Attempt::outcome)
          .containsExactly(AttemptOutcome.FORBIDDEN, AttemptOutcome.SERVED);
      assertThat(Files.readAllBytes(r.file())).isEqualTo(body);
    }
  }

  @Test
  void restrictedWithoutCredentialsIsSkippedBeforeAnyRequest() throws Exception {
    byte[] body = Bytes.random(10_000, 3);
    s3.put("private-data", "sci/img-r.fits", body, false);
    String url = archiveUrl("/data/img-r.fits", body);
    try (CloudAccessClient c = new CloudAccessClient(options().build())) {
      DownloadResult r = c.download(ProductRecord.of(0, aws("private-data", "sci/img-r.fits", "restricted"), url), dir);
      assertThat(r.plan().skipped()).extracting(s -> s.reason()).containsExactly(SkipReason.NO_CREDENTIALS);
      assertThat(r.attempts()).extracting(Attempt::outcome).containsExactly(AttemptOutcome.SERVED);
      assertThat(r.servedBy()).get().isInstanceOf(OnPremRoute.class);
    }
  }

  @Test
  void credentialsAreUsedWhenGiven() throws Exception {
    byte[] body = Bytes.random(70_000, 4);
    s3.put("private-data", "sci/img-signed.fits", body, false);
    Credentials creds = Credentials.of(S3Fixture.ACCESS_KEY, S3Fixture.SECRET_KEY, null);
    try (CloudAccessClient c = new CloudAccessClient(options().credentials(creds).cloudOnly(true).build())) {
      DownloadResult r = c.download(ProductRecord.of(0, aws("private-data", "sci/img-signed.fits", "restricted"), null), dir);
      assertThat(r.status()).isEqualTo(DownloadStatus.DOWNLOADED);
      assertThat(r.servedBy().get().auth()).isEqualTo(AuthMode.SIGNED);
      assertThat(Files.readAllBytes(r.file())).isEqualTo(body);
    }
  }

  @Test
  void recordWithListAndDictFormsFallsBackAcrossProviders() throws Exception {
    byte[] body = Bytes.random(40_000, 5);
    s3.put("private-data", "mixed/x.fits", body, false);
    archive.stubFor(any(urlPathEqualTo("/gcs-bucket/mixed/x.fits")).willReturn(aResponse().withStatus(200).withBody(body)));
    String value = "{\"aws\": [{\"bucket_name\": \"private-data\", \"key\": \"mixed/x.fits\", \"access\": \"open\"}],"
        + " \"google\": {\"bucket_name\": \"gcs-bucket\", \"object_name\": \"mixed/x.fits\", \"access\": \"open\"}}";
    DownloadOptions o = options().provider(ProviderChoice.AUTO)
        .gcsBaseUrl(URI.create("http://127.0.0.1:" + archive.port())).build();
    try (CloudAccessClient c = new CloudAccessClient(o)) {
      DownloadResult r = c.download(ProductRecord.of(0, value, null), dir);
      assertThat(r.status()).isEqualTo(DownloadStatus.DOWNLOADED);
      assertThat(r.servedBy().get().provider()).isEqualTo("google");
      assertThat(r.attempts()).extracting(a -> a.route().source()).containsExactly("/aws/0", "/google");
      assertThat(Files.readAllBytes(r.file())).isEqualTo(body);
    }
  }

  @Test
  void leadingSlashKeyIsServedByTheStrippedVariant() throws Exception {
    byte[] body = Bytes.random(20_000, 6);
    s3.put("open-data", "FTP/chandra/acisf.fits.gz", body, true);
    try (CloudAccessClient c = new CloudAccessClient(options().build())) {
      DownloadResult r = c.download(ProductRecord.of(0, aws("open-data", "/FTP/chandra/acisf.fits.gz", "open"), null), dir);
      assertThat(r.status()).isEqualTo(DownloadStatus.DOWNLOADED);
      assertThat(((S3Route) r.servedBy().get()).keyVariant()).isEqualTo(KeyVariant.LEADING_SLASH_STRIPPED);
      assertThat(r.attempts()).hasSize(2);
      assertThat(r.attempts().get(0).outcome()).isNotEqualTo(AttemptOutcome.SERVED);
      assertThat(Files.readAllBytes(r.file())).isEqualTo(body);
    }
  }

  @Test
  void sizeMismatchWithContentLengthFallsBack() throws Exception {
    byte[] body = Bytes.random(30_000, 7);
    s3.put("open-data", "v/x.fits", body, true);
    String url = archiveUrl("/data/v-x.fits", body);
    ProductRecord rec = new ProductRecord(0, Optional.of(aws("open-data", "v/x.fits", "open")), Optional.of(url),
        Optional.empty(), OptionalLong.of(body.length + 1), OptionalLong.empty());
    try (CloudAccessClient c = new CloudAccessClient(options().build())) {
      DownloadResult r = c.download(rec, dir);
      // Both copies have the same size, so both fail verification against the wrong content_length.
      assertThat(r.status()).isEqualTo(DownloadStatus.FAILED);
      assertThat(r.attempts()).extracting(Attempt::outcome)
          .containsExactly(AttemptOutcome.VERIFICATION_FAILED, AttemptOutcome.VERIFICATION_FAILED);
      assertThat(Files.exists(r.file())).isFalse();
      assertThat(partFiles(dir)).isEmpty();
    }
  }

  @Test
  void existingFileIsKeptUnlessOverwriteIsAsked() throws Exception {
    byte[] body = Bytes.random(5_000, 8);
    s3.put("open-data", "keep/x.fits", body, true);
    Path existing = dir.resolve("x.fits");
    Files.writeString(existing, "mine");
    ProductRecord rec = ProductRecord.of(0, aws("open-data", "keep/x.fits", "open"), null);
    try (CloudAccessClient c = new CloudAccessClient(options().build())) {
      DownloadResult r = c.download(rec, dir);
      assertThat(r.status()).isEqualTo(DownloadStatus.ALREADY_PRESENT);
      assertThat(r.attempts()).isEmpty();
      assertThat(Files.readString(existing)).isEqualTo("mine");
    }
    try (CloudAccessClient c = new CloudAccessClient(options().overwrite(true).build())) {
      DownloadResult r = c.download(rec, dir);
      assertThat(r.status()).isEqualTo(DownloadStatus.DOWNLOADED);
      assertThat(Files.readAllBytes(existing)).isEqualTo(body);
    }
  }

  @Test
  void manyRecordsDownloadWithBoundedConcurrencyAndDistinctNames() throws Exception {
    List<ProductRecord> records = new ArrayList<>();
    List<byte[]> bodies = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      byte[] b = Bytes.random(2_000 + i, 100 + i);
      bodies.add(b);
      // two directories share basenames: the later record gets a row prefix
      String key = "many/" + (i % 2) + "/f" + (i / 2) + ".fits";
      s3.put("open-data", key, b, true);
      records.add(ProductRecord.of(i, aws("open-data", key, "open"), null));
    }
    try (CloudAccessClient c = new CloudAccessClient(options().concurrency(3).build())) {
      List<DownloadResult> rs = c.downloadAll(records, dir);
      assertThat(rs).hasSize(12).allMatch(r -> r.status() == DownloadStatus.DOWNLOADED);
      assertThat(rs.stream().map(DownloadResult::file).distinct()).hasSize(12);
      for (int i = 0; i < 12; i++) {
        assertThat(rs.get(i).recordIndex()).isEqualTo(i);
        assertThat(Files.readAllBytes(rs.get(i).file())).isEqualTo(bodies.get(i));
      }
      assertThat(rs.get(1).file().getFileName().toString()).isEqualTo("row1-f0.fits");
    }
  }
}
