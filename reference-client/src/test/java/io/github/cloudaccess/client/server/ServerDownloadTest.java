package io.github.cloudaccess.client.server;

import static io.github.cloudaccess.client.server.ServerRecords.CHANDRA;
import static io.github.cloudaccess.client.server.ServerRecords.EUCLID;
import static io.github.cloudaccess.client.server.ServerRecords.HST;
import static io.github.cloudaccess.client.server.ServerRecords.SPITZER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.client.Attempt;
import io.github.cloudaccess.client.CloudAccessClient;
import io.github.cloudaccess.client.DownloadOptions;
import io.github.cloudaccess.client.DownloadResult;
import io.github.cloudaccess.client.DownloadStatus;
import io.github.cloudaccess.client.env.Credentials;
import io.github.cloudaccess.client.fixtures.ReferenceServerExtension;
import io.github.cloudaccess.client.plan.AuthMode;
import io.github.cloudaccess.client.plan.OnPremRoute;
import io.github.cloudaccess.client.plan.S3Route;
import io.github.cloudaccess.client.plan.Skip;
import io.github.cloudaccess.client.plan.SkipReason;
import io.github.cloudaccess.client.record.ProductRecord;
import io.github.cloudaccess.client.transfer.AttemptOutcome;
import io.github.cloudaccess.server.RunningServer;
import io.github.cloudaccess.server.catalogue.Product;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client against the reference server: records read from its SIA 2.0 service, files fetched
 * from its embedded S3 store (anonymously, or signed with the server's generated key) or, when
 * the store refuses, from its HTTP product URL.
 */
@ExtendWith(ReferenceServerExtension.class)
class ServerDownloadTest {

  private static RunningServer server;
  private static ServerRecords records;

  @TempDir Path dir;

  @BeforeAll
  static void setUp(RunningServer s) {
    server = s;
    records = new ServerRecords(s);
  }

  private static DownloadOptions.Builder options() {
    return records.downloadOptions();
  }

  private static Credentials serverKey() {
    return Credentials.of(server.s3Credentials().accessKeyId(), server.s3Credentials().secretAccessKey(), null);
  }

  private DownloadResult download(DownloadOptions o, ProductRecord r) throws Exception {
    try (CloudAccessClient c = new CloudAccessClient(o)) {
      return c.download(r, dir);
    }
  }

  /** The file is in place, holds the catalogue's bytes, and no temporary file is left. */
  private void assertVerifiedCopyOf(DownloadResult r, Product p) throws Exception {
    assertThat(r.status()).as("%s", r.attempts()).isEqualTo(DownloadStatus.DOWNLOADED);
    byte[] got = Files.readAllBytes(r.file());
    assertThat(got).isEqualTo(records.bytes(p));
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(got))).isEqualTo(records.md5(p));
    assertThat(r.bytes()).isEqualTo(p.size());
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(x -> x.getFileName().toString())).noneMatch(n -> n.contains(".part-"));
    }
  }

  private static S3Route s3(DownloadResult r) {
    assertThat(r.servedBy()).get().isInstanceOf(S3Route.class);
    return (S3Route) r.servedBy().get();
  }

  @Test
  void openBucketsAreReadAnonymouslyThroughTheEndpointOverride() throws Exception {
    // Spitzer's bucket is in us-west-2: open copies carry no region restriction.
    for (String bucket : new String[] {HST, SPITZER}) {
      Product p = records.product(bucket, 1);
      DownloadResult r = download(options().build(), records.record(p, ""));
      assertVerifiedCopyOf(r, p);
      S3Route route = s3(r);
      assertThat(route.bucket()).isEqualTo(bucket);
      assertThat(route.key()).isEqualTo(p.path());
      assertThat(route.auth()).isEqualTo(AuthMode.ANONYMOUS);
      assertThat(r.attempts()).extracting(Attempt::outcome).containsExactly(AttemptOutcome.SERVED);
      assertThat(r.plan().skipped()).isEmpty();
      Files.delete(r.file());
    }
  }

  @Test
  void privateObjectsWithoutCredentialsComeFromTheAccessUrl() throws Exception {
    /* Region copy, caller outside any region: never tried. */
    Product regional = records.product(CHANDRA, 1);
    DownloadResult r = download(options().build(), records.record(regional, ""));
    assertVerifiedCopyOf(r, regional);
    assertThat(r.servedBy()).get().isInstanceOf(OnPremRoute.class);
    assertThat(r.servedBy().get().describe()).contains(server.productUri(regional).getPath());
    assertThat(r.attempts()).extracting(Attempt::outcome).containsExactly(AttemptOutcome.SERVED);
    assertThat(r.plan().skipped()).extracting(Skip::source, Skip::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/aws/0", SkipReason.OUT_OF_REGION));

    /* Restricted copy without credentials: never tried either. */
    Product restricted = records.product(EUCLID, 1);
    r = download(options().build(), records.record(restricted, ""));
    assertVerifiedCopyOf(r, restricted);
    assertThat(r.servedBy()).get().isInstanceOf(OnPremRoute.class);
    assertThat(r.plan().skipped()).extracting(Skip::source, Skip::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/aws/0", SkipReason.NO_CREDENTIALS));
  }

  @Test
  void aRefusedAnonymousReadFallsBackAndSaysWhy() throws Exception {
    /* In the region, the region copy is tried anonymously; the store refuses (private object). */
    Product regional = records.product(CHANDRA, 1);
    DownloadResult r = download(options().region("us-east-1").build(), records.record(regional, ""));
    assertVerifiedCopyOf(r, regional);
    assertThat(r.attempts()).extracting(a -> a.route().getClass().getSimpleName(), Attempt::outcome)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("S3Route", AttemptOutcome.FORBIDDEN),
            org.assertj.core.groups.Tuple.tuple("OnPremRoute", AttemptOutcome.SERVED));

    /* A private object declared open (the server's open-private defect). */
    Product open = records.product(EUCLID, 1);
    r = download(options().build(), records.record(open, "CA_DEFECT=open-private"));
    assertVerifiedCopyOf(r, open);
    assertThat(r.plan().skipped()).isEmpty();
    assertThat(r.servedBy()).get().isInstanceOf(OnPremRoute.class);
    assertThat(r.attempts()).extracting(Attempt::outcome)
        .containsExactly(AttemptOutcome.FORBIDDEN, AttemptOutcome.SERVED);
  }

  @Test
  void theServersKeyReadsRestrictedAndRegionCopiesFromS3() throws Exception {
    Product restricted = records.product(EUCLID, 1);
    DownloadResult r = download(options().credentials(serverKey()).build(), records.record(restricted, ""));
    assertVerifiedCopyOf(r, restricted);
    assertThat(s3(r).bucket()).isEqualTo(EUCLID);
    assertThat(s3(r).auth()).isEqualTo(AuthMode.SIGNED);
    assertThat(r.attempts()).extracting(Attempt::outcome).containsExactly(AttemptOutcome.SERVED);

    // Anonymous first (fornax's order), then the signed retry of the same object.
    Product regional = records.product(CHANDRA, 1);
    r = download(options().credentials(serverKey()).region("us-east-1").build(), records.record(regional, ""));
    assertVerifiedCopyOf(r, regional);
    assertThat(s3(r).auth()).isEqualTo(AuthMode.SIGNED);
    assertThat(r.attempts()).extracting(a -> a.route().auth(), Attempt::outcome)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(AuthMode.ANONYMOUS, AttemptOutcome.FORBIDDEN),
            org.assertj.core.groups.Tuple.tuple(AuthMode.SIGNED, AttemptOutcome.SERVED));
  }
}
