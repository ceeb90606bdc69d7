package io.github.cloudaccess.validator.protocol;

import io.github.cloudaccess.validator.Protocol;

/** Shares the detected protocol with the stages that depend on it. */
public interface ProtocolHolder {

  /** @return the forced or detected protocol; {@link Protocol#UNKNOWN} until decided */
  Protocol protocol();

  /**
   * @return the standardID INFO value that declared the protocol, or null when none was given
   *     (the protocol then came from the columns or from the options)
   */
  String standardId();
}
