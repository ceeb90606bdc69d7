package io.github.cloudaccess.validator.http;

import java.net.http.HttpHeaders;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of a recording (layout in {@code package-info.java}): one metadata document per
 * exchange and one index line per exchange.
 */
final class RecordFormat {

  /** Written into every metadata document; bump when the layout changes. */
  static final String FORMAT = "cloud-access-exchange/1";
  static final String INDEX = "index.jsonl";

  private static final String REDACTED = "[redacted]";
  private static final Set<String> SENSITIVE =
      Set.of("authorization", "proxy-authorization", "cookie");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private RecordFormat() {}

  /** @return {@code NNNN-METHOD.json} */
  static String metaName(int seq, Method method) {
    return String.format(Locale.ROOT, "%04d-%s.json", seq, method);
  }

  /** @return {@code NNNN.body} */
  static String bodyName(int seq) {
    return String.format(Locale.ROOT, "%04d.body", seq);
  }

  /** @return the key replay matches on: method, URL and body hash */
  static String key(Method method, String url, String bodySha256) {
    return method + " " + url + " " + bodySha256;
  }

  /** @return the index line of one exchange, without the newline */
  static String indexLine(int seq, WireRequest r) {
    ObjectNode n = JSON.createObjectNode();
    n.put("seq", seq);
    n.put("method", r.method().name());
    n.put("url", r.uri().toString());
    n.put("requestBodySha256", r.bodySha256());
    n.put("meta", metaName(seq, r.method()));
    return JSON.writeValueAsString(n);
  }

  /** @return the metadata document of one exchange */
  static String meta(int seq, Exchange ex, String bodyFile) {
    ObjectNode n = JSON.createObjectNode();
    n.put("format", FORMAT);
    n.put("seq", seq);
    ObjectNode req = n.putObject("request");
    req.put("method", ex.request().method().name());
    req.put("url", ex.request().uri().toString());
    ObjectNode reqHeaders = req.putObject("headers");
    ex.request().headers().forEach((k, v) ->
        reqHeaders.put(k, SENSITIVE.contains(k.toLowerCase(Locale.ROOT)) ? REDACTED : v));
    req.put("bodySha256", ex.request().bodySha256());
    if (ex.status() == 0) {
      n.putNull("response");
    } else {
      ObjectNode resp = n.putObject("response");
      resp.put("status", ex.status());
      ArrayNode headers = resp.putArray("headers");
      ex.headers().map().forEach((name, values) -> values.forEach(v -> headers.addArray()
          .add(name).add(v)));
    }
    n.put("body", bodyFile);
    n.put("bodyBytes", ex.bodyBytes());
    n.put("receivedAt", ex.receivedAt().toString());
    if (ex.headersTime() == null) {
      n.putNull("headersNanos");
    } else {
      n.put("headersNanos", ex.headersTime().toNanos());
    }
    n.put("totalNanos", ex.totalTime().toNanos());
    if (ex.failure() == null) {
      n.putNull("failure");
    } else {
      ObjectNode f = n.putObject("failure");
      f.put("kind", ex.failure().kind().name());
      f.put("detail", ex.failure().detail());
    }
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n);
  }

  /**
   * @param text one index line
   * @return the index entry
   */
  static IndexEntry readIndexLine(String text) {
    JsonNode n = JSON.readTree(text);
    Method method = Method.valueOf(n.path("method").asString());
    String sha = n.path("requestBodySha256").isNull() ? null
        : n.path("requestBodySha256").asString();
    return new IndexEntry(key(method, n.path("url").asString(), sha), n.path("meta").asString());
  }

  /**
   * One line of the index.
   *
   * @param key the match key
   * @param meta the metadata file name
   */
  record IndexEntry(String key, String meta) {}

  /**
   * A metadata document, read back.
   *
   * @param status the status, 0 without response
   * @param headers the response headers
   * @param body the body file name, or {@code null}
   * @param bodyBytes bytes received
   * @param receivedAt when the response head arrived
   * @param headersTime time to the head, or {@code null}
   * @param totalTime the exchange's time
   * @param failure the recorded failure, or {@code null}
   */
  record Meta(int status, HttpHeaders headers, String body, long bodyBytes, Instant receivedAt,
      Duration headersTime, Duration totalTime, Failure failure) {}

  /**
   * @param file a metadata file
   * @return its content
   */
  static Meta readMeta(Path file) {
    JsonNode n = JSON.readTree(file);
    if (!FORMAT.equals(n.path("format").asString())) {
      throw new IllegalArgumentException("not a " + FORMAT + " document: " + file);
    }
    JsonNode resp = n.path("response");
    int status = resp.isObject() ? resp.path("status").asInt() : 0;
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (JsonNode pair : resp.path("headers")) {
      headers.computeIfAbsent(pair.get(0).asString(), k -> new ArrayList<>())
          .add(pair.get(1).asString());
    }
    JsonNode f = n.path("failure");
    Failure failure = f.isObject()
        ? Failure.of(FailureKind.valueOf(f.path("kind").asString()), f.path("detail").asString())
        : null;
    JsonNode headersNanos = n.path("headersNanos");
    return new Meta(status, HttpHeaders.of(headers, (a, b) -> true),
        n.path("body").isString() ? n.path("body").asString() : null,
        n.path("bodyBytes").asLong(), Instant.parse(n.path("receivedAt").asString()),
        headersNanos.isNumber() ? Duration.ofNanos(headersNanos.asLong()) : null,
        Duration.ofNanos(n.path("totalNanos").asLong()), failure);
  }
}
