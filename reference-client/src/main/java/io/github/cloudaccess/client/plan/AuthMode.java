package io.github.cloudaccess.client.plan;

/** How a cloud route is requested. */
public enum AuthMode {
  /** Unsigned request; no credential ever leaves the client. */
  ANONYMOUS("anonymous"),
  /** Request signed with the caller's AWS credentials. */
  SIGNED("signed");

  private final String wireName;

  AuthMode(String wireName) {
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
