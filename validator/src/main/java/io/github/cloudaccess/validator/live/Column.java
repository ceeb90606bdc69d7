package io.github.cloudaccess.validator.live;

/**
 * A FIELD of the results table, as the probes need it to find values in rows.
 *
 * @param index 0-based position in the row
 * @param name the name attribute
 * @param id the ID attribute, or {@code null}
 * @param ucd the ucd attribute, or {@code null}
 * @param utype the utype attribute, or {@code null}
 */
public record Column(int index, String name, String id, String ucd, String utype) {

  /**
   * @param ucd a UCD, compared case-insensitively
   * @return true when this column carries it
   */
  public boolean hasUcd(String ucd) {
    return this.ucd != null && this.ucd.trim().equalsIgnoreCase(ucd);
  }
}
