package io.github.cloudaccess.validator.http;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Performs single exchanges: one request, one response, no redirects and no retries (those are
 * {@link HttpFetcher}'s, so live and replayed runs take the same decisions).
 *
 * <p>Implementations never throw for anything the server does: every outcome is an
 * {@link Exchange}, possibly carrying a {@link Failure}.
 */
public interface Transport extends AutoCloseable {

  /**
   * Sends one request and spools the raw response body.
   *
   * @param request what to send
   * @param budget time left for the whole logical request; the exchange ends by then
   * @return the exchange; the caller owns (and deletes) its body file
   */
  Exchange exchange(WireRequest request, Duration budget);

  /**
   * Waits before a retry: really for a live transport, not at all for a replay.
   *
   * @param wait how long
   * @throws InterruptedException when interrupted while waiting
   */
  void pause(Duration wait) throws InterruptedException;

  /**
   * @return true when exchanges really go over the network (false for a replay, which resolves
   *     no name and opens no connection)
   */
  default boolean networked() {
    return true;
  }

  /** Releases threads and files; the default does nothing. */
  @Override
  default void close() {}

  /**
   * @param options limits and temp directory
   * @return a transport on the network (loopback included)
   */
  static Transport live(FetchOptions options) {
    return new LiveTransport(options);
  }

  /**
   * @param delegate the transport to record (normally a live one)
   * @param dir the recording directory, created when missing; must not hold a recording already
   * @return a transport that writes every exchange of {@code delegate} to {@code dir}
   * @throws IOException when the directory cannot be prepared
   */
  static Transport recording(Transport delegate, Path dir) throws IOException {
    return new RecordingTransport(delegate, dir);
  }

  /**
   * @param dir a directory written by {@link #recording}
   * @param options caps and temp directory (timeouts are not re-applied: recorded failures are)
   * @return a transport that serves the recorded exchanges without network
   * @throws IOException when the recording cannot be read
   */
  static Transport replay(Path dir, FetchOptions options) throws IOException {
    return new ReplayTransport(dir, options);
  }
}
