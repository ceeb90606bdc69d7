package io.github.cloudaccess.client.server;

import io.github.cloudaccess.client.DownloadOptions;
import io.github.cloudaccess.client.RecordSource;
import io.github.cloudaccess.client.plan.ProviderChoice;
import io.github.cloudaccess.client.record.ProductRecord;
import io.github.cloudaccess.client.record.RowSelection;
import io.github.cloudaccess.client.transfer.RetryPolicy;
import io.github.cloudaccess.client.transfer.SafeHttp;
import io.github.cloudaccess.client.transfer.TransferSettings;
import io.github.cloudaccess.server.RunningServer;
import io.github.cloudaccess.server.catalogue.Product;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * Picks products of the reference server's catalogue and reads their records back through its
 * SIA 2.0 service, the way a user of the client would.
 */
final class ServerRecords {

  /** Buckets of the server's store (reference-server/README.md, "Buckets"). */
  static final String HST = "ca-corpus-hst";
  static final String SPITZER = "ca-corpus-spitzer";
  static final String CHANDRA = "ca-corpus-chandra";
  static final String EUCLID = "ca-corpus-euclid";
  static final String COLD = "ca-corpus-cold";

  private final RunningServer server;
  private final RecordSource source;

  ServerRecords(RunningServer server) {
    this.server = server;
    TransferSettings s = new TransferSettings(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(10),
        new RetryPolicy(0, Duration.ofSeconds(1)), 16L << 20, true);
    this.source = new RecordSource(new SafeHttp(s));
  }

  /**
   * @param bucket the bucket of the product's preferred copy
   * @param copies how many copies the list form lists (2: also the cold bucket)
   * @return the first such product
   */
  Product product(String bucket, int copies) {
    return first(p -> !p.copies().isEmpty() && p.copies().get(0).bucket().name().equals(bucket)
        && p.copies().size() == copies);
  }

  /**
   * @return client options for this server: AWS, its store as the S3 endpoint (path-style),
   *     short timeouts and no retries, so that a refused route fails fast
   */
  DownloadOptions.Builder downloadOptions() {
    return DownloadOptions.builder()
        .provider(ProviderChoice.AWS)
        .s3Endpoint(server.s3Endpoint(), true)
        .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(10))
        .retries(0, Duration.ofSeconds(1));
  }

  Product first(Predicate<Product> which) {
    return server.catalogue().products().stream().filter(which).findFirst()
        .orElseThrow(() -> new IllegalStateException("the catalogue has no such product"));
  }

  /** @return the SIA 2.0 query for one product, with the extra {@code CA_*} parameters */
  URI sia2(Product p, String extra) {
    String q = "ID=" + URLEncoder.encode(p.publisherDid(), StandardCharsets.UTF_8) + (extra.isEmpty() ? "" : "&" + extra);
    return URI.create(server.sia2Uri() + "?" + q);
  }

  /**
   * @param p a product
   * @param extra more query parameters ({@code CA_FORM=dict}, ...), may be empty
   * @param followDataLink follow DataLink access URLs
   * @return the product's record as the SIA 2.0 service gives it
   */
  ProductRecord record(Product p, String extra, boolean followDataLink) throws Exception {
    List<ProductRecord> rs = source.load(sia2(p, extra).toString(), RowSelection.all(), followDataLink).records();
    if (rs.size() != 1) {
      throw new IllegalStateException("expected one row for " + p.publisherDid() + ", got " + rs.size());
    }
    return rs.get(0);
  }

  ProductRecord record(Product p, String extra) throws Exception {
    return record(p, extra, true);
  }

  /** @return the product's bytes as the catalogue holds them */
  byte[] bytes(Product p) {
    return server.catalogue().bytes(p).copy();
  }

  /** @return the product's MD5, hex */
  String md5(Product p) {
    return server.catalogue().bytes(p).md5();
  }
}
