package io.github.cloudaccess.client.plan;

import io.github.cloudaccess.schema.Access;
import java.util.Optional;

/** One way to fetch a record's file, as the planner ordered it. */
public sealed interface Route permits S3Route, GoogleRoute, AzureRoute, OnPremRoute {

  /** The {@link #provider()} of the archive's own {@code access_url} route. */
  String ON_PREM = "on-prem";

  /** @return {@code aws}, {@code google}, {@code azure} or {@value #ON_PREM} */
  String provider();

  /** @return the JSON pointer of the location, or {@link Skip#ACCESS_URL} for the on-prem route */
  String source();

  /** @return the declared access class; empty when the location did not declare one, or on-prem */
  Optional<Access> access();

  /** @return how the request is authenticated */
  AuthMode auth();

  /** @return a one-line description safe to print (no credentials, secret query values redacted) */
  String describe();
}
