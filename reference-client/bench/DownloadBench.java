import io.github.cloudaccess.client.CloudAccessClient;
import io.github.cloudaccess.client.DownloadOptions;
import io.github.cloudaccess.client.DownloadResult;
import io.github.cloudaccess.client.DownloadStatus;
import io.github.cloudaccess.client.plan.ProviderChoice;
import io.github.cloudaccess.client.record.ProductRecord;
import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectCannedACL;

/**
 * Download benchmark of the reference client: one large object and many small ones, from s3proxy
 * (S3 routes) and from a JDK HTTP server (access_url routes), each measured against a plain
 * GetObject / GET into a discarding sink in the same run, interleaved round by round; first on
 * bare loopback, then through a {@link ThrottledRelay} that paces the responses to a link rate;
 * last, the reference server's own products over its HTTP endpoint and its embedded S3 store.
 *
 * <p>The client's figure includes everything it does per file: HEAD, streamed GET, MD5, writing
 * to a temporary file, verification, fsync, atomic rename. The S3 baseline uses the same SDK
 * configuration as the client (url-connection client, anonymous, path style, SDK retries off,
 * checksums when required). Arguments: [bigMB] [smallCount] [smallKB] [concurrency] [rounds]
 * [linkMiBps] (0 skips the link phase).
 */
public class DownloadBench {

