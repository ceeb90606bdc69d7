package io.github.cloudaccess.server;

import com.sun.net.httpserver.HttpServer;
import io.github.cloudaccess.server.catalogue.Catalogue;
import io.github.cloudaccess.server.catalogue.Product;
import io.github.cloudaccess.server.response.Links;
import io.github.cloudaccess.server.s3.EmbeddedS3;
import io.github.cloudaccess.server.s3.S3Credentials;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A started reference server: its endpoints, its S3 store and its catalogue. Closing it stops
 * the HTTP server, its workers and the store.
 */
public final class RunningServer implements AutoCloseable {

  private final ServerConfig config;
  private final HttpServer http;
  private final ExecutorService workers;
  private final EmbeddedS3 s3;
  private final Catalogue catalogue;
  private final Links links;
  private final StartupTimes startup;
  private final java.util.concurrent.atomic.AtomicBoolean closed =
      new java.util.concurrent.atomic.AtomicBoolean();

  private final java.util.concurrent.CompletableFuture<Void> variants;

  RunningServer(ServerConfig config, HttpServer http, ExecutorService workers, EmbeddedS3 s3,
      Catalogue catalogue, Links links, StartupTimes startup,
      java.util.concurrent.CompletableFuture<Void> variants) {
    this.variants = variants;
    this.config = config;
    this.http = http;
    this.workers = workers;
    this.s3 = s3;
    this.catalogue = catalogue;
    this.links = links;
    this.startup = startup;
  }

  /** @return {@code http://127.0.0.1:<port>} */
  public URI baseUri() {
    return URI.create(links.base());
  }

  /** @return the SIA 1.0 query URL */
  public URI sia1Uri() {
    return URI.create(links.sia1());
  }

  /** @return the SIA 2.0 {query} URL */
  public URI sia2Uri() {
    return URI.create(links.sia2());
  }

  /** @return the DataLink {links} URL */
  public URI datalinkUri() {
    return URI.create(links.datalink());
  }

  /** @return the VOSI capabilities URL (sibling of the SIA 2.0 {query}) */
  public URI capabilitiesUri() {
    return URI.create(links.capabilities());
  }

  /** @return the VOSI availability URL */
  public URI availabilityUri() {
    return URI.create(links.availability());
  }

  /** @return the HTTP URL of a product */
  public URI productUri(Product p) {
    return URI.create(links.product(p));
  }

  /** @return the S3 endpoint, {@code http://127.0.0.1:<port>} (path-style addressing) */
  public URI s3Endpoint() {
    return s3.endpoint();
  }

  /** @return the generated key pair that can read every object */
  public S3Credentials s3Credentials() {
    return s3.credentials();
  }

  /** @return the records served */
  public Catalogue catalogue() {
    return catalogue;
  }

  /** @return the configuration it was started with */
  public ServerConfig config() {
    return config;
  }

  /**
   * @return a future that completes when the S3 variants of the object defects are stored
   *     (they load in the background after start-up)
   */
  public java.util.concurrent.CompletableFuture<Void> defectVariantsStored() {
    return variants;
  }

  /** @return how long start-up took */
  public StartupTimes startupTimes() {
    return startup;
  }

  /** Stops everything; later calls do nothing. */
  @Override
  public void close() throws Exception {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    http.stop(0);
    workers.shutdownNow();
    try {
      // Stopping the store under the background loader would only produce noise.
      variants.get(30, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      // Closing anyway.
    }
    workers.awaitTermination(5, TimeUnit.SECONDS);
    s3.close();
  }
}
