package io.github.cloudaccess.validator.http;

import java.net.URI;
import java.time.Duration;

/**
 * One exchange of a fetch, in order: the first request, each redirect followed, each retry.
 *
 * @param method the method sent
 * @param uri the URL requested
 * @param status the status received, 0 when the exchange failed before a response head
 * @param time how long the exchange took
 * @param next what the fetcher did after it
 * @param location for a {@link Next#REDIRECT}, the resolved target (also when refused), else
 *     {@code null}
 */
public record Hop(Method method, URI uri, int status, Duration time, Next next, URI location) {

  /** What followed a hop. */
  public enum Next {
    /** A redirect was followed to {@code location}, or refused (see the fetch's failure). */
    REDIRECT,
    /** The same request was sent again after a 429/503 with Retry-After. */
    RETRY,
    /** Nothing: this hop gave the fetch's outcome. */
    FINAL
  }

  /** @return true when this hop redirected from https to http */
  public boolean downgrade() {
    return next == Next.REDIRECT && location != null
        && "https".equalsIgnoreCase(uri.getScheme())
        && "http".equalsIgnoreCase(location.getScheme());
  }
}
