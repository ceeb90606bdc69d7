package io.github.cloudaccess.client.transfer;

import io.github.cloudaccess.client.env.Credentials;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * How S3 requests are addressed and signed.
 *
 * @param endpoint an endpoint override (a local S3-compatible server), empty for AWS
 * @param pathStyle address buckets in the path rather than the host name
 * @param defaultRegion the region used when a location names none (or a malformed one)
 * @param credentials the credentials for signed routes, empty when none
 */
public record S3Settings(Optional<URI> endpoint, boolean pathStyle, String defaultRegion,
    Optional<Credentials> credentials) {

  public S3Settings {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(defaultRegion, "defaultRegion");
    Objects.requireNonNull(credentials, "credentials");
  }
}
