package io.github.cloudaccess.client.plan;

import io.github.cloudaccess.schema.Access;
import java.util.Objects;
import java.util.Optional;

/**
 * An S3 object, fetched through the AWS SDK.
 *
 * @param bucket the bucket name
 * @param key the key to request (the published key, or its variant named by {@code keyVariant})
 * @param region the bucket's region as published, empty when absent
 * @param access the declared access class, empty when absent
 * @param auth anonymous or signed
 * @param keyVariant whether {@code key} is the published key or a documented variant of it
 * @param source the JSON pointer of the location
 */
public record S3Route(
    String bucket,
    String key,
    Optional<String> region,
    Optional<Access> access,
    AuthMode auth,
    KeyVariant keyVariant,
    String source)
    implements Route {

  public S3Route {
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(auth, "auth");
    Objects.requireNonNull(keyVariant, "keyVariant");
    Objects.requireNonNull(source, "source");
  }

  @Override
  public String provider() {
    return "aws";
  }

  @Override
  public String describe() {
    String variant = keyVariant == KeyVariant.LITERAL ? "" : ", " + keyVariant.wireName();
    return "s3://" + bucket + "/" + key + " (" + auth.wireName() + variant + ")";
  }
}
