package io.github.cloudaccess.validator.reach;

import java.util.List;

/**
 * One S3 response (or the lack of one), reduced to what the checks use.
 *
 * @param status HTTP status, 0 when no response arrived
 * @param errorCode the S3 error code ({@code NoSuchKey}, {@code SlowDown}...), or {@code null}
 *     (HEAD errors have no body, hence no code)
 * @param bucketRegion the {@code x-amz-bucket-region} header, or {@code null}
 * @param size the object size (Content-Range total, else Content-Length), -1 when unknown
 * @param etag the ETag, or {@code null}
 * @param contentType the Content-Type, or {@code null}
 * @param head the first bytes of a ranged GET, or {@code null}
 * @param page the listing page of a ListObjectsV2, or {@code null}
 * @param failure why there is no response, {@code null} when there is one
 * @param unaddressable the SDK refused to build the request (bucket name no S3 can have)
 */
record S3Answer(int status, String errorCode, String bucketRegion, long size, String etag,
    String contentType, byte[] head, Page page, String failure, boolean unaddressable) {

  /**
   * One ListObjectsV2 page.
   *
   * @param entries the keys listed, in the server's order
   * @param truncated more keys follow
   */
  record Page(List<Listed> entries, boolean truncated) {}

  /**
   * One listed object.
   *
   * @param key the key
   * @param size the size in bytes
   * @param etag the ETag as listed
   */
  record Listed(String key, long size, String etag) {}

  /**
   * @param detail why no response arrived
   * @param refusedByClient the SDK refused to build the request
   * @return an answer without response
   */
  static S3Answer failed(String detail, boolean refusedByClient) {
    return new S3Answer(0, null, null, -1, null, null, null, null, detail, refusedByClient);
  }

  /** @return true for a 2xx */
  boolean success() {
    return status >= 200 && status < 300;
  }

  /** @return true when S3 asks the client to slow down */
  boolean throttled() {
    return status == 503 || status == 429 || "SlowDown".equals(errorCode)
        || "Throttling".equals(errorCode);
  }
}
