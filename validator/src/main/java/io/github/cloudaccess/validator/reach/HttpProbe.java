package io.github.cloudaccess.validator.reach;

import io.github.cloudaccess.validator.http.Failure;
import io.github.cloudaccess.validator.http.FailureKind;
import io.github.cloudaccess.validator.http.FetchResult;
import io.github.cloudaccess.validator.http.HttpFetcher;
import io.github.cloudaccess.validator.http.Request;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.file.Files;

/**
 * Fetches the first bytes of a plain-HTTP object (Google, Azure, the on-prem copy) with one ranged
 * GET through the validator's hardened fetcher, under the per-host limit, retried when throttled.
 *
 * <p>Rationale for a ranged GET instead of HEAD: the fetcher speaks GET and POST only, and one
 * {@code GET Range: bytes=0-N} answers everything a HEAD does (status, Content-Range's complete
 * length, ETag, Content-Type) plus the bytes to compare, in a single request.
 */
final class HttpProbe {

  /** How much of an error body is kept (S3-style XML errors are short). */
  private static final int ERROR_BYTES = 2048;

  private final HttpFetcher fetcher;
  private final HostLimiter limiter;
  private final Retrier retrier;
  private final RequestStats stats;

  HttpProbe(HttpFetcher fetcher, HostLimiter limiter, Retrier retrier, RequestStats stats) {
    this.fetcher = fetcher;
    this.limiter = limiter;
    this.retrier = retrier;
    this.stats = stats;
  }

  /**
   * What one ranged GET returned.
   *
   * @param status the final status, 0 when none
   * @param headers the final headers
   * @param head up to the requested number of bytes of the body (decoded; more of an error
   *     body), or {@code null}
   * @param encoded the body had a Content-Encoding (so its bytes are not the file's)
   * @param failure why there is no body, or {@code null}
   */
  record Fetched(int status, HttpHeaders headers, byte[] head, boolean encoded, Failure failure) {

    /** @return true when the server asks to slow down */
    boolean throttled() {
      return status == 429 || status == 503;
    }

    /** @return a short description: the status or the failure */
    String describe() {
      return failure != null ? failure.kind() + ": " + OneLineText.clip(failure.detail())
          : "HTTP " + status;
    }
  }

  /**
   * @param uri an absolute http(s) URL
   * @param n bytes wanted from the start (1 to {@link Ranges#BLOCK})
   * @return the outcome; never throws
   */
  Fetched first(URI uri, int n) {
    String host = uri.getHost() + ":" + uri.getPort();
    Request request = Request.get(uri).withHeader("Range", "bytes=0-" + (n - 1));
    return retrier.run(() -> limiter.call(host, () -> once(request, n),
        () -> new Fetched(0, null, null, false,
            Failure.of(FailureKind.INTERRUPTED, "interrupted while waiting for a permit"))),
        Fetched::throttled);
  }

  private Fetched once(Request request, int n) {
    long start = System.nanoTime();
    try (FetchResult r = fetcher.fetch(request)) {
      stats.count(RequestStats.Kind.HTTP, r.hops().size());
      byte[] head = null;
      if (r.ok() && r.body() != null) {
        try (InputStream in = Files.newInputStream(r.body())) {
          // An error body is read further: its error code tells a missing bucket from a key.
          head = in.readNBytes(r.status() >= 400 ? Math.max(n, ERROR_BYTES) : n);
        } catch (IOException e) {
          return new Fetched(r.status(), r.headers(), null, false,
              Failure.of(FailureKind.LOCAL_IO, "cannot read the spooled body"));
        }
      }
      return new Fetched(r.status(), r.headers(), head, !r.encodings().isEmpty(), r.failure());
    } finally {
      stats.latency(System.nanoTime() - start);
    }
  }

  /**
   * @param f an answer
   * @return the complete length: Content-Range's total, else a 200's Content-Length, else -1
   */
  static long size(Fetched f) {
    if (f.headers() == null) {
      return -1;
    }
    long total = Ranges.total(f.headers().firstValue("content-range").orElse(null));
    if (total >= 0 || f.status() != 200) {
      return total;
    }
    return f.headers().firstValueAsLong("content-length").orElse(-1);
  }

  /**
   * @param f an answer
   * @param name a header name
   * @return its first value, or {@code null}
   */
  static String header(Fetched f, String name) {
    return f.headers() == null ? null : f.headers().firstValue(name).orElse(null);
  }
}
