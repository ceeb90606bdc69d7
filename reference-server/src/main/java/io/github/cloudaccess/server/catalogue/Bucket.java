package io.github.cloudaccess.server.catalogue;

import io.github.cloudaccess.schema.Access;

/**
 * A bucket of the embedded S3 store and the access class its objects advertise.
 *
 * @param name the S3 bucket name
 * @param region the AWS region code the bucket claims (x-amz-bucket-region)
 * @param access the access class written into cloud_access for objects in this bucket
 */
public record Bucket(String name, String region, Access access) {

  /** @return true when anonymous reads must succeed (objects carry a public-read ACL) */
  public boolean publicRead() {
    return access == Access.OPEN;
  }
}
