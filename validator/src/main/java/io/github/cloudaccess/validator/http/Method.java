package io.github.cloudaccess.validator.http;

/** The HTTP methods the validator sends: DALI-sync services take GET and form-encoded POST. */
public enum Method {
  /** Parameters in the query string. */
  GET,
  /** Parameters as an {@code application/x-www-form-urlencoded} body. */
  POST
}