  public static void main(String[] args) throws Exception {
    int bigMb = arg(args, 0, 200);
    int smallCount = arg(args, 1, 500);
    int smallKb = arg(args, 2, 16);
    int conc = arg(args, 3, 8);
    int rounds = arg(args, 4, 3);
    int linkMb = arg(args, 5, 125);
    Path work = Path.of("reference-client/target/bench-work").toAbsolutePath();
    deleteTree(work);
    Files.createDirectories(work.resolve("s3"));
    Path out = Files.createDirectories(work.resolve("out"));
    Path big = work.resolve("big.bin");
    writeRandom(big, (long) bigMb << 20);
    byte[][] small = new byte[smallCount][];
    Random rnd = new Random(7);
    for (int i = 0; i < smallCount; i++) {
      small[i] = new byte[smallKb * 1024];
      rnd.nextBytes(small[i]);
    }

    /* Servers. */
    S3Proxy proxy = S3Proxy.builder().blobStore(new FilesystemNio2BlobStore(work.resolve("s3").toString()))
        .endpoint(URI.create("http://127.0.0.1:0"))
        // No authentication: s3proxy buffers signed non-chunked uploads in memory, which large
        // benchmark objects should not need; downloads are anonymous either way.
        .awsAuthentication(AuthenticationType.NONE, null, null).build();
    proxy.start();
    while (!"STARTED".equals(proxy.getState())) {
      Thread.sleep(10);
    }
    URI s3 = URI.create("http://127.0.0.1:" + proxy.getPort());
    try (S3Client admin = client(s3, AnonymousCredentialsProvider.create())) {
      admin.createBucket(b -> b.bucket("bench"));
      admin.putObject(p -> p.bucket("bench").key("big/big.bin").acl(ObjectCannedACL.PUBLIC_READ), RequestBody.fromFile(big));
      for (int i = 0; i < smallCount; i++) {
        byte[] b = small[i];
        String key = "small/s" + i + ".bin";
        admin.putObject(p -> p.bucket("bench").key(key).acl(ObjectCannedACL.PUBLIC_READ), RequestBody.fromBytes(b));
      }
    }
    HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    ExecutorService httpThreads = Executors.newFixedThreadPool(16);
    http.setExecutor(httpThreads);
    http.createContext("/", ex -> {
      String p = ex.getRequestURI().getPath();
      boolean head = ex.getRequestMethod().equals("HEAD");
      if (p.equals("/big.bin")) {
        long len = Files.size(big);
        if (head) {
          ex.getResponseHeaders().add("Content-Length", Long.toString(len));
          ex.sendResponseHeaders(200, -1);
        } else {
          ex.sendResponseHeaders(200, len);
          try (InputStream in = Files.newInputStream(big); OutputStream o = ex.getResponseBody()) {
            in.transferTo(o);
          }
        }
      } else if (p.startsWith("/small/s")) {
        byte[] b = small[Integer.parseInt(p.substring(8, p.length() - 4))];
        if (head) {
          ex.getResponseHeaders().add("Content-Length", Integer.toString(b.length));
          ex.sendResponseHeaders(200, -1);
        } else {
          ex.sendResponseHeaders(200, b.length);
          try (OutputStream o = ex.getResponseBody()) {
            o.write(b);
          }
        }
      } else {
        ex.sendResponseHeaders(404, -1);
      }
      ex.close();
    });
    http.start();
    String httpBase = "http://127.0.0.1:" + http.getAddress().getPort();

    Map<String, List<Double>> m = new LinkedHashMap<>();
    long bigBytes = Files.size(big);
    Target loopback = new Target("loopback", s3, httpBase);
    List<Target> targets = new ArrayList<>(List.of(loopback));
    List<ThrottledRelay> relays = new ArrayList<>();
    if (linkMb > 0) {
      ThrottledRelay s3Link = new ThrottledRelay(s3, linkMb);
      ThrottledRelay httpLink = new ThrottledRelay(URI.create(httpBase), linkMb);
      relays.add(s3Link);
      relays.add(httpLink);
      targets.add(new Target("link " + linkMb + " MiB/s", s3Link.uri(s3),
          httpLink.uri(URI.create(httpBase)).toString()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(conc);
    try {
      for (Target target : targets) {
        new Phase(target, m, pool, conc, out, bigBytes, smallCount).run(rounds);
      }
      ReferenceServerPhase.run(m, pool, conc, out, rounds);
    } finally {
      pool.shutdownNow();
      for (ThrottledRelay r : relays) {
        r.close();
      }
      http.stop(0);
      httpThreads.shutdownNow();
      proxy.stop();
    }

    System.out.printf("big object %d MiB, %d small objects of %d KiB, concurrency %d, %d rounds,"
        + " link %s (median; all)%n", bigMb, smallCount, smallKb, conc, rounds,
        linkMb > 0 ? linkMb + " MiB/s" : "not measured");
    m.forEach((k, v) -> System.out.printf("  %-52s %9.1f   %s%n", k, median(v), v));
    for (Target target : targets) {
      String t = target.name();
      ratio(m, t + " big S3: client download MB/s", t + " big S3: plain GetObject MB/s");
      ratio(m, t + " big S3: client, MD5 off MB/s", t + " big S3: plain GetObject MB/s");
      ratio(m, t + " big HTTP: client download MB/s", t + " big HTTP: plain GET MB/s");
      ratio(m, t + " small S3: client downloadAll files/s", t + " small S3: plain GetObject files/s");
      ratio(m, t + " small HTTP: client downloadAll files/s", t + " small HTTP: plain GET files/s");
    }
    ratio(m, ReferenceServerPhase.HTTP_CLIENT, ReferenceServerPhase.HTTP_PLAIN);
    ratio(m, ReferenceServerPhase.S3_CLIENT, ReferenceServerPhase.S3_PLAIN);
    deleteTree(work);
    System.exit(0);
  }

  /** Where one set of measurements fetches from: the servers directly, or through a link. */
  record Target(String name, URI s3, String httpBase) {}

  /** One set of measurements against one target, round by round, plain and client interleaved. */
  private record Phase(Target target, Map<String, List<Double>> m, ExecutorService pool, int conc,
      Path out, long bigBytes, int smallCount) {

    void run(int rounds) throws Exception {
      String t = target.name() + " ";
      String bigS3 = "{\"aws\": {\"bucket_name\": \"bench\", \"key\": \"big/big.bin\", \"access\": \"open\"}}";
      String httpBase = target.httpBase();
      List<ProductRecord> smallS3 = new ArrayList<>();
      List<ProductRecord> smallHttp = new ArrayList<>();
      for (int i = 0; i < smallCount; i++) {
        smallS3.add(ProductRecord.of(i, "{\"aws\": {\"bucket_name\": \"bench\", \"key\": \"small/s" + i + ".bin\", \"access\": \"open\"}}", null));
        smallHttp.add(ProductRecord.of(i, null, httpBase + "/small/s" + i + ".bin"));
      }
      DownloadOptions opts = DownloadOptions.builder().provider(ProviderChoice.AWS)
          .s3Endpoint(target.s3(), true).overwrite(true).concurrency(conc).build();
      DownloadOptions noMd5 = opts.toBuilder().verifyChecksums(false).build();
      HttpClient jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      try (S3Client plain = client(target.s3(), AnonymousCredentialsProvider.create());
          CloudAccessClient cl = new CloudAccessClient(opts);
          CloudAccessClient clNoMd5 = new CloudAccessClient(noMd5)) {
        /* Warm-up: JIT, connection pools. */
        plainS3(plain, "bench", "small/s0.bin");
        cl.download(smallS3.get(0), out);
        for (int r = 0; r <= rounds; r++) {
          boolean record = r > 0;
          long time;
          time = System.nanoTime();
          long n = plainS3(plain, "bench", "big/big.bin");
          add(m, record, t + "big S3: plain GetObject MB/s", mbps(n, time));
          time = System.nanoTime();
          DownloadResult res = cl.download(ProductRecord.of(0, bigS3, null), out);
          check(res);
          add(m, record, t + "big S3: client download MB/s", mbps(res.bytes(), time));
          time = System.nanoTime();
          res = clNoMd5.download(ProductRecord.of(0, bigS3, null), out);
          check(res);
          add(m, record, t + "big S3: client, MD5 off MB/s", mbps(res.bytes(), time));
          time = System.nanoTime();
          n = plainGet(jdk, URI.create(httpBase + "/big.bin"));
          add(m, record, t + "big HTTP: plain GET MB/s", mbps(n, time));
          time = System.nanoTime();
          res = cl.download(ProductRecord.of(0, null, httpBase + "/big.bin"), out);
          check(res);
          add(m, record, t + "big HTTP: client download MB/s", mbps(res.bytes(), time));
          if (n != bigBytes) {
            throw new IllegalStateException("short baseline read");
          }

          time = System.nanoTime();
          List<Callable<Long>> gets = new ArrayList<>();
          for (int i = 0; i < smallCount; i++) {
            String key = "small/s" + i + ".bin";
            gets.add(() -> plainS3(plain, "bench", key));
          }
          all(pool, gets);
          add(m, record, t + "small S3: plain GetObject files/s", rate(smallCount, time));
          time = System.nanoTime();
          cl.downloadAll(smallS3, out).forEach(DownloadBench::check);
          add(m, record, t + "small S3: client downloadAll files/s", rate(smallCount, time));
          time = System.nanoTime();
          List<Callable<Long>> hs = new ArrayList<>();
          for (int i = 0; i < smallCount; i++) {
            URI u = URI.create(httpBase + "/small/s" + i + ".bin");
            hs.add(() -> plainGet(jdk, u));
          }
          all(pool, hs);
          add(m, record, t + "small HTTP: plain GET files/s", rate(smallCount, time));
          time = System.nanoTime();
          cl.downloadAll(smallHttp, out).forEach(DownloadBench::check);
          add(m, record, t + "small HTTP: client downloadAll files/s", rate(smallCount, time));
        }
      }
    }
  }

  static S3Client client(URI endpoint, software.amazon.awssdk.auth.credentials.AwsCredentialsProvider creds) {
    return S3Client.builder().region(Region.US_EAST_1).endpointOverride(endpoint).forcePathStyle(true)
        .credentialsProvider(creds).httpClient(UrlConnectionHttpClient.create())
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()).apiCallTimeout(Duration.ofMinutes(5)))
        .build();
  }

  /** A plain GetObject into a discarding sink: the S3 baseline. */
  static long plainS3(S3Client c, String bucket, String key) throws Exception {
    try (InputStream in = c.getObject(g -> g.bucket(bucket).key(key))) {
      byte[] buf = new byte[256 * 1024];
      long n = 0;
      for (int r; (r = in.read(buf)) >= 0; ) {
        n += r;
      }
      return n;
    }
  }

  /** A plain GET into a discarding sink: the HTTP baseline. */
  static long plainGet(HttpClient jdk, URI u) throws Exception {
    return jdk.send(HttpRequest.newBuilder(u).build(), HttpResponse.BodyHandlers.ofInputStream())
        .body().transferTo(OutputStream.nullOutputStream());
  }

  /** Runs the fetches on the pool and waits for all of them; the first failure is thrown. */
  static void all(ExecutorService pool, List<Callable<Long>> fetches) throws Exception {
    for (Future<Long> f : pool.invokeAll(fetches)) {
      f.get();
    }
  }

  static void check(DownloadResult r) {
    if (r.status() != DownloadStatus.DOWNLOADED) {
      throw new IllegalStateException("download failed: " + r.attempts());
    }
  }

  static void add(Map<String, List<Double>> m, boolean record, String k, double v) {
    if (record) {
      m.computeIfAbsent(k, x -> new ArrayList<>()).add(Math.round(v * 10) / 10.0);
    }
  }

  static double mbps(long bytes, long t0) {
    return bytes / 1048576.0 / ((System.nanoTime() - t0) / 1e9);
  }

  static double rate(int files, long t0) {
    return files / ((System.nanoTime() - t0) / 1e9);
  }

  private static double median(List<Double> v) {
    double[] a = v.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(a);
    return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
  }

  private static void ratio(Map<String, List<Double>> m, String client, String plain) {
    System.out.printf("  ratio %-34s %5.1f %%%n", client.substring(0, client.lastIndexOf(' ')),
        100 * median(m.get(client)) / median(m.get(plain)));
  }

  private static int arg(String[] a, int i, int d) {
    return a.length > i ? Integer.parseInt(a[i]) : d;
  }

  private static void writeRandom(Path p, long size) throws Exception {
    byte[] buf = new byte[1 << 20];
    Random r = new Random(1);
    try (OutputStream o = Files.newOutputStream(p)) {
      for (long w = 0; w < size; w += buf.length) {
        r.nextBytes(buf);
        o.write(buf, 0, (int) Math.min(buf.length, size - w));
      }
    }
  }

  private static void deleteTree(Path p) throws Exception {
    if (Files.exists(p)) {
      try (var s = Files.walk(p)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
      }
    }
  }
}
