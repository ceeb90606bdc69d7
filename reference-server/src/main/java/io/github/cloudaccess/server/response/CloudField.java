package io.github.cloudaccess.server.response;

import io.github.cloudaccess.server.cloud.Defect;
import io.github.cloudaccess.server.votable.Column;

/**
 * The cloud_access FIELD: {@code char}, {@code arraysize="*"}, {@code xtype="json"} (DALI 1.2),
 * with the FIELD-level defects applied.
 */
public final class CloudField {

  /** Column name used everywhere. */
  public static final String NAME = "cloud_access";

  /** Arraysize written by the short-arraysize defect. */
  public static final int SHORT_ARRAYSIZE = 32;

  private CloudField() {}

  /** @return the FIELD for this response */
  public static Column column(Defect defect) {
    Column c = new Column(NAME, "char", "*", null, null, null, "json", null,
        "Copies of the data product in cloud object stores (JSON, fornax convention)");
    return switch (defect) {
      case SHORT_ARRAYSIZE -> c.withArraysize(Integer.toString(SHORT_ARRAYSIZE));
      case NO_ARRAYSIZE -> c.withArraysize(null);
      case NO_XTYPE -> c.withXtype(null);
      case HIJACK -> c.withUcdUtype("meta.ref.url", "obscore:access.reference");
      case BOUNDED_ARRAYSIZE -> c.withArraysize("2048*");
      case INT_DATATYPE -> new Column(NAME, "int", null, null, null, null, null, null,
          c.description());
      case UNICODE_CHAR -> new Column(NAME, "unicodeChar", "*", null, null, null, "json", null,
          c.description());
      case ADHOC_MARKER -> new Column("cloud_storage", "char", "*", "meta.ref.cloudstorage",
          "adhoc:cloudstorage", null, "json", null, c.description());
      default -> c;
    };
  }
}
