package io.github.cloudaccess.server.http;

import com.sun.net.httpserver.HttpExchange;
import io.github.cloudaccess.server.query.Fault;
import io.github.cloudaccess.server.query.ParamDecoder;
import io.github.cloudaccess.server.query.Params;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads the parameters of a DALI request from the query string (GET, HEAD) and, for POST, from a
 * form-encoded body, with hard caps on sizes so no input can exhaust the server.
 */
public final class RequestReader {

  /** Longest raw query string accepted (HTTP 414 beyond). */
  public static final int MAX_QUERY = 64 * 1024;
  /** Largest POST body accepted (HTTP 413 beyond). */
  public static final int MAX_BODY = 256 * 1024;

  private RequestReader() {}

  /**
   * @param ex the exchange
   * @return the decoded parameters
   * @throws Fault for an unsupported method, oversized input or malformed encoding
   * @throws IOException when reading the body fails
   */
  public static Params read(HttpExchange ex) throws Fault, IOException {
    String method = ex.getRequestMethod();
    boolean post = "POST".equals(method);
    if (!post && !"GET".equals(method) && !"HEAD".equals(method)) {
      ex.getResponseHeaders().set("Allow", "GET, HEAD, POST");
      throw Fault.usage("method " + method + " not allowed (GET, HEAD or POST)", 405);
    }
    String rawQuery = ex.getRequestURI().getRawQuery();
    if (rawQuery != null && rawQuery.length() > MAX_QUERY) {
      throw Fault.usage("query string longer than " + MAX_QUERY + " characters", 414);
    }
    Params params = new Params();
    ParamDecoder.decode(rawQuery, params);
    if (post) {
      String type = ex.getRequestHeaders().getFirst("Content-Type");
      if (type != null && !type.toLowerCase(Locale.ROOT)
          .startsWith("application/x-www-form-urlencoded")) {
        throw Fault.usage("POST body must be application/x-www-form-urlencoded", 415);
      }
      ParamDecoder.decode(body(ex.getRequestBody()), params);
    }
    return params;
  }

  private static String body(InputStream in) throws Fault, IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    int n;
    while ((n = in.read(buf)) > 0) {
      if (out.size() + n > MAX_BODY) {
        throw Fault.usage("POST body larger than " + MAX_BODY + " bytes", 413);
      }
      out.write(buf, 0, n);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(out.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      throw Fault.usage("POST body is not valid UTF-8");
    }
  }
}
