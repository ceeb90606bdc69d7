package io.github.cloudaccess.schema;

import java.util.Locale;
import java.util.Optional;

/**
 * The access class of a cloud location, as the fornax proposal defines it (README, 2022-07/09).
 *
 * <p>Order of declaration is the order in which a client should prefer locations.
 */
public enum Access {
  /** Readable anonymously from anywhere. */
  OPEN("open"),
  /** Readable anonymously from inside the bucket's region only. */
  REGION("region"),
  /** Needs credentials. */
  RESTRICTED("restricted"),
  /** Not accessible; the entry is informative only. */
  NONE("none");

  private final String wireName;

  Access(String wireName) {
    this.wireName = wireName;
  }

  /** @return the spelling used in the JSON value */
  public String wireName() {
    return wireName;
  }

  /**
   * Looks up the access class for its exact wire spelling.
   *
   * @param text the JSON string value
   * @return the access class, or empty when {@code text} is not one of the four spellings
   */
  public static Optional<Access> fromWire(String text) {
    for (Access a : values()) {
      if (a.wireName.equals(text)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return wireName.toLowerCase(Locale.ROOT);
  }
}
