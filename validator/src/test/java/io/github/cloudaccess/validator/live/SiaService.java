package io.github.cloudaccess.validator.live;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small SIA 1.0 and SIA 2.0 service on loopback (JDK HttpServer) that answers from the corpus
 * responses: correct by default, with {@link Variant}s that break one rule each. SIA 1.0 base URL
 * {@code /sia1/images?}; SIA 2.0 root {@code /sia2} with capabilities, availability, query and
 * DataLink {links}; anything else is 404.
 */
final class SiaService implements AutoCloseable {

  static final String SIA1_TYPE = "text/xml;content=x-votable";
  static final String VOTABLE = "application/x-votable+xml";
  static final String DATALINK = "application/x-votable+xml;content=datalink";

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final Set<Variant> variants;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final List<String> userAgents = new CopyOnWriteArrayList<>();

  private SiaService(Set<Variant> variants) throws IOException {
    this.variants = variants;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    route("/", e -> answer(e, 404, "text/plain", "not found".getBytes()));
    route("/sia1/images", ex -> Sia1Answers.answer(this, ex));
    route("/sia2/capabilities", this::capabilities);
    route("/sia2/availability", this::availability);
    route("/sia2/query", ex -> Sia2Answers.query(this, ex));
    route("/sia2/links", ex -> Sia2Answers.links(this, ex));
    server.start();
  }

  /**
   * @param variants how the service departs from a correct one
   * @return the running service
   */
  static SiaService start(Variant... variants) throws IOException {
    return new SiaService(variants.length == 0 ? EnumSet.noneOf(Variant.class)
        : EnumSet.of(variants[0], variants));
  }

  /** @return {@code http://127.0.0.1:port} */
  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** @return the SIA 1.0 base URL */
  String sia1() {
    return base() + "/sia1/images?";
  }

  /** @return the SIA 2.0 service root */
  String sia2() {
    return base() + "/sia2";
  }

  /** @return the request URIs received, in order */
  List<String> requests() {
    return List.copyOf(requests);
  }

  /** @return the User-Agent of each request, in order */
  List<String> userAgents() {
    return List.copyOf(userAgents);
  }

  boolean has(Variant v) {
    return variants.contains(v);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /** @return the query parameters, names upper-cased, first value of each */
  static Map<String, String> params(HttpExchange ex) {
    Map<String, String> out = new TreeMap<>();
    String q = ex.getRequestURI().getRawQuery();
    if (q != null) {
      for (String pair : q.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          out.putIfAbsent(decode(pair.substring(0, eq)).toUpperCase(Locale.ROOT),
              decode(pair.substring(eq + 1)));
        }
      }
    }
    return out;
  }

  static void answer(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  /** One handler body, which may fail. */
  interface Body {
    void run(HttpExchange ex) throws IOException;
  }

  /** Serves exactly this path (HttpServer contexts match prefixes); anything else is 404. */
  private void route(String path, Body body) {
    server.createContext(path, ex -> handle(ex, ex.getRequestURI().getPath().equals(path)
        ? body : e -> answer(e, 404, "text/plain", "not found".getBytes())));
  }

  private void handle(HttpExchange ex, Body body) throws IOException {
    requests.add(ex.getRequestURI().toString());
    userAgents.add(String.valueOf(ex.getRequestHeaders().getFirst("User-Agent")));
    try {
      body.run(ex);
    } catch (RuntimeException e) {
      answer(ex, 500, "text/plain", ("test service fault: " + e).getBytes(StandardCharsets.UTF_8));
    } finally {
      ex.close();
    }
  }

  private void capabilities(HttpExchange ex) throws IOException {
    if (has(Variant.NO_CAPABILITIES)) {
      answer(ex, 404, "text/plain", "no capabilities".getBytes());
      return;
    }
    String sia2 = has(Variant.CAPABILITIES_WITHOUT_SIA2) ? "" : capability(
        "ivo://ivoa.net/std/SIA#query-2.0", base() + "/sia2/query");
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<vosi:capabilities xmlns:vosi=\"http://www.ivoa.net/xml/VOSICapabilities/v1.0\""
        + " xmlns:vs=\"http://www.ivoa.net/xml/VODataService/v1.1\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
        + capability("ivo://ivoa.net/std/VOSI#capabilities", base() + "/sia2/capabilities")
        + capability("ivo://ivoa.net/std/VOSI#availability", base() + "/sia2/availability")
        + sia2 + "</vosi:capabilities>\n";
    answer(ex, 200, "text/xml", xml.getBytes(StandardCharsets.UTF_8));
  }

  private static String capability(String id, String url) {
    return "  <capability standardID=\"" + id + "\"><interface xsi:type=\"vs:ParamHTTP\""
        + " role=\"std\"><accessURL use=\"base\">" + url + "</accessURL></interface>"
        + "</capability>\n";
  }

  private void availability(HttpExchange ex) throws IOException {
    if (has(Variant.NO_AVAILABILITY)) {
      answer(ex, 404, "text/plain", "no availability".getBytes());
      return;
    }
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<vosi:availability xmlns:vosi=\"http://www.ivoa.net/xml/VOSIAvailability/v1.0\">"
        + "<vosi:available>true</vosi:available></vosi:availability>\n";
    answer(ex, 200, "text/xml", xml.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
