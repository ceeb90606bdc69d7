package io.github.cloudaccess.client.transfer;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a store said about an object in a HEAD or GET response.
 *
 * @param size the exact size in bytes (Content-Length of a 200 response), empty when not given
 * @param md5Hex the object's MD5 in lower-case hex when the store gives one (single-part S3 ETag
 *     without KMS encryption, Content-MD5, x-goog-hash md5, or a quoted 32-hex ETag)
 */
public record ObjectFacts(OptionalLong size, Optional<String> md5Hex) {

  /** Nothing known. */
  public static final ObjectFacts UNKNOWN = new ObjectFacts(OptionalLong.empty(), Optional.empty());
}
