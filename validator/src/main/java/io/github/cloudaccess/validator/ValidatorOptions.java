package io.github.cloudaccess.validator;

import io.github.cloudaccess.schema.Profile;

/**
 * What the checking pipeline needs to know besides the input.
 *
 * @param profile the {@code cloud_access} schema profile ({@code --profile}, default lenient)
 * @param protocol the forced protocol ({@code --protocol}), or {@code null} to detect it
 * @param requireCloud report a missing {@code cloud_access} column as an error
 *     ({@code --require-cloud})
 */
public record ValidatorOptions(Profile profile, Protocol protocol, boolean requireCloud) {

  /** @return lenient profile, protocol detected, cloud column optional */
  public static ValidatorOptions defaults() {
    return new ValidatorOptions(Profile.LENIENT, null, false);
  }
}
