package io.github.cloudaccess.validator.http;

/**
 * Every way a fetch can fail, each distinguishable so that reports and replays stay exact.
 *
 * <p>{@link #validatorSide()} separates what says nothing about the service (the validator's own
 * limits and faults) from what the service did.
 */
public enum FailureKind {
  /** The host name did not resolve. */
  DNS(false),
  /** The TCP connection was refused or could not be made. */
  CONNECT_REFUSED(false),
  /** The TCP connection was not established within the connect timeout. */
  CONNECT_TIMEOUT(false),
  /** The TLS handshake failed (certificate invalid, expired, wrong host, protocol). */
  TLS(false),
  /** The peer reset the connection before a response head arrived. */
  CONNECTION_RESET(false),
  /** The peer closed the connection without sending a single byte. */
  EMPTY_RESPONSE(false),
  /** The response was not HTTP: bad status line, bad headers, or bad chunk framing. */
  PROTOCOL(false),
  /** No byte arrived for the idle timeout (before or after the response head). */
  IDLE_TIMEOUT(false),
  /** The whole request, redirects and retries included, exceeded its timeout. */
  TOTAL_TIMEOUT(false),
  /** The body ended early: shorter than Content-Length, or the connection dropped mid-body. */
  TRUNCATED(false),
  /** The body, as sent or as declared by Content-Length, is larger than the byte cap. */
  BODY_TOO_LARGE(true),
  /** The decompressed body is larger than the cap on decoded bytes (decompression bomb). */
  DECODED_TOO_LARGE(true),
  /** The body could not be decoded according to its Content-Encoding (corrupt gzip/deflate). */
  DECODING_FAILED(false),
  /** A redirect led back to a URL already requested in this chain. */
  REDIRECT_LOOP(false),
  /** More redirects than the limit. */
  TOO_MANY_REDIRECTS(false),
  /** A redirect pointed to a scheme other than http or https ({@code file:}, {@code jar:}, ...). */
  REDIRECT_SCHEME(false),
  /** A redirect had no Location, or one that is not a usable URL. */
  REDIRECT_INVALID(false),
  /** Replay mode: no recorded exchange matches the request. */
  REPLAY_MISS(true),
  /** A local file operation failed (temporary file, recording directory). */
  LOCAL_IO(true),
  /** The validator's thread was interrupted. */
  INTERRUPTED(true);

  private final boolean validatorSide;

  FailureKind(boolean validatorSide) {
    this.validatorSide = validatorSide;
  }

  /** @return true when the failure says nothing about the service (an F finding, not an E) */
  public boolean validatorSide() {
    return validatorSide;
  }
}
