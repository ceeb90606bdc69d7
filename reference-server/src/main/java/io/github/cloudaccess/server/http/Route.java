package io.github.cloudaccess.server.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/** One endpoint; the {@link Router} guarantees the exchange is closed afterwards. */
@FunctionalInterface
public interface Route {

  /**
   * @param ex the exchange
   * @param path the request path (decoded by the JDK), for prefix routes
   */
  void serve(HttpExchange ex, String path) throws IOException;
}
