package io.github.cloudaccess.validator.http;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * The shared state of one live exchange, between the client's threads (response head, body) and
 * the watchdog's (expiry); one lock makes "expire" and "attach the body" exclusive, so a timeout
 * never wins over a body that had already completed, and never misses a body that starts late.
 */
final class ExchangeState {

  private final Activity activity;
  private HttpResponse.ResponseInfo head;
  private long headNanos;
  private Instant headAt;
  private FileBodySubscriber body;
  private Failure expired;

  ExchangeState(Activity activity) {
    this.activity = activity;
  }

  /**
   * Records the response head and its body subscriber.
   *
   * @param info the head
   * @param subscriber the body's subscriber, aborted at once when the exchange already expired
   */
  synchronized void attach(HttpResponse.ResponseInfo info, FileBodySubscriber subscriber) {
    activity.touch();
    head = info;
    headNanos = System.nanoTime();
    headAt = Instant.now();
    body = subscriber;
    if (expired != null) {
      subscriber.abort(expired);
    }
  }

  /**
   * Ends the exchange with a timeout unless its body has already completed.
   *
   * @param failure the timeout
   * @return true when the exchange was ended by this call
   */
  synchronized boolean expire(Failure failure) {
    if (expired != null || body != null && !body.abort(failure)) {
      return false;
    }
    expired = failure;
    return true;
  }

  synchronized Failure expired() {
    return expired;
  }

  synchronized HttpResponse.ResponseInfo head() {
    return head;
  }

  synchronized FileBodySubscriber body() {
    return body;
  }

  /** @return time from the start to the head, {@code null} when no head arrived */
  synchronized Duration headersTime() {
    return head == null ? null : Duration.ofNanos(headNanos - activity.startNanos());
  }

  /** @return when the head arrived, or now when none did */
  synchronized Instant receivedAt() {
    return headAt == null ? Instant.now() : headAt;
  }
}
