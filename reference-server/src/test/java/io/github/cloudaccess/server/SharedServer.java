package io.github.cloudaccess.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One reference server for the whole test JVM (s3proxy's first start costs seconds and its stop
 * about two), plus an HTTP/1.1 client with bounded timeouts for talking to it.
 */
final class SharedServer {

  private static RunningServer server;

  static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  private SharedServer() {}

  /** @return the server, started on first use and stopped when the JVM exits */
  static synchronized RunningServer get() {
    if (server == null) {
      try {
        server = ReferenceServer.start(ServerConfig.defaults());
      } catch (Exception e) {
        throw new IllegalStateException("reference server did not start", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (Exception ignored) {
          // JVM is exiting.
        }
      }));
    }
    return server;
  }

  /** GETs a path + query relative to the base URI; the query must already be encoded. */
  static HttpResponse<String> get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(URI.create(get().baseUri() + pathAndQuery)).GET());
  }

  /** Sends a request with a 20-second bound and returns the body as UTF-8 text. */
  static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Percent-encodes a query value. */
  static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
