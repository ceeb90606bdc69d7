package io.github.cloudaccess.client.record;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the client needs from one row of a discovery (SIA, ObsCore) or DataLink response.
 *
 * @param index the row's 0-based position among the rows it was selected from
 * @param cloudAccess the {@code cloud_access} cell text, empty when the column is absent or null
 * @param accessUrl the {@code access_url} cell text, empty when absent or null
 * @param accessFormat the {@code access_format} (or DataLink {@code content_type}), empty when absent
 * @param exactSize the exact size in bytes (DataLink {@code content_length}), empty when unknown
 * @param estimatedSize the estimated size in bytes ({@code access_estsize} kbyte x 1024, or SIA 1.0
 *     {@code VOX:Image_FileSize} bytes), empty when unknown
 */
public record ProductRecord(
    long index,
    Optional<String> cloudAccess,
    Optional<String> accessUrl,
    Optional<String> accessFormat,
    OptionalLong exactSize,
    OptionalLong estimatedSize) {

  public ProductRecord {
    Objects.requireNonNull(cloudAccess, "cloudAccess");
    Objects.requireNonNull(accessUrl, "accessUrl");
    Objects.requireNonNull(accessFormat, "accessFormat");
    Objects.requireNonNull(exactSize, "exactSize");
    Objects.requireNonNull(estimatedSize, "estimatedSize");
  }

  /**
   * @param index the row index
   * @param cloudAccess the cloud_access text or null
   * @param accessUrl the access_url text or null
   * @return a record without format or size information
   */
  public static ProductRecord of(long index, String cloudAccess, String accessUrl) {
    return new ProductRecord(index, Optional.ofNullable(cloudAccess), Optional.ofNullable(accessUrl),
        Optional.empty(), OptionalLong.empty(), OptionalLong.empty());
  }

  /** @return true when {@link #accessFormat()} says the access_url returns a DataLink document */
  public boolean accessUrlIsDataLink() {
    return accessFormat.map(f -> f.replace(" ", "").toLowerCase(java.util.Locale.ROOT))
        .filter(f -> f.contains("content=datalink"))
        .isPresent();
  }
}
