package io.github.cloudaccess.schema;

/**
 * An {@code s3://bucket/key} URI split into its parts, literally (no percent-decoding: the fornax
 * client builds these by string concatenation, so the key part is the raw key).
 *
 * @param bucket the bucket, never empty
 * @param key the key, never empty
 */
record S3Uri(String bucket, String key) {

  private static final String SCHEME = "s3://";

  /**
   * @param text the {@code uri} member
   * @return the parts, or null when the text is not {@code s3://<bucket>/<non-empty key>}
   */
  static S3Uri parse(String text) {
    if (!text.startsWith(SCHEME)) {
      return null;
    }
    int slash = text.indexOf('/', SCHEME.length());
    if (slash <= SCHEME.length() || slash == text.length() - 1) {
      return null;
    }
    return new S3Uri(text.substring(SCHEME.length(), slash), text.substring(slash + 1));
  }
}
