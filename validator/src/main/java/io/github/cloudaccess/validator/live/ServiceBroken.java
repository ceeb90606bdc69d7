package io.github.cloudaccess.validator.live;

/**
 * Ends a live run early: the service cannot be reached, or two requests in a row failed at the
 * transport level, so further probes would only repeat the failure (and its timeout).
 */
final class ServiceBroken extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ServiceBroken() {
    super(null, null, false, false);
  }
}
