package io.github.cloudaccess.schema;

import java.util.Optional;

/**
 * An object in an AWS S3 bucket.
 *
 * @param bucketName the bucket ({@code bucket_name}, legacy {@code bucket})
 * @param key the object key exactly as given ({@code key}, legacy {@code path}); never normalised,
 *     because S3 keys are literal and a stray {@code /} names a different object
 * @param region the AWS region code, empty when absent
 * @param access the declared access class, empty when absent
 * @param uri the {@code uri} member ({@code s3://bucket/key}) when present
 * @param pointer JSON pointer of the location object
 */
public record AwsLocation(
    String bucketName,
    String key,
    Optional<String> region,
    Optional<Access> access,
    Optional<String> uri,
    String pointer)
    implements Location {

  @Override
  public String provider() {
    return "aws";
  }

  /** @return {@code s3://bucket/key}, built from the bucket and the literal key */
  public String s3Uri() {
    return "s3://" + bucketName + "/" + key;
  }
}
