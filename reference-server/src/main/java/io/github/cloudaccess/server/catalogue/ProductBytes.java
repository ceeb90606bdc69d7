package io.github.cloudaccess.server.catalogue;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The octets of one product and their MD5, which is both the HTTP ETag and what S3 reports for a
 * single-part upload, so the two copies can be compared by checksum.
 */
public final class ProductBytes {

  private final byte[] data;
  private final String md5Hex;

  /** @param data the product bytes (not copied: callers hand over ownership) */
  public ProductBytes(byte[] data) {
    this.data = data;
    this.md5Hex = md5Hex(data);
  }

  /** @return the MD5 of {@code data} as lower-case hex */
  public static String md5Hex(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has MD5", e);
    }
  }

  /** @return the length in bytes */
  public int length() {
    return data.length;
  }

  /** @return the quoted strong ETag, e.g. {@code "9e107d9d372bb6826bd81d3542a419d6"} */
  public String etag() {
    return '"' + md5Hex + '"';
  }

  /** @return the MD5 hex digest */
  public String md5() {
    return md5Hex;
  }

  /** @return a copy of the bytes */
  public byte[] copy() {
    return data.clone();
  }

  /** @return a stream over the bytes (no copy) */
  public java.io.InputStream stream() {
    return new java.io.ByteArrayInputStream(data);
  }

  /**
   * @param out where to write
   * @param offset first byte
   * @param length number of bytes
   * @throws java.io.IOException when the stream fails
   */
  public void writeTo(java.io.OutputStream out, int offset, int length) throws java.io.IOException {
    out.write(data, offset, length);
  }
}
