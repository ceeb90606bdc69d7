package io.github.cloudaccess.validator.http;

/** Something questionable about a response that did not stop the fetch. */
public enum Observation {
  /** The body starts with the gzip magic number but has no Content-Encoding. */
  COMPRESSED_WITHOUT_ENCODING,
  /** A Content-Encoding other than gzip/deflate/identity: the body is left as received. */
  UNKNOWN_ENCODING
}
