package io.github.cloudaccess.server.cloud;

import java.util.Locale;
import java.util.Optional;

/**
 * Where the cloud_access column appears: in the discovery table (IRSA today), only in the
 * DataLink {links} response (HEASARC today, the agreed direction), or in both.
 */
public enum Placement {
  /** SIA 1.0 and SIA 2.0 tables carry the column; access_url points at the product. */
  DISCOVERY,
  /** Only DataLink #this rows carry it; SIA 2.0 access_url points at DataLink. */
  DATALINK,
  /** Both; SIA 2.0 access_url points at the product. */
  BOTH;

  /** @return the parameter spelling */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @return true when discovery tables carry the column */
  public boolean inDiscovery() {
    return this != DATALINK;
  }

  /** @return true when DataLink #this rows carry the column */
  public boolean inDataLink() {
    return this != DISCOVERY;
  }

  /** @return the placement for a parameter value (case-insensitive), if any */
  public static Optional<Placement> fromWire(String text) {
    for (Placement p : values()) {
      if (p.wireName().equalsIgnoreCase(text.trim())) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
