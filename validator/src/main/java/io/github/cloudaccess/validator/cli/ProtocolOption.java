package io.github.cloudaccess.validator.cli;

import io.github.cloudaccess.validator.Protocol;

/** The values of {@code --protocol}: detect it, or force one. */
public enum ProtocolOption {
  /** Detect the protocol from standardID INFOs and columns. */
  AUTO(null),
  /** Force SIA 1.0. */
  SIA1(Protocol.SIA1),
  /** Force SIA 2.0. */
  SIA2(Protocol.SIA2),
  /** Force DataLink. */
  DATALINK(Protocol.DATALINK);

  private final Protocol protocol;

  ProtocolOption(Protocol protocol) {
    this.protocol = protocol;
  }

  /** @return the forced protocol, or {@code null} to detect it */
  public Protocol protocol() {
    return protocol;
  }
}
