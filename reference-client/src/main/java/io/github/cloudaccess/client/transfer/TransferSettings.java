package io.github.cloudaccess.client.transfer;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits shared by every transfer.
 *
 * @param connectTimeout time to establish a connection
 * @param responseTimeout time from request to response headers
 * @param idleTimeout longest pause between body bytes before the transfer counts as stalled
 * @param retry retries for 429/503
 * @param maxBytes the body cap in bytes
 * @param trustHttpEtagMd5 treat a quoted 32-hex-digit ETag from a plain HTTP server as an MD5
 */
public record TransferSettings(
    Duration connectTimeout,
    Duration responseTimeout,
    Duration idleTimeout,
    RetryPolicy retry,
    long maxBytes,
    boolean trustHttpEtagMd5) {

  public TransferSettings {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(responseTimeout, "responseTimeout");
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    Objects.requireNonNull(retry, "retry");
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be > 0");
    }
  }
}
