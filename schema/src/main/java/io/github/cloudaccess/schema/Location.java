package io.github.cloudaccess.schema;

import java.util.Optional;

/**
 * One place where a copy of a data product is stored, normalised to the canonical names.
 *
 * <p>{@link #pointer()} is the JSON pointer of the location object inside the original value
 * (for example {@code /aws/0}, or {@code /aws} when the provider held a single object).
 */
public sealed interface Location permits AwsLocation, GoogleLocation, AzureLocation, OtherLocation {

  /** @return the provider key under which this location was found (e.g. {@code aws}) */
  String provider();

  /** @return the declared access class, empty when the value did not say */
  Optional<Access> access();

  /** @return JSON pointer of the location object within the parsed value */
  String pointer();
}
