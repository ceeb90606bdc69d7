package io.github.cloudaccess.server.query;

/**
 * A DALI error to report to the client: the message starts with the fault token
 * (UsageFault, NotFoundFault, TransientFault, FatalFault) and carries the HTTP status.
 */
public final class Fault extends Exception {

  private static final long serialVersionUID = 1L;

  private final int status;

  private Fault(String token, String detail, int status) {
    super(token + ": " + detail);
    this.status = status;
  }

  /** @return a client error (HTTP 400) */
  public static Fault usage(String detail) {
    return new Fault("UsageFault", detail, 400);
  }

  /** @return a client error with a specific 4xx status (413, 414, 405...) */
  public static Fault usage(String detail, int status) {
    return new Fault("UsageFault", detail, status);
  }

  /** @return an unknown-resource error (HTTP 404) */
  public static Fault notFound(String detail) {
    return new Fault("NotFoundFault", detail, 404);
  }

  /** @return a server error (HTTP 500) */
  public static Fault fatal(String detail) {
    return new Fault("FatalFault", detail, 500);
  }

  /** @return the message without its fault token (the error-no-fault defect sends this) */
  public String withoutToken() {
    String m = getMessage();
    return m.substring(m.indexOf(": ") + 2);
  }

  /** @return the HTTP status to answer with */
  public int status() {
    return status;
  }
}
