package io.github.cloudaccess.client.server;

import static io.github.cloudaccess.client.server.ServerRecords.COLD;
import static io.github.cloudaccess.client.server.ServerRecords.HST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.cloudaccess.client.Attempt;
import io.github.cloudaccess.client.CloudAccessClient;
import io.github.cloudaccess.client.DownloadOptions;
import io.github.cloudaccess.client.DownloadResult;
import io.github.cloudaccess.client.DownloadStatus;
import io.github.cloudaccess.client.fixtures.ReferenceServerExtension;
import io.github.cloudaccess.client.plan.KeyVariant;
import io.github.cloudaccess.client.plan.LeadingSlashPolicy;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client reads every shape the reference server publishes: the list and dict forms, the
 * CDATA and BINARY2 encodings, {@code cloud_access} in DataLink {@code #this} rows only
 * (HEASARC's placement), and keys with a leading {@code /} (HEASARC 2022).
 */
@ExtendWith(ReferenceServerExtension.class)
class ServerEncodingsTest {

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

  private DownloadResult download(DownloadOptions o, ProductRecord r) throws Exception {
    try (CloudAccessClient c = new CloudAccessClient(o)) {
      return c.download(r, dir);
    }
  }

  private void assertCopyOf(DownloadResult r, Product p) throws Exception {
    assertThat(r.status()).as("%s", r.attempts()).isEqualTo(DownloadStatus.DOWNLOADED);
    assertThat(Files.readAllBytes(r.file())).isEqualTo(records.bytes(p));
    Files.delete(r.file());
  }

  @Test
  void listAndDictFormsOfTheSameRecordLeadToTheSameObject() throws Exception {
    // A product with a second, access:none copy in the cold bucket (listed by the list form only).
    Product p = records.product(HST, 2);
    assertThat(p.copies().get(1).bucket().name()).isEqualTo(COLD);

    ProductRecord list = records.record(p, "CA_FORM=list");
    assertThat(list.cloudAccess()).get().asString().contains("[");
    DownloadResult r = download(options().build(), list);
    assertThat(r.servedBy()).get().extracting(x -> x.source()).isEqualTo("/aws/0");
    assertThat(r.plan().skipped()).extracting(Skip::source, Skip::reason)
        .containsExactly(tuple("/aws/1", SkipReason.ACCESS_NONE));
    assertCopyOf(r, p);

    ProductRecord dict = records.record(p, "CA_FORM=dict");
    assertThat(dict.cloudAccess()).get().asString().doesNotContain("[");
    r = download(options().build(), dict);
    assertThat(r.servedBy()).get().extracting(x -> x.source()).isEqualTo("/aws");
    assertThat(r.plan().skipped()).isEmpty();
    assertCopyOf(r, p);
  }

  @Test
  void cdataAndBinary2CellsAreRead() throws Exception {
    Product p = records.product(HST, 1);
    for (String encoding : new String[] {"cdata", "binary2"}) {
      DownloadResult r = download(options().build(), records.record(p, "CA_ENCODING=" + encoding));
      assertThat(r.servedBy()).get().isInstanceOf(S3Route.class);
      assertCopyOf(r, p);
    }
  }

  @Test
  void cloudAccessInTheDataLinkThisRowIsFollowed() throws Exception {
    Product p = records.product(HST, 1);
    ProductRecord r = records.record(p, "CA_PLACEMENT=datalink");
    // The #this row supplies cloud_access, the product URL and the exact size.
    assertThat(r.cloudAccess()).get().asString().contains(p.path());
    assertThat(r.accessUrl()).contains(server.productUri(p).toString());
    assertThat(r.exactSize()).hasValue(p.size());
    DownloadResult res = download(options().build(), r);
    assertThat(((S3Route) res.servedBy().orElseThrow()).bucket()).isEqualTo(HST);
    assertCopyOf(res, p);

    // Without credentials a restricted copy falls back to the #this row's access_url, never to
    // the DataLink document the discovery row points at.
    Product restricted = records.product(ServerRecords.EUCLID, 1);
    res = download(options().build(), records.record(restricted, "CA_PLACEMENT=datalink"));
    assertThat(res.servedBy()).get().isInstanceOf(OnPremRoute.class);
    assertThat(res.plan().skipped()).extracting(Skip::reason).containsExactly(SkipReason.NO_CREDENTIALS);
    assertCopyOf(res, restricted);
  }

  @Test
  void aDataLinkAccessUrlThatIsNotFollowedIsNeverDownloadedAsTheProduct() throws Exception {
    Product p = records.product(HST, 1);
    ProductRecord r = records.record(p, "CA_PLACEMENT=datalink", false);
    assertThat(r.accessUrlIsDataLink()).isTrue();
    assertThat(r.cloudAccess()).isEmpty();
    DownloadResult res = download(options().build(), r);
    assertThat(res.status()).isEqualTo(DownloadStatus.FAILED);
    assertThat(res.attempts()).isEmpty();
    assertThat(res.plan().skipped()).extracting(Skip::source, Skip::reason)
        .containsExactly(tuple(Skip.ACCESS_URL, SkipReason.DATALINK_DOCUMENT));
    try (var s = Files.list(dir)) {
      assertThat(s).isEmpty();
    }
  }

  @Test
  void aLeadingSlashKeyIsRefusedByTheStoreAndTheStrippedKeyServes() throws Exception {
    Product p = records.product(HST, 1);
    ProductRecord r = records.record(p, "CA_DEFECT=leading-slash");
    assertThat(r.cloudAccess()).get().asString().contains("\"/" + p.path() + "\"");

    /* Default policy: the published key first, then exactly one '/' removed. */
    DownloadResult res = download(options().build(), r);
    // s3proxy answers 400 to the literal key (AWS would say 404): any failure moves on.
    assertThat(res.attempts()).extracting(a -> ((S3Route) a.route()).keyVariant(), Attempt::outcome)
        .containsExactly(tuple(KeyVariant.LITERAL, AttemptOutcome.HTTP_ERROR),
            tuple(KeyVariant.LEADING_SLASH_STRIPPED, AttemptOutcome.SERVED));
    assertThat(((S3Route) res.servedBy().orElseThrow()).key()).isEqualTo(p.path());
    assertCopyOf(res, p);

    /* Literal only: the store refuses, the archive's copy serves. */
    res = download(options().leadingSlash(LeadingSlashPolicy.LITERAL_ONLY).build(), r);
    assertThat(res.attempts()).extracting(a -> a.route().getClass().getSimpleName(), Attempt::outcome)
        .containsExactly(tuple("S3Route", AttemptOutcome.HTTP_ERROR), tuple("OnPremRoute", AttemptOutcome.SERVED));
    assertCopyOf(res, p);

    /* Stripped only: one request. */
    res = download(options().leadingSlash(LeadingSlashPolicy.STRIPPED_ONLY).build(), r);
    assertThat(res.attempts()).extracting(Attempt::outcome).containsExactly(AttemptOutcome.SERVED);
    assertCopyOf(res, p);
  }
}
