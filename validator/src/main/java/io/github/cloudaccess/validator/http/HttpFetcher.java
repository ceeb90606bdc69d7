package io.github.cloudaccess.validator.http;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Fetches one logical request over a {@link Transport}: follows redirects, retries after
 * 429/503 with Retry-After, decodes gzip/deflate, parses the Content-Type, and returns a typed
 * {@link FetchResult}. Never throws for anything a server does.
 *
 * <p>All time accounting uses the exchanges' own durations (recorded ones in replay) plus the
 * waits, never the wall clock, so a replay takes exactly the decisions the recorded run took.
 */
public final class HttpFetcher implements AutoCloseable {

  private final Transport transport;
  private final FetchOptions options;

  /**
   * @param transport live, recording or replay
   * @param options limits
   */
  public HttpFetcher(Transport transport, FetchOptions options) {
    this.transport = transport;
    this.options = options;
  }

  /**
   * Fetches; the caller closes the result to delete its body file.
   *
   * @param request what to fetch
   * @return the outcome
   */
  public FetchResult fetch(Request request) {
    WireRequest current = firstRequest(request);
    List<Hop> hops = new ArrayList<>();
    Set<String> visited = new HashSet<>();
    visited.add(RedirectPolicy.key(current));
    Duration elapsed = Duration.ZERO;
    Duration waited = Duration.ZERO;
    int redirects = 0;
    int retries = 0;
    while (true) {
      Duration budget = options.totalTimeout().minus(elapsed);
      if (budget.isNegative() || budget.isZero()) {
        return failed(request, hops, null, elapsed, waited, Failure.of(FailureKind.TOTAL_TIMEOUT,
            "no complete response within " + options.totalTimeout().toMillis() + " ms"));
      }
      Exchange ex = transport.exchange(current, budget);
      elapsed = elapsed.plus(ex.totalTime());
      if (ex.failed()) {
        hops.add(hop(ex, Hop.Next.FINAL, null));
        return failed(request, hops, ex, elapsed, waited, ex.failure());
      }

      /* Redirect: follow or refuse, per RedirectPolicy. */
      if (RedirectPolicy.STATUSES.contains(ex.status())) {
        ex.deleteBody();
        RedirectPolicy.Decision d = RedirectPolicy.decide(current, ex.status(),
            ex.headers().firstValue("location").orElse(null), visited, redirects,
            options.maxRedirects());
        hops.add(hop(ex, Hop.Next.REDIRECT, d.target()));
        if (d.failure() != null) {
          return failed(request, hops, ex, elapsed, waited, d.failure());
        }
        current = d.next();
        visited.add(RedirectPolicy.key(current));
        redirects++;
        continue;
      }

      /* Retry: only 429/503 with Retry-After, within the count and the waiting budget. */
      Optional<Duration> wait = retryWait(ex, retries, waited, elapsed);
      if (wait.isPresent()) {
        ex.deleteBody();
        hops.add(hop(ex, Hop.Next.RETRY, null));
        try {
          transport.pause(wait.get());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return failed(request, hops, ex, elapsed, waited,
              Failure.of(FailureKind.INTERRUPTED, "interrupted while waiting to retry"));
        }
        elapsed = elapsed.plus(wait.get());
        waited = waited.plus(wait.get());
        retries++;
        continue;
      }
      hops.add(hop(ex, Hop.Next.FINAL, null));
      return complete(request, hops, ex, elapsed, waited);
    }
  }

  private Optional<Duration> retryWait(Exchange ex, int retries, Duration waited,
      Duration elapsed) {
    if (ex.status() != 429 && ex.status() != 503 || retries >= options.maxRetries()) {
      return Optional.empty();
    }
    return RetryAfter.of(ex.headers(), ex.receivedAt())
        .map(asked -> asked.compareTo(options.maxRetryAfter()) > 0 ? options.maxRetryAfter() : asked)
        .filter(w -> waited.plus(w).compareTo(options.maxRetryWait()) <= 0)
        .filter(w -> elapsed.plus(w).compareTo(options.totalTimeout()) < 0);
  }

  private FetchResult complete(Request request, List<Hop> hops, Exchange ex, Duration elapsed,
      Duration waited) {
    ContentTypeHeader type = ContentTypeHeader.of(ex.headers());
    MediaType media = type instanceof ContentTypeHeader.Valid v ? v.mediaType() : null;
    BodyDecoder.Decoded d = BodyDecoder.decode(ex.body(), ex.bodyBytes(), ex.headers(), media,
        options.maxDecodedBytes(), options.spoolDir());
    return new FetchResult(request, hops, ex.status(), ex.headers(), type, d.encodings(),
        d.body(), d.bytes(), ex.bodyBytes(), d.observations(),
        new Timings(ex.headersTime(), elapsed, waited), d.failure());
  }

  private static FetchResult failed(Request request, List<Hop> hops, Exchange ex,
      Duration elapsed, Duration waited, Failure failure) {
    HttpHeaders headers = ex == null ? Exchange.NO_HEADERS : ex.headers();
    return new FetchResult(request, hops, ex == null ? 0 : ex.status(), headers,
        ContentTypeHeader.of(headers), BodyDecoder.codings(headers), null, 0,
        ex == null ? 0 : ex.bodyBytes(), Set.of(),
        new Timings(ex == null ? null : ex.headersTime(), elapsed, waited), failure);
  }

  private static Hop hop(Exchange ex, Hop.Next next, java.net.URI location) {
    WireRequest r = ex.request();
    return new Hop(r.method(), r.uri(), ex.status(), ex.totalTime(), next, location);
  }

  /** The validator's own headers first, then the caller's. */
  private WireRequest firstRequest(Request request) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("User-Agent", options.userAgent());
    headers.put("Accept-Encoding", "gzip, deflate");
    if (request.method() == Method.POST) {
      headers.put("Content-Type", "application/x-www-form-urlencoded");
    }
    headers.putAll(request.headers()); // Request refuses names that would clash with these
    return new WireRequest(request.method(), request.uri(), headers, request.form());
  }

  /** Closes the transport. */
  @Override
  public void close() {
    transport.close();
  }
}
