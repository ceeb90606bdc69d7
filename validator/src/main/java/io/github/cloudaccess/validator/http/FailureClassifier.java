package io.github.cloudaccess.validator.http;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.CancellationException;
import javax.net.ssl.SSLException;

/**
 * Turns the HTTP client's exceptions into typed failures.
 *
 * <p>The client signals most faults with plain {@code IOException}s; the distinctions below rest
 * on the exception types in the cause chain and on whether the response head had arrived, which
 * were checked against JDK 17 with loopback fault servers (see the tests of this package).
 */
final class FailureClassifier {

  private static final int MAX_DETAIL = 200;

  private FailureClassifier() {}

  /**
   * @param t what the client's future completed with
   * @param headSeen whether the response head had arrived
   * @param received body bytes received
   * @param declared the Content-Length, -1 when absent
   * @return the failure
   */
  static Failure classify(Throwable t, boolean headSeen, long received, long declared) {
    FailureException typed = find(t, FailureException.class);
    if (typed != null) {
      return typed.failure();
    }
    String detail = detail(t);
    if (find(t, HttpConnectTimeoutException.class) != null) {
      return Failure.of(FailureKind.CONNECT_TIMEOUT, detail);
    }
    if (find(t, HttpTimeoutException.class) != null) {
      return Failure.of(FailureKind.TOTAL_TIMEOUT, detail);
    }
    if (find(t, UnresolvedAddressException.class) != null
        || find(t, UnknownHostException.class) != null) {
      return Failure.of(FailureKind.DNS, "host name did not resolve");
    }
    if (find(t, SSLException.class) != null) {
      return Failure.of(FailureKind.TLS, detail);
    }
    if (find(t, InterruptedException.class) != null
        || find(t, CancellationException.class) != null) {
      return Failure.of(FailureKind.INTERRUPTED, detail);
    }
    if (find(t, ConnectException.class) != null) {
      return Failure.of(FailureKind.CONNECT_REFUSED, "connection refused or failed");
    }
    return headSeen ? afterHead(t, detail, received, declared) : beforeHead(t, detail);
  }

  private static Failure beforeHead(Throwable t, String detail) {
    if (find(t, ProtocolException.class) != null) {
      return Failure.of(FailureKind.PROTOCOL, detail);
    }
    if (isReset(t)) {
      return Failure.of(FailureKind.CONNECTION_RESET, detail);
    }
    String message = String.valueOf(t.getMessage());
    if (message.contains("received no bytes")) {
      return Failure.of(FailureKind.EMPTY_RESPONSE, "connection closed without a response");
    }
    if (find(t, EOFException.class) != null) {
      return Failure.of(FailureKind.PROTOCOL, "connection closed inside the response head");
    }
    return Failure.of(FailureKind.CONNECTION_RESET, detail);
  }

  private static Failure afterHead(Throwable t, String detail, long received, long declared) {
    if (declared >= 0 && received < declared) {
      return Failure.of(FailureKind.TRUNCATED,
          "body ended after " + received + " of " + declared + " bytes (Content-Length)");
    }
    if (find(t, EOFException.class) != null || isReset(t)) {
      return Failure.of(FailureKind.TRUNCATED,
          "connection lost after " + received + " body bytes");
    }
    // Chunk-size syntax errors and the like carry no cause: the framing itself is broken.
    return Failure.of(FailureKind.PROTOCOL, detail);
  }

  private static boolean isReset(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SocketException && String.valueOf(c.getMessage()).contains("reset")) {
        return true;
      }
    }
    return false;
  }

  private static <T extends Throwable> T find(Throwable t, Class<T> type) {
    int depth = 0;
    for (Throwable c = t; c != null && depth < 20; c = c.getCause(), depth++) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
    }
    return null;
  }

  /**
   * The innermost useful message, made safe for reports: a status line of random bytes must not
   * put control characters or megabytes into the output.
   */
  static String detail(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getMessage() == null) {
      c = c.getCause();
    }
    String raw = c.getClass().getSimpleName()
        + (c.getMessage() == null ? "" : ": " + c.getMessage());
    return printable(raw);
  }

  /**
   * @param s any text
   * @return the text with non-printable characters replaced by '?' and cut to 200 characters
   */
  static String printable(String s) {
    StringBuilder b = new StringBuilder(Math.min(s.length(), MAX_DETAIL + 1));
    for (int i = 0; i < s.length() && b.length() < MAX_DETAIL; i++) {
      char ch = s.charAt(i);
      b.append(ch >= 0x20 && ch < 0x7f ? ch : '?');
    }
    if (s.length() > MAX_DETAIL) {
      b.append('…');
    }
    return b.toString();
  }
}
