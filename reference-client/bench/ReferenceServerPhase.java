import io.github.cloudaccess.client.CloudAccessClient;
import io.github.cloudaccess.client.DownloadOptions;
import io.github.cloudaccess.client.plan.ProviderChoice;
import io.github.cloudaccess.client.record.ProductRecord;
import io.github.cloudaccess.server.ReferenceServer;
import io.github.cloudaccess.server.RunningServer;
import io.github.cloudaccess.server.ServerConfig;
import io.github.cloudaccess.server.catalogue.CloudCopy;
import io.github.cloudaccess.server.catalogue.Product;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The reference server's products (the corpus's small FITS files) fetched through its HTTP
 * endpoint ({@code access_url}) and, for the open copies, from its embedded S3 store: the client
 * against a plain GET / GetObject into a discarding sink, with the same concurrency.
 */
final class ReferenceServerPhase {

  static final String HTTP_PLAIN = "reference server HTTP: plain GET files/s";
  static final String HTTP_CLIENT = "reference server HTTP: client downloadAll files/s";
  static final String S3_PLAIN = "reference server S3 open: plain GetObject files/s";
  static final String S3_CLIENT = "reference server S3 open: client downloadAll files/s";

  private ReferenceServerPhase() {}

  static void run(Map<String, List<Double>> m, ExecutorService pool, int conc, Path out, int rounds)
      throws Exception {
    try (RunningServer server = ReferenceServer.start(ServerConfig.defaults())) {
      List<URI> urls = new ArrayList<>();
      List<ProductRecord> http = new ArrayList<>();
      List<CloudCopy> open = new ArrayList<>();
      List<ProductRecord> s3 = new ArrayList<>();
      for (Product p : server.catalogue().products()) {
        URI u = server.productUri(p);
        urls.add(u);
        http.add(ProductRecord.of(http.size(), null, u.toString()));
        for (CloudCopy c : p.copies()) {
          if (c.bucket().publicRead()) {
            open.add(c);
            s3.add(ProductRecord.of(s3.size(), "{\"aws\": {\"bucket_name\": \"" + c.bucket().name()
                + "\", \"key\": \"" + c.key() + "\", \"region\": \"" + c.bucket().region()
                + "\", \"access\": \"open\"}}", null));
          }
        }
      }
      DownloadOptions opts = DownloadOptions.builder().provider(ProviderChoice.AWS)
          .s3Endpoint(server.s3Endpoint(), true).overwrite(true).concurrency(conc).build();
      HttpClient jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      Path httpOut = Files.createDirectories(out.resolve("refserver-http"));
      Path s3Out = Files.createDirectories(out.resolve("refserver-s3"));
      try (CloudAccessClient cl = new CloudAccessClient(opts);
          S3Client plain = DownloadBench.client(server.s3Endpoint(), AnonymousCredentialsProvider.create())) {
        for (int r = 0; r <= rounds; r++) {
          boolean record = r > 0;
          long t = System.nanoTime();
          DownloadBench.all(pool, urls.stream()
              .map(u -> (Callable<Long>) () -> DownloadBench.plainGet(jdk, u)).toList());
          DownloadBench.add(m, record, HTTP_PLAIN, DownloadBench.rate(urls.size(), t));
          t = System.nanoTime();
          cl.downloadAll(http, httpOut).forEach(DownloadBench::check);
          DownloadBench.add(m, record, HTTP_CLIENT, DownloadBench.rate(http.size(), t));

          t = System.nanoTime();
          DownloadBench.all(pool, open.stream().map(c -> (Callable<Long>) () ->
              DownloadBench.plainS3(plain, c.bucket().name(), c.key())).toList());
          DownloadBench.add(m, record, S3_PLAIN, DownloadBench.rate(open.size(), t));
          t = System.nanoTime();
          cl.downloadAll(s3, s3Out).forEach(DownloadBench::check);
          DownloadBench.add(m, record, S3_CLIENT, DownloadBench.rate(s3.size(), t));
        }
      }
      System.out.printf("reference server: %d products over HTTP, %d open S3 copies%n", urls.size(),
          open.size());
    }
  }
}
