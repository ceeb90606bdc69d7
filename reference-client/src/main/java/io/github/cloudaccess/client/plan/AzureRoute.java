package io.github.cloudaccess.client.plan;

import io.github.cloudaccess.schema.Access;
import java.util.Objects;
import java.util.Optional;

/**
 * An Azure blob, fetched by anonymous HTTPS GET on the account's public blob endpoint.
 *
 * @param account the storage account
 * @param container the container
 * @param blob the blob name, literal
 * @param access the declared access class, empty when absent
 * @param source the JSON pointer of the location
 */
public record AzureRoute(String account, String container, String blob, Optional<Access> access, String source)
    implements Route {

  public AzureRoute {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(container, "container");
    Objects.requireNonNull(blob, "blob");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(source, "source");
  }

  @Override
  public String provider() {
    return "azure";
  }

  @Override
  public AuthMode auth() {
    return AuthMode.ANONYMOUS;
  }

  @Override
  public String describe() {
    return "azure://" + account + "/" + container + "/" + blob + " (anonymous)";
  }
}
