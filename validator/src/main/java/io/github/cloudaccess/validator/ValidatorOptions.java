package io.github.cloudaccess.validator;

import io.github.cloudaccess.schema.Profile;

/**
 * What the checking pipeline needs to know besides the input.
 *
 * @param profile the {@code cloud_access} schema profile ({@code --profile}, default lenient)
 * @param protocol the protocol to check against ({@code --protocol}, or what a live run found),
 *     or {@code null} to detect it
 * @param requireCloud report a missing {@code cloud_access} column as an error
 *     ({@code --require-cloud})
 * @param protocolSource why {@code protocol} was given; {@code null} exactly when it is
 */
public record ValidatorOptions(Profile profile, Protocol protocol, boolean requireCloud,
    ProtocolSource protocolSource) {

  /** Rejects a protocol without its source, and a source without a protocol. */
  public ValidatorOptions {
    if ((protocol == null) != (protocolSource == null)) {
      throw new IllegalArgumentException("a protocol needs its source, and only it: " + protocol
          + ", " + protocolSource);
    }
  }

  /**
   * Options as the command line gives them: a protocol is forced by {@code --protocol}.
   *
   * @param profile the schema profile
   * @param protocol the forced protocol, or {@code null} to detect it
   * @param requireCloud a missing column is an error
   */
  public ValidatorOptions(Profile profile, Protocol protocol, boolean requireCloud) {
    this(profile, protocol, requireCloud, protocol == null ? null : ProtocolSource.OPTIONS);
  }

  /** @return lenient profile, protocol detected, cloud column optional */
  public static ValidatorOptions defaults() {
    return new ValidatorOptions(Profile.LENIENT, null, false);
  }
}
