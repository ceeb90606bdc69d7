package io.github.cloudaccess.server.cloud;

import java.util.Locale;
import java.util.Optional;

/** How the cloud_access cells are written: escaped or CDATA character data, or BINARY2. */
public enum CellEncoding {
  /** TABLEDATA, JSON quotes written as {@code &quot;} (the most common writer output). */
  ESCAPED,
  /** TABLEDATA, each JSON value wrapped in a CDATA section ({@code ]]>} split). */
  CDATA,
  /** BINARY2 serialization: base64 stream with per-cell null flags, no XML escaping at all. */
  BINARY2;

  /** @return the parameter spelling */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @return the encoding for a parameter value (case-insensitive), if any */
  public static Optional<CellEncoding> fromWire(String text) {
    for (CellEncoding e : values()) {
      if (e.wireName().equalsIgnoreCase(text.trim())) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
