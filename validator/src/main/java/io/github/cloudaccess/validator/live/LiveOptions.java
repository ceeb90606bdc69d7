package io.github.cloudaccess.validator.live;

import io.github.cloudaccess.schema.Profile;
import io.github.cloudaccess.validator.Protocol;

/**
 * The settings of a live run besides the HTTP limits.
 *
 * @param protocol the forced protocol ({@code --protocol}), or {@code null} to detect it
 * @param position the query centre and size ({@code --pos}, {@code --size}), or {@code null} to
 *     take it from the service
 * @param size the query size ({@code --size}) when given without {@code --pos}, or {@code null}
 * @param datalinkSample rows of the legal query whose DataLink {links} are fetched
 *     ({@code --datalink-sample}; 0 disables DataLink)
 * @param profile the {@code cloud_access} profile, for the DataLink cross-check
 * @param objects checks the cloud objects of the legal query's and the DataLink answers,
 *     reporting into their reports; {@code null}: not checked
 */
public record LiveOptions(Protocol protocol, Cone position, Double size, int datalinkSample,
    Profile profile, ObjectCheck objects) {

  /** Default of {@code --datalink-sample}. */
  public static final int DEFAULT_DATALINK_SAMPLE = 10;

  /** Rejects a negative sample. */
  public LiveOptions {
    if (datalinkSample < 0) {
      throw new IllegalArgumentException("datalinkSample must not be negative");
    }
  }

  /**
   * Settings without object checks.
   *
   * @param protocol the forced protocol, or {@code null}
   * @param position the query centre and size, or {@code null}
   * @param size the query size, or {@code null}
   * @param datalinkSample rows whose DataLink {links} are fetched
   * @param profile the {@code cloud_access} profile
   */
  public LiveOptions(Protocol protocol, Cone position, Double size, int datalinkSample,
      Profile profile) {
    this(protocol, position, size, datalinkSample, profile, null);
  }
}
