package io.github.cloudaccess.validator.http;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The limits a fetch runs under; every wait and every byte count is bounded.
 *
 * @param connectTimeout time to establish the TCP (and TLS) connection
 * @param idleTimeout longest time without a single byte, before or after the response head
 * @param totalTimeout the whole logical request, redirects, retries and their waits included
 * @param maxBodyBytes cap on body bytes as received (before content decoding)
 * @param maxDecodedBytes cap on body bytes after gzip/deflate decoding
 * @param maxRedirects redirects followed at most (DALI 4.3 services may redirect)
 * @param maxRetries retries at most, only after 429/503 with Retry-After
 * @param maxRetryAfter longest single wait honoured; a longer Retry-After is shortened to it
 * @param maxRetryWait total time spent waiting for retries
 * @param userAgent the User-Agent sent with every request
 * @param tempDir where bodies are spooled, {@code null} for the system temporary directory
 */
public record FetchOptions(
    Duration connectTimeout,
    Duration idleTimeout,
    Duration totalTimeout,
    long maxBodyBytes,
    long maxDecodedBytes,
    int maxRedirects,
    int maxRetries,
    Duration maxRetryAfter,
    Duration maxRetryWait,
    String userAgent,
    Path tempDir) {

  /** One gibibyte, the default cap on body bytes. */
  public static final long GIB = 1L << 30;

  /** Rejects non-positive limits, which would make a fetch unbounded or impossible. */
  public FetchOptions {
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(idleTimeout, "idleTimeout");
    requirePositive(totalTimeout, "totalTimeout");
    if (maxBodyBytes <= 0 || maxDecodedBytes <= 0 || maxRedirects < 0 || maxRetries < 0) {
      throw new IllegalArgumentException("caps must be positive and counts non-negative");
    }
    if (maxRetryAfter.isNegative() || maxRetryWait.isNegative()) {
      throw new IllegalArgumentException("retry waits must not be negative");
    }
  }

  /**
   * @return connect 10 s, idle 60 s, total 300 s, 1 GiB caps, 5 redirects, 3 retries of at most
   *     10 s each and 30 s in all, the validator's User-Agent, the system temporary directory
   */
  public static FetchOptions defaults() {
    return new FetchOptions(Duration.ofSeconds(10), Duration.ofSeconds(60),
        Duration.ofSeconds(300), GIB, GIB, 5, 3, Duration.ofSeconds(10), Duration.ofSeconds(30),
        UserAgent.value(), null);
  }

  /**
   * @param connect connect timeout
   * @param idle idle timeout
   * @param total whole-request timeout ({@code --timeout})
   * @return a copy with these timeouts
   */
  public FetchOptions withTimeouts(Duration connect, Duration idle, Duration total) {
    return new FetchOptions(connect, idle, total, maxBodyBytes, maxDecodedBytes, maxRedirects,
        maxRetries, maxRetryAfter, maxRetryWait, userAgent, tempDir);
  }

  /**
   * @param body cap on bytes received
   * @param decoded cap on bytes after decoding
   * @return a copy with these caps
   */
  public FetchOptions withCaps(long body, long decoded) {
    return new FetchOptions(connectTimeout, idleTimeout, totalTimeout, body, decoded,
        maxRedirects, maxRetries, maxRetryAfter, maxRetryWait, userAgent, tempDir);
  }

  /**
   * @param retries retries at most
   * @param perWait longest single wait
   * @param totalWait longest total wait
   * @return a copy with these retry bounds
   */
  public FetchOptions withRetries(int retries, Duration perWait, Duration totalWait) {
    return new FetchOptions(connectTimeout, idleTimeout, totalTimeout, maxBodyBytes,
        maxDecodedBytes, maxRedirects, retries, perWait, totalWait, userAgent, tempDir);
  }

  /**
   * @param dir directory for spooled bodies
   * @return a copy spooling there
   */
  public FetchOptions withTempDir(Path dir) {
    return new FetchOptions(connectTimeout, idleTimeout, totalTimeout, maxBodyBytes,
        maxDecodedBytes, maxRedirects, maxRetries, maxRetryAfter, maxRetryWait, userAgent, dir);
  }

  /** @return {@link #tempDir}, or the system temporary directory when unset */
  public Path spoolDir() {
    return tempDir != null ? tempDir : Path.of(System.getProperty("java.io.tmpdir"));
  }

  private static void requirePositive(Duration d, String name) {
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }
}
