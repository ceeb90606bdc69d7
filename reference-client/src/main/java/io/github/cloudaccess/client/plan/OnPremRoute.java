package io.github.cloudaccess.client.plan;

import io.github.cloudaccess.schema.Access;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The archive's own {@code access_url}, fetched by HTTP(S) GET.
 *
 * @param url the absolute http or https URL
 */
public record OnPremRoute(URI url) implements Route {

  public OnPremRoute {
    Objects.requireNonNull(url, "url");
  }

  @Override
  public String provider() {
    return ON_PREM;
  }

  @Override
  public String source() {
    return Skip.ACCESS_URL;
  }

  @Override
  public Optional<Access> access() {
    return Optional.empty();
  }

  @Override
  public AuthMode auth() {
    return AuthMode.ANONYMOUS;
  }

  @Override
  public String describe() {
    return Redaction.url(url);
  }

  @Override
  public String toString() {
    // A URL may carry user-info or presigned query values: never print them raw.
    return "OnPremRoute[url=" + Redaction.url(url) + "]";
  }
}
