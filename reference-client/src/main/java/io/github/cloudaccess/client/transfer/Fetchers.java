package io.github.cloudaccess.client.transfer;

import io.github.cloudaccess.client.plan.AzureRoute;
import io.github.cloudaccess.client.plan.GoogleRoute;
import io.github.cloudaccess.client.plan.OnPremRoute;
import io.github.cloudaccess.client.plan.Route;
import io.github.cloudaccess.client.plan.S3Route;

/** Sends each kind of route to the transport that fetches it: S3 through the SDK, the rest over HTTP. */
public final class Fetchers implements AutoCloseable {

  private final S3Fetcher s3;
  private final SafeHttp http;
  private final BlobEndpoints endpoints;

  /**
   * @param settings timeouts, retries, cap
   * @param s3Settings S3 addressing and credentials
   * @param endpoints GCS and Azure URL bases
   */
  public Fetchers(TransferSettings settings, S3Settings s3Settings, BlobEndpoints endpoints) {
    this(settings, s3Settings, endpoints, null);
  }

  /**
   * @param settings timeouts, retries, cap
   * @param s3Settings S3 addressing and credentials
   * @param endpoints GCS and Azure URL bases
   * @param tls TLS context of HTTP requests, null for the JDK default
   */
  public Fetchers(TransferSettings settings, S3Settings s3Settings, BlobEndpoints endpoints,
      javax.net.ssl.SSLContext tls) {
    this.s3 = new S3Fetcher(settings, s3Settings);
    this.http = new SafeHttp(settings, tls);
    this.endpoints = endpoints;
  }

  /** @return the HTTP transport (also used to fetch VOTable documents) */
  public SafeHttp http() {
    return http;
  }

  /** @return the S3 transport */
  public S3Fetcher s3() {
    return s3;
  }

  /**
   * The cheap existence check.
   *
   * @param route the route
   * @return what the store says about the object
   * @throws TransferException when it is not reachable
   */
  public ObjectFacts head(Route route) throws TransferException {
    if (route instanceof S3Route r) {
      return s3.head(r);
    }
    return http.head(url(route));
  }

  /**
   * @param route the route
   * @param sink receives the body
   * @return the response facts and byte count
   * @throws TransferException on failure
   */
  public SafeHttp.Fetched get(Route route, ChunkSink sink) throws TransferException {
    if (route instanceof S3Route r) {
      return s3.get(r, sink);
    }
    return http.get(url(route), sink);
  }

  private java.net.URI url(Route route) {
    if (route instanceof GoogleRoute g) {
      return endpoints.google(g);
    } else if (route instanceof AzureRoute a) {
      return endpoints.azure(a);
    }
    return ((OnPremRoute) route).url();
  }

  @Override
  public void close() {
    s3.close();
  }
}
