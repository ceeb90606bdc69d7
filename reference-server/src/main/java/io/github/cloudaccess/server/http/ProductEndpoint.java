package io.github.cloudaccess.server.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import io.github.cloudaccess.server.catalogue.Catalogue;
import io.github.cloudaccess.server.catalogue.Product;
import io.github.cloudaccess.server.catalogue.ProductBytes;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;

/**
 * Serves the data products over HTTP ({@code /data/<path>}) and their primary headers
 * ({@code /header/<path>}): GET and HEAD, Content-Length, a strong ETag (quoted MD5 hex),
 * If-None-Match, and single byte ranges (206, or 416 past the end).
 */
final class ProductEndpoint implements Route {

  private final Catalogue catalogue;
  private final String prefix;
  private final boolean headerOnly;
  private final String lastModified;

  /**
   * @param catalogue the records
   * @param prefix the route prefix, e.g. {@code /data/}
   * @param headerOnly true to serve the first 2880 bytes as text
   * @param started Last-Modified of every product
   */
  ProductEndpoint(Catalogue catalogue, String prefix, boolean headerOnly, Instant started) {
    this.catalogue = catalogue;
    this.prefix = prefix;
    this.headerOnly = headerOnly;
    this.lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(started.atOffset(ZoneOffset.UTC));
  }

  @Override
  public void serve(HttpExchange ex, String path) throws IOException {
    if (!VosiEndpoints.readOnly(ex)) {
      return;
    }
    Optional<Product> product = catalogue.byPath(path.substring(prefix.length()));
    if (product.isEmpty()) {
      Reply.bytes(ex, 404, "text/plain; charset=UTF-8",
          "NotFoundFault: no such data product\n".getBytes(StandardCharsets.UTF_8));
      return;
    }
    ProductBytes bytes = catalogue.bytes(product.get());
    if (headerOnly) {
      bytes = new ProductBytes(Arrays.copyOf(bytes.copy(), (int) Math.min(2880, bytes.length())));
    }
    send(ex, bytes);
  }

  private void send(HttpExchange ex, ProductBytes bytes) throws IOException {
    Headers h = ex.getResponseHeaders();
    h.set("Content-Type", headerOnly ? "text/plain; charset=US-ASCII" : Product.FORMAT);
    h.set("ETag", bytes.etag());
    h.set("Last-Modified", lastModified);
    h.set("Accept-Ranges", "bytes");
    String inm = ex.getRequestHeaders().getFirst("If-None-Match");
    if (inm != null && (inm.trim().equals("*") || inm.contains(bytes.etag()))) {
      ex.sendResponseHeaders(304, -1);
      return;
    }
    long size = bytes.length();
    ByteRange.Result r = ByteRange.parse(ex.getRequestHeaders().getFirst("Range"), size);
    if (r instanceof ByteRange.Unsatisfiable) {
      h.set("Content-Range", "bytes */" + size);
      h.set("Content-Length", "0");
      ex.sendResponseHeaders(416, -1);
      return;
    }
    int status = 200;
    long first = 0;
    long length = size;
    if (r instanceof ByteRange.Partial p) {
      status = 206;
      first = p.range().first();
      length = p.range().length();
      h.set("Content-Range", "bytes " + first + "-" + p.range().last() + "/" + size);
    }
    if ("HEAD".equals(ex.getRequestMethod())) {
      h.set("Content-Length", Long.toString(length));
      ex.sendResponseHeaders(status, -1);
      return;
    }
    ex.sendResponseHeaders(status, length == 0 ? -1 : length);
    try (OutputStream out = ex.getResponseBody()) {
      bytes.writeTo(out, (int) first, (int) length);
    }
  }
}
