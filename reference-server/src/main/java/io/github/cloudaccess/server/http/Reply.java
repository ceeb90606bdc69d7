package io.github.cloudaccess.server.http;

import com.sun.net.httpserver.HttpExchange;
import io.github.cloudaccess.server.votable.Xml;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Sends responses: streamed (chunked) documents, or small bodies with a Content-Length. */
public final class Reply {

  /** Writes a document body. */
  @FunctionalInterface
  public interface Body {
    /** Writes the whole body. */
    void write(Xml xml) throws IOException;
  }

  private Reply() {}

  /**
   * Streams a body with chunked transfer encoding, so rows leave the server as they are written;
   * a HEAD request gets the headers only.
   */
  public static void stream(HttpExchange ex, int status, String contentType, Body body)
      throws IOException {
    stream(ex, status, contentType, body, false);
  }

  /**
   * As {@link #stream(HttpExchange, int, String, Body)}; {@code latin1} routes the bytes through
   * {@link Latin1Injector} (the invalid-utf8 defect).
   */
  static void stream(HttpExchange ex, int status, String contentType, Body body, boolean latin1)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", contentType);
    if ("HEAD".equals(ex.getRequestMethod())) {
      ex.sendResponseHeaders(status, -1);
      return;
    }
    ex.sendResponseHeaders(status, 0);
    OutputStream raw = new BufferedOutputStream(ex.getResponseBody(), 16 * 1024);
    try (OutputStream out = latin1 ? new Latin1Injector(raw) : raw) {
      Xml xml = new Xml(out);
      body.write(xml);
      xml.flush();
    }
  }

  /** Sends a small in-memory body with its Content-Length (nothing for HEAD). */
  public static void bytes(HttpExchange ex, int status, String contentType, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", contentType);
    if ("HEAD".equals(ex.getRequestMethod())) {
      ex.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
      ex.sendResponseHeaders(status, -1);
      return;
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }
}
