package io.github.cloudaccess.validator;

/**
 * Why the pipeline checks a response against a given protocol instead of detecting it, so that
 * I-RUN-TARG tells the truth: only {@code --protocol} is "forced by the options".
 */
public enum ProtocolSource {
  /** {@code --protocol}. */
  OPTIONS("forced by the options"),
  /** A live run: the service's VOSI capabilities name the protocol. */
  CAPABILITIES("from the service's VOSI capabilities"),
  /** A live run: its FORMAT=METADATA query's answer was recognised as this protocol. */
  METADATA_QUERY("recognised from the service's answer to FORMAT=METADATA"),
  /** A live run asked for the DataLink {links} of a row (its access_url or service descriptor). */
  LINKS_REQUEST("the live run's request for DataLink {links}");

  private final String reason;

  ProtocolSource(String reason) {
    this.reason = reason;
  }

  /** @return the reason as I-RUN-TARG words it */
  public String reason() {
    return reason;
  }
}
