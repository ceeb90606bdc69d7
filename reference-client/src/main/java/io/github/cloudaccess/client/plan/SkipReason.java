package io.github.cloudaccess.client.plan;

/** Why the planner left a location (or the {@code access_url}) out of the routes. */
public enum SkipReason {
  /** The {@code access} member is present but not one of the four values: its meaning is unknown. */
  UNKNOWN_ACCESS("unknown-access"),
  /** An entry the parser could not read as a location (no bucket or key, wrong types, not an object). */
  INVALID_LOCATION("invalid-location"),
  /** The location declares {@code access: none}. */
  ACCESS_NONE("access-none"),
  /** {@code access: region}, and the caller is not in that region nor accepts cross-region access. */
  OUT_OF_REGION("out-of-region"),
  /** {@code access: region} without a {@code region} member: the caller cannot be placed in it. */
  REGION_UNKNOWN("region-unknown"),
  /** {@code access: restricted} and no credentials are available. */
  NO_CREDENTIALS("no-credentials"),
  /** {@code access: restricted} on a provider this client reads anonymously only (google, azure). */
  CREDENTIALS_UNSUPPORTED("credentials-unsupported"),
  /** The location's provider is not among the requested ones. */
  PROVIDER_NOT_REQUESTED("provider-not-requested"),
  /** A provider key this client cannot fetch from (e.g. {@code gc}, {@code prem}). */
  UNSUPPORTED_PROVIDER("unsupported-provider"),
  /** The key or object name is empty, names a prefix (ends with {@code /}) or exceeds 1024 bytes. */
  UNUSABLE_KEY("unusable-key"),
  /** The bucket, account or container name cannot be put into a request safely. */
  UNUSABLE_BUCKET("unusable-bucket"),
  /** The same object is already routed by an earlier location. */
  DUPLICATE_LOCATION("duplicate-location"),
  /** The whole {@code cloud_access} value could not be read (pointer {@code ""}). */
  INVALID_CLOUD_ACCESS("invalid-cloud-access"),
  /** The caller asked for cloud copies only: the {@code access_url} is not used. */
  CLOUD_ONLY("cloud-only"),
  /** The caller asked for the archive copy only: cloud locations are not used. */
  ON_PREM_ONLY("on-prem-only"),
  /** The {@code access_url} is not an absolute http or https URL. */
  BAD_ACCESS_URL("bad-access-url"),
  /**
   * The {@code access_url} returns a DataLink document ({@code access_format} says
   * {@code content=datalink}), not the file; it is followed to its {@code #this} row when loading,
   * never downloaded as the product.
   */
  DATALINK_DOCUMENT("datalink-document");

  private final String wireName;

  SkipReason(String wireName) {
    this.wireName = wireName;
  }

  /** @return the spelling used in plans, results and the corpus */
  public String wireName() {
    return wireName;
  }

  @Override
  public String toString() {
    return wireName;
  }
}
