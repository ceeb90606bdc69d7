package io.github.cloudaccess.validator.http;

import java.net.http.HttpHeaders;
import java.util.List;

/** The Content-Type of a response, typed: missing, unparsable, or a {@link MediaType}. */
public sealed interface ContentTypeHeader {

  /** No Content-Type header. */
  record Missing() implements ContentTypeHeader {}

  /**
   * A Content-Type that is not a media type, or several that disagree.
   *
   * @param raw the header value(s) as received, made printable
   * @param reason why it does not parse
   */
  record Invalid(String raw, String reason) implements ContentTypeHeader {}

  /**
   * A well-formed Content-Type.
   *
   * @param mediaType the parsed value
   */
  record Valid(MediaType mediaType) implements ContentTypeHeader {}

  /**
   * @param headers response headers
   * @return the typed Content-Type
   */
  static ContentTypeHeader of(HttpHeaders headers) {
    List<String> values = headers.allValues("content-type");
    if (values.isEmpty()) {
      return new Missing();
    }
    String raw = FailureClassifier.printable(String.join(", ", values));
    if (values.stream().map(String::trim).distinct().count() > 1) {
      return new Invalid(raw, "several Content-Type headers");
    }
    try {
      return new Valid(MediaType.parse(values.get(0)));
    } catch (IllegalArgumentException e) {
      return new Invalid(raw, e.getMessage());
    }
  }
}
