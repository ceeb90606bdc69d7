package io.github.cloudaccess.schema;

import java.util.Optional;

/**
 * An object in Google Cloud Storage (this toolkit's proposal: the convention defines no fields).
 *
 * @param bucketName the bucket ({@code bucket_name})
 * @param objectName the object name ({@code object_name}), literal
 * @param region the GCS location, empty when absent
 * @param access the declared access class, empty when absent
 * @param pointer JSON pointer of the location object
 */
public record GoogleLocation(
    String bucketName, String objectName, Optional<String> region, Optional<Access> access, String pointer)
    implements Location {

  @Override
  public String provider() {
    return "google";
  }
}
