package io.github.cloudaccess.client.plan;

import java.util.Objects;

/**
 * A location, or the {@code access_url}, that the plan does not route, and why.
 *
 * @param source the JSON pointer of the location inside the {@code cloud_access} value ({@code ""}
 *     for the whole value), or {@link #ACCESS_URL} for the archive's own URL
 * @param reason why it was skipped
 * @param detail a short human-readable note; never asserted on
 */
public record Skip(String source, SkipReason reason, String detail) {

  /** The {@link #source()} of a skip that concerns the {@code access_url} column. */
  public static final String ACCESS_URL = "access_url";

  public Skip {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    detail = detail == null ? "" : detail;
  }

  /** @return true when this skip concerns the {@code access_url} rather than a cloud location */
  public boolean isAccessUrl() {
    return ACCESS_URL.equals(source);
  }
}
