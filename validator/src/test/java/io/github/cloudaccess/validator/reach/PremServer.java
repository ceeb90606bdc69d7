package io.github.cloudaccess.validator.reach;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The on-prem side for tests: a JDK HTTP server on loopback serving files with single-range
 * support ({@code Range: bytes=a-b}), a quoted-MD5 ETag like S3-backed archives send, and the
 * Content-Type of each file.
 */
final class PremServer implements AutoCloseable {

  private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

  /**
   * A served file.
   *
   * @param data its bytes
   * @param contentType its Content-Type
   * @param md5Etag send a quoted MD5 ETag
   * @param ranges honour Range (else always send the whole file with 200)
   */
  record File(byte[] data, String contentType, boolean md5Etag, boolean ranges) {}

  private final HttpServer server;
  private final ExecutorService pool = Executors.newFixedThreadPool(4);
  private final Map<String, File> files = new ConcurrentHashMap<>();

  PremServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    server.start();
  }

  /**
   * @param path the URL path
   * @param file what to serve there
   */
  void put(String path, File file) {
    files.put(path, file);
  }

  /**
   * @param path the URL path
   * @param data FITS bytes, served with an MD5 ETag
   */
  void put(String path, byte[] data) {
    put(path, new File(data, "application/fits", true, true));
  }

  /**
   * @param path a path
   * @return its URL
   */
  String url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path).toString();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      File f = files.get(ex.getRequestURI().getPath());
      if (f == null) {
        ex.sendResponseHeaders(404, -1);
        return;
      }
      byte[] d = f.data();
      ex.getResponseHeaders().set("Content-Type", f.contentType());
      ex.getResponseHeaders().set("Accept-Ranges", "bytes");
      if (f.md5Etag()) {
        ex.getResponseHeaders().set("ETag", "\"" + md5(d) + "\"");
      }
      String range = ex.getRequestHeaders().getFirst("Range");
      Matcher m = range == null ? null : RANGE.matcher(range);
      if (m == null || !m.matches() || !f.ranges()) {
        send(ex, 200, d, 0, d.length);
        return;
      }
      long from = Long.parseLong(m.group(1));
      if (from >= d.length) {
        ex.getResponseHeaders().set("Content-Range", "bytes */" + d.length);
        ex.sendResponseHeaders(416, -1);
        return;
      }
      long to = m.group(2).isEmpty() ? d.length - 1
          : Math.min(d.length - 1, Long.parseLong(m.group(2)));
      ex.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + to + "/" + d.length);
      send(ex, 206, d, (int) from, (int) (to - from + 1));
    }
  }

  private static void send(HttpExchange ex, int status, byte[] d, int off, int len)
      throws IOException {
    ex.sendResponseHeaders(status, len == 0 ? -1 : len);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(d, off, len);
    }
  }

  /**
   * @param data bytes
   * @return their MD5 as lowercase hex
   */
  static String md5(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
