package io.github.cloudaccess.server;

import com.sun.net.httpserver.HttpServer;
import io.github.cloudaccess.corpus.Corpus;
import io.github.cloudaccess.server.catalogue.Catalogue;
import io.github.cloudaccess.server.catalogue.CatalogueBuilder;
import io.github.cloudaccess.server.cloud.ResponseOptions;
import io.github.cloudaccess.server.http.Router;
import io.github.cloudaccess.server.http.ServerContext;
import io.github.cloudaccess.server.response.Links;
import io.github.cloudaccess.server.s3.EmbeddedS3;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Starts the reference SIA 1.0 / SIA 2.0 / DataLink service and its embedded S3 store.
 *
 * <pre>{@code
 * try (RunningServer s = ReferenceServer.start(ServerConfig.defaults())) {
 *   URI sia2 = s.sia2Uri();          // http://127.0.0.1:<port>/sia2/query
 *   URI s3 = s.s3Endpoint();         // http://127.0.0.1:<port>, path-style
 * }
 * }</pre>
 *
 * <p>The JDK HTTP server gets a fixed pool of workers (its default executor serves one exchange
 * at a time) and TCP_NODELAY (without it every keep-alive response waits ~40 ms for the delayed
 * ACK). Both are JDK system properties read once, so they are set here before the first server
 * is created, unless the caller already set them.
 */
public final class ReferenceServer {

  private ReferenceServer() {}

  /**
   * @param config what to start
   * @return the running server
   * @throws Exception when the corpus is missing or a port cannot be bound
   */
  public static RunningServer start(ServerConfig config) throws Exception {
    long t0 = System.nanoTime();
    tuneJdkHttpServer();
    CompletableFuture<long[]> s3Timing = new CompletableFuture<>();
    CompletableFuture<EmbeddedS3> s3Future = CompletableFuture.supplyAsync(() -> {
      long s = System.nanoTime();
      try {
        EmbeddedS3 started = EmbeddedS3.start();
        s3Timing.complete(new long[] {millisSince(s)});
        return started;
      } catch (Exception e) {
        throw new IllegalStateException("embedded S3 store did not start", e);
      }
    });
    long c0 = System.nanoTime();
    Corpus corpus = config.corpusDir() == null ? Corpus.locate() : new Corpus(config.corpusDir());
    Catalogue catalogue = CatalogueBuilder.build(corpus.objects());
    long catalogueMs = millisSince(c0);

    EmbeddedS3 s3 = s3Future.join();
    long l0 = System.nanoTime();
    s3.load(catalogue);
    long loadMs = millisSince(l0);

    CompletableFuture<Void> variants = new CompletableFuture<>();
    daemons("ref-s3-variants-").newThread(() -> {
      try {
        s3.loadVariants(catalogue);
        variants.complete(null);
      } catch (RuntimeException e) {
        variants.completeExceptionally(e);
      }
    }).start();

    long h0 = System.nanoTime();
    HttpServer http = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 128);
    ExecutorService workers = Executors.newFixedThreadPool(config.threads(), daemons("ref-http-"));
    http.setExecutor(workers);
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    Links links = new Links("http://" + host + ":" + http.getAddress().getPort());
    ServerContext ctx = new ServerContext(catalogue, links,
        ResponseOptions.of(config.encoding(), config.form(), config.placement(), config.defect()),
        config.maxRec(), config.maxRecLimit(), Instant.now(), variants);
    http.createContext("/", new Router(ctx));
    http.start();
    long httpMs = millisSince(h0);
    StartupTimes times = new StartupTimes(catalogueMs, s3Timing.join()[0], loadMs, httpMs,
        millisSince(t0));
    return new RunningServer(config, http, workers, s3, catalogue, links, times, variants);
  }

  /**
   * Sets the JDK HTTP server properties this service needs, keeping any value already given on
   * the command line: TCP_NODELAY, and time limits so that a client that stops sending a request
   * (30 s) or stops reading a response (120 s) cannot hold a worker for ever.
   */
  static void tuneJdkHttpServer() {
    setIfAbsent("sun.net.httpserver.nodelay", "true");
    setIfAbsent("sun.net.httpserver.maxReqTime", "30");
    setIfAbsent("sun.net.httpserver.maxRspTime", "120");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static ThreadFactory daemons(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
