package io.github.cloudaccess.server.cloud;

import java.util.Locale;
import java.util.Optional;

/** The container under each provider key: a list of locations, or one object (IRSA's form). */
public enum Form {
  /** {@code {"aws": [{...}, {...}]}}: every location. */
  LIST,
  /** {@code {"aws": {...}}}: the preferred location only. */
  DICT;

  /** @return the parameter spelling */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @return the form for a parameter value (case-insensitive), if any */
  public static Optional<Form> fromWire(String text) {
    for (Form f : values()) {
      if (f.wireName().equalsIgnoreCase(text.trim())) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
