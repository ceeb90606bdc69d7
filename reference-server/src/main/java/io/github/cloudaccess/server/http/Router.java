package io.github.cloudaccess.server.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.cloudaccess.server.query.Fault;
import io.github.cloudaccess.server.response.ResultDocument;
import io.github.cloudaccess.server.votable.Xml;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one handler of the HTTP server: dispatches on exact paths and on the {@code /data/} and
 * {@code /header/} prefixes, and is the last line of defence: an unexpected exception becomes a
 * FatalFault document (HTTP 500) when the status line has not gone out yet, and the exchange is
 * always closed.
 */
public final class Router implements HttpHandler {

  private static final Logger LOG = Logger.getLogger(Router.class.getName());

  private final Map<String, Route> exact = new LinkedHashMap<>();
  private final Map<String, Route> prefixes = new LinkedHashMap<>();

  /** @param ctx what the endpoints serve */
  public Router(ServerContext ctx) {
    Route caps = VosiEndpoints.capabilities(ctx.links());
    Route avail = VosiEndpoints.availability();
    exact.put("/", index(ctx));
    exact.put("/sia1/query", new Sia1Endpoint(ctx));
    exact.put("/sia2/query", new Sia2Endpoint(ctx));
    exact.put("/sia2/capabilities", caps);
    exact.put("/sia2/availability", avail);
    exact.put("/datalink/links", new DataLinkEndpoint(ctx));
    exact.put("/datalink/capabilities", caps);
    exact.put("/datalink/availability", avail);
    prefixes.put("/data/", new ProductEndpoint(ctx.catalogue(), "/data/", false, ctx.started()));
    prefixes.put("/header/", new ProductEndpoint(ctx.catalogue(), "/header/", true,
        ctx.started()));
  }

  @Override
  public void handle(HttpExchange ex) {
    try {
      String path = ex.getRequestURI().getPath();
      Route route = path == null ? null : exact.get(path);
      if (route == null && path != null) {
        for (Map.Entry<String, Route> e : prefixes.entrySet()) {
          if (path.startsWith(e.getKey())) {
            route = e.getValue();
            break;
          }
        }
      }
      if (route == null) {
        Reply.bytes(ex, 404, "text/plain; charset=UTF-8",
            "NotFoundFault: no such resource; see /\n".getBytes(StandardCharsets.UTF_8));
      } else {
        route.serve(ex, path);
      }
    } catch (IOException e) {
      // The client went away or the stream broke mid-response: nothing left to tell it.
      LOG.log(Level.FINE, "I/O error while answering", e);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "unexpected error while answering " + ex.getRequestURI(), e);
      failed(ex, e);
    } finally {
      ex.close();
    }
  }

  private static void failed(HttpExchange ex, RuntimeException e) {
    if (ex.getResponseCode() != -1) {
      return;
    }
    try {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      Xml xml = new Xml(buf);
      // No standardID: the failure may have happened before the endpoint was known.
      ResultDocument.error(xml, Fault.fatal("internal error: " + e.getClass().getSimpleName())
          .getMessage(), null);
      xml.flush();
      Reply.bytes(ex, 500, "application/x-votable+xml", buf.toByteArray());
    } catch (IOException ignored) {
      // Nothing more can be done for this client.
    }
  }

  private static Route index(ServerContext ctx) {
    return (ex, path) -> {
      if (!VosiEndpoints.readOnly(ex)) {
        return;
      }
      String text = "cloud_access reference server\n\n"
          + "SIA 1.0    " + ctx.links().sia1() + "\n"
          + "SIA 2.0    " + ctx.links().sia2() + "\n"
          + "DataLink   " + ctx.links().datalink() + "\n"
          + "VOSI       " + ctx.links().capabilities() + "\n"
          + "           " + ctx.links().availability() + "\n"
          + "products   " + ctx.links().base() + "/data/<path>\n"
          + "records    " + ctx.catalogue().size() + "\n";
      Reply.bytes(ex, 200, "text/plain; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
    };
  }
}
