package io.github.cloudaccess.client.transfer;

import io.github.cloudaccess.client.plan.AccessUrls;
import io.github.cloudaccess.client.plan.Redaction;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * HEAD and streamed GET over {@link HttpClient} with the client's safety rules: HTTP/1.1, at most
 * {@value #MAX_REDIRECTS} redirects followed by hand and only to http/https (never from https to
 * http), bounded retries for 429/503, a response timeout, a stall (idle) timeout on the body, and
 * a body cap.
 */
public final class SafeHttp {

  /** The most redirects followed for one request. */
  public static final int MAX_REDIRECTS = 5;
  private static final String USER_AGENT = "cloud-access-reference-client/0.1";
  private static final long POLL_MILLIS = 100;

  private final HttpClient client;
  private final TransferSettings settings;

  /** @param settings timeouts, retries and cap */
  public SafeHttp(TransferSettings settings) {
    this(settings, null);
  }

  /**
   * @param settings timeouts, retries and cap
   * @param tls the TLS context (trusted CAs), null for the JDK default
   */
  public SafeHttp(TransferSettings settings, javax.net.ssl.SSLContext tls) {
    this.settings = settings;
    HttpClient.Builder b = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(settings.connectTimeout());
    if (tls != null) {
      b.sslContext(tls);
    }
    this.client = b.build();
  }

  /** What a successful GET delivered. @param facts size/MD5 from the headers @param bytes body bytes */
  public record Fetched(ObjectFacts facts, long bytes) {}

  /**
   * @param uri an http(s) URL
   * @return what the headers say; {@link ObjectFacts#UNKNOWN} when the server does not do HEAD
   *     (405, 501)
   * @throws TransferException on any other non-200 outcome
   */
  public ObjectFacts head(URI uri) throws TransferException {
    Exchange ex = follow(uri, "HEAD", null);
    if (ex.status == 405 || ex.status == 501) {
      return ObjectFacts.UNKNOWN;
    }
    if (ex.status != 200) {
      throw new TransferException(AttemptOutcome.forStatus(ex.status), "HEAD answered " + ex.status);
    }
    return facts(ex.headers);
  }

  /**
   * @param uri an http(s) URL
   * @param sink receives the body of the final 200 response
   * @return the final response's facts and the number of body bytes
   * @throws TransferException on any failure
   */
  public Fetched get(URI uri, ChunkSink sink) throws TransferException {
    Exchange ex = follow(uri, "GET", sink);
    if (ex.status != 200) {
      throw new TransferException(AttemptOutcome.forStatus(ex.status), "GET answered " + ex.status);
    }
    return new Fetched(facts(ex.headers), ex.bytes);
  }

  private record Exchange(int status, HttpHeaders headers, long bytes) {}

