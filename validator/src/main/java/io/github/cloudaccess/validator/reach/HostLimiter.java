package io.github.cloudaccess.validator.reach;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Caps the requests in flight per host, so that a run with high concurrency does not hammer one
 * small on-prem server; permits are held around single requests only, never nested, so two hosts
 * can never wait on each other.
 */
final class HostLimiter {

  private final int perHost;
  private final ConcurrentHashMap<String, Semaphore> hosts = new ConcurrentHashMap<>();

  /** @param perHost requests in flight per host at most */
  HostLimiter(int perHost) {
    this.perHost = perHost;
  }

  /**
   * Runs one request under the host's limit.
   *
   * @param host host (and port) name
   * @param request the request; must not throw
   * @param interrupted the outcome to return when the wait for a permit is interrupted
   * @param <T> the outcome type
   * @return the request's outcome
   */
  <T> T call(String host, Supplier<T> request, Supplier<T> interrupted) {
    Semaphore s = hosts.computeIfAbsent(host, h -> new Semaphore(perHost));
    try {
      s.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return interrupted.get();
    }
    try {
      return request.get();
    } finally {
      s.release();
    }
  }
}
