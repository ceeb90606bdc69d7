package io.github.cloudaccess.client.plan;

import io.github.cloudaccess.schema.Access;
import java.util.Objects;
import java.util.Optional;

/**
 * A Google Cloud Storage object, fetched by anonymous HTTPS GET on the public endpoint.
 *
 * @param bucket the bucket name
 * @param objectName the object name, literal
 * @param access the declared access class, empty when absent
 * @param source the JSON pointer of the location
 */
public record GoogleRoute(String bucket, String objectName, Optional<Access> access, String source)
    implements Route {

  public GoogleRoute {
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(objectName, "objectName");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(source, "source");
  }

  @Override
  public String provider() {
    return "google";
  }

  @Override
  public AuthMode auth() {
    return AuthMode.ANONYMOUS;
  }

  @Override
  public String describe() {
    return "gs://" + bucket + "/" + objectName + " (anonymous)";
  }
}
