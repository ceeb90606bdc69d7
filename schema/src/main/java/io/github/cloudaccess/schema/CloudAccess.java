package io.github.cloudaccess.schema;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A parsed {@code cloud_access} value in canonical form: every location of every provider, in
 * document order (provider by provider, list order within a provider).
 *
 * @param locations all locations; empty for {@code {}}
 */
public record CloudAccess(List<Location> locations) {

  public CloudAccess {
    locations = List.copyOf(locations);
  }

  /** @return the provider keys that hold at least one location, in document order */
  public Set<String> providers() {
    return locations.stream()
        .map(Location::provider)
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  /**
   * @param provider a provider key such as {@code aws}
   * @return the locations under that provider, in document order
   */
  public List<Location> locations(String provider) {
    return locations.stream().filter(l -> l.provider().equals(provider)).toList();
  }
}
