package io.github.cloudaccess.validator.cloud;

import io.github.cloudaccess.schema.CloudAccess;
import io.github.cloudaccess.schema.Location;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts what the cloud_access values held: locations per provider and per access class
 * ({@code absent} when a location does not say). Written by the worker thread only; read after
 * it has finished.
 */
public final class CloudTally {

  private final Map<String, Long> providers = new TreeMap<>();
  private final Map<String, Long> accessClasses = new TreeMap<>();
  private long parsed;
  private long invalid;

  void add(CloudAccess value) {
    for (Location l : value.locations()) {
      providers.merge(l.provider(), 1L, Long::sum);
      accessClasses.merge(l.access().map(a -> a.wireName()).orElse("absent"), 1L, Long::sum);
    }
  }

  void countParsed(boolean valid) {
    parsed++;
    if (!valid) {
      invalid++;
    }
  }

  /** @return locations per provider key */
  public Map<String, Long> providers() {
    return Map.copyOf(providers);
  }

  /** @return locations per access class, {@code absent} included */
  public Map<String, Long> accessClasses() {
    return Map.copyOf(accessClasses);
  }

  /** @return cells parsed */
  public long parsed() {
    return parsed;
  }

  /** @return cells with at least one error */
  public long invalid() {
    return invalid;
  }
}
