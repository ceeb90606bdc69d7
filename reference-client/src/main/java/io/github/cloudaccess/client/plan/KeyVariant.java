package io.github.cloudaccess.client.plan;

/** Whether a route uses an object key exactly as published or a documented variant of it. */
public enum KeyVariant {
  /** The key exactly as in the {@code cloud_access} value. */
  LITERAL("literal"),
  /** The key with exactly one leading {@code /} removed (see {@link LeadingSlashPolicy}). */
  LEADING_SLASH_STRIPPED("leading-slash-stripped");

  private final String wireName;

  KeyVariant(String wireName) {
    this.wireName = wireName;
  }

  /** @return the spelling used in plans and in the corpus */
  public String wireName() {
    return wireName;
  }

  @Override
  public String toString() {
    return wireName;
  }
}