  private Exchange follow(URI start, String method, ChunkSink sink) throws TransferException {
    if (!AccessUrls.isHttp(start)) {
      throw new TransferException(AttemptOutcome.INVALID_REQUEST, "not an http(s) URL");
    }
    URI uri = start;
    for (int hop = 0; ; hop++) {
      Exchange ex = withRetries(uri, method, sink);
      if (!isRedirect(ex.status)) {
        return ex;
      }
      if (hop >= MAX_REDIRECTS) {
        throw new TransferException(AttemptOutcome.REDIRECT_REFUSED, "more than " + MAX_REDIRECTS + " redirects");
      }
      uri = next(uri, ex.headers);
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static URI next(URI from, HttpHeaders headers) throws TransferException {
    String loc = headers.firstValue("Location")
        .orElseThrow(() -> new TransferException(AttemptOutcome.HTTP_ERROR, "redirect without Location"));
    URI to;
    try {
      to = from.resolve(new URI(loc.strip()));
    } catch (Exception e) {
      throw new TransferException(AttemptOutcome.REDIRECT_REFUSED, "malformed redirect target");
    }
    if (!AccessUrls.isHttp(to)) {
      String scheme = to.getScheme() == null ? "none" : to.getScheme().toLowerCase(Locale.ROOT);
      throw new TransferException(AttemptOutcome.REDIRECT_REFUSED, "redirect to scheme " + scheme);
    }
    if (from.getScheme().equalsIgnoreCase("https") && to.getScheme().equalsIgnoreCase("http")) {
      throw new TransferException(AttemptOutcome.REDIRECT_REFUSED, "redirect from https to http");
    }
    return to;
  }

  private Exchange withRetries(URI uri, String method, ChunkSink sink) throws TransferException {
    for (int attempt = 0; ; attempt++) {
      Exchange ex = send(uri, method, sink);
      if (ex.status != 429 && ex.status != 503) {
        return ex;
      }
      Optional<Duration> wait = settings.retry().delay(attempt, ex.headers.firstValue("Retry-After"),
          ZonedDateTime.now());
      if (wait.isEmpty()) {
        return ex;
      }
      sleep(wait.get());
    }
  }

  static void sleep(Duration d) throws TransferException {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransferException(AttemptOutcome.INTERRUPTED, "interrupted while waiting to retry");
    }
  }

  private Exchange send(URI uri, String method, ChunkSink sink) throws TransferException {
    HttpRequest req = HttpRequest.newBuilder(uri)
        .timeout(settings.responseTimeout())
        .header("User-Agent", USER_AGENT)
        .method(method, HttpRequest.BodyPublishers.noBody())
        .build();
    Activity activity = new Activity();
    HttpResponse.BodyHandler<Long> handler = info -> {
      activity.headers();
      if (sink == null || info.statusCode() != 200) {
        return HttpResponse.BodySubscribers.replacing(0L);
      }
      long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1L);
      sink.begin(declared);
      return new SinkSubscriber(sink, activity, settings.maxBytes());
    };
    CompletableFuture<HttpResponse<Long>> f = client.sendAsync(req, handler);
    HttpResponse<Long> r = await(f, activity, uri);
    return new Exchange(r.statusCode(), r.headers(), r.body() == null ? 0 : r.body());
  }

  private HttpResponse<Long> await(CompletableFuture<HttpResponse<Long>> f, Activity activity, URI uri)
      throws TransferException {
    while (true) {
      try {
        return f.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException t) {
        if (activity.stalled(settings.responseTimeout(), settings.idleTimeout())) {
          activity.cancel();
          f.cancel(true);
          throw new TransferException(AttemptOutcome.TIMEOUT, "no data for " + settings.idleTimeout().toMillis()
              + " ms from " + Redaction.url(uri));
        }
      } catch (InterruptedException e) {
        activity.cancel();
        f.cancel(true);
        Thread.currentThread().interrupt();
        throw new TransferException(AttemptOutcome.INTERRUPTED, "interrupted");
      } catch (ExecutionException e) {
        throw map(e.getCause(), uri);
      }
    }
  }

  private static TransferException map(Throwable cause, URI uri) {
    String where = " from " + Redaction.url(uri);
    if (cause instanceof SinkSubscriber.TooLarge) {
      return new TransferException(AttemptOutcome.TOO_LARGE, "body exceeds the cap" + where);
    }
    if (cause instanceof HttpTimeoutException) {
      return new TransferException(AttemptOutcome.TIMEOUT, "no response in time" + where);
    }
    if (cause instanceof IOException) {
      return new TransferException(AttemptOutcome.IO_ERROR, cause.getClass().getSimpleName() + where);
    }
    return new TransferException(AttemptOutcome.IO_ERROR, "unexpected " + cause.getClass().getSimpleName() + where);
  }

  private ObjectFacts facts(HttpHeaders h) {
    OptionalLong size = h.firstValueAsLong("Content-Length").isPresent()
        ? OptionalLong.of(h.firstValueAsLong("Content-Length").getAsLong()) : OptionalLong.empty();
    Optional<String> md5 = Md5Headers.fromHttp(h.allValues("Content-MD5"), h.allValues("x-goog-hash"),
        h.firstValue("ETag"), settings.trustHttpEtagMd5());
    return new ObjectFacts(size, md5);
  }
}
