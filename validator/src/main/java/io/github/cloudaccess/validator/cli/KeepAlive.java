package io.github.cloudaccess.validator.cli;

/**
 * Raises the JDK's {@code http.maxConnections} for the validator's own process, so that the S3
 * SDK's URL-connection client keeps as many idle connections per host as the object checks have
 * requests in flight per host (JDK default 5: the rest would reconnect every time).
 *
 * <p>Called from {@link Main#main} only, before any HTTP use: the JDK reads the property once,
 * when its keep-alive cache is first used, and it is JVM-wide. Programs that run the command
 * in-process (the reference server's demo, tests) keep their own setting; their object checks
 * may then reconnect more often, which costs time but changes no finding.
 */
final class KeepAlive {

  /** The JDK's default of {@code http.maxConnections}. */
  static final int JDK_DEFAULT = 5;

  private KeepAlive() {}

  /**
   * Sets {@code http.maxConnections} to {@code connections} unless it is already that high
   * (a {@code -Dhttp.maxConnections} given by the user is never lowered).
   *
   * @param connections idle connections per host wanted
   */
  static void raise(int connections) {
    String current = System.getProperty("http.maxConnections");
    int now = JDK_DEFAULT;
    try {
      now = current == null ? JDK_DEFAULT : Integer.parseInt(current.trim());
    } catch (NumberFormatException e) {
      // an unreadable setting counts as the JDK default, which is what the JDK makes of it
    }
    if (connections > now) {
      System.setProperty("http.maxConnections", Integer.toString(connections));
    }
  }
}
