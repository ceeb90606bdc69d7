package io.github.cloudaccess.validator.live;

import java.util.Locale;

/**
 * Chooses the region of the legal query, in order: {@code --pos}; the POS of a full query URL;
 * the service's own metadata (SIA 1.0 {@code INPUT:POS}/{@code INPUT:SIZE} PARAM values of
 * FORMAT=METADATA, the SIA 2.0 self-description's POS value); for SIA 2.0 the first row of an
 * unconstrained MAXREC=1 query; else {@link Cone#FALLBACK}. {@code --size} overrides the size.
 */
final class Positions {

  private Positions() {}

  /**
   * A chosen region and where it came from, for the report.
   *
   * @param cone the region, or {@code null} when the URL's own POS is not a circle
   * @param source where it came from
   */
  record Found(Cone cone, String source) {}

  /**
   * @param given the URL as given
   * @param options the run's options
   * @param zero the facts of the MAXREC=0 answer
   * @return the region, or {@code null} when only a sample row can tell
   */
  static Found sia2(ServiceUrl given, LiveOptions options, VotableFacts zero) {
    if (options.position() != null) {
      return new Found(options.position(), "--pos");
    }
    if (given.isFullQuery()) {
      return new Found(Cone.ofCircle(given.value("POS")), "POS of the URL");
    }
    for (ServiceDescriptor d : zero.descriptors()) {
      if (d.standardId() != null && d.standardId().trim().toLowerCase(Locale.ROOT)
          .equals(Vosi.SIA2)) {
        for (ServiceDescriptor.InputParam p : d.inputs()) {
          Cone c = "POS".equalsIgnoreCase(p.name()) && p.value() != null
              ? Cone.ofCircle(p.value()) : null;
          if (c != null) {
            return new Found(sized(c, options), "POS value of the self-description");
          }
        }
      }
    }
    return null;
  }

  /**
   * @param facts the answer to an unconstrained MAXREC=1 query
   * @param options the run's options
   * @return the first row's centre, else the fallback
   */
  static Found fromRow(VotableFacts facts, LiveOptions options) {
    if (!facts.sample().isEmpty()) {
      SampleRow row = facts.sample().get(0);
      Double ra = row.number(facts.column("s_ra").orElse(null));
      Double dec = row.number(facts.column("s_dec").orElse(null));
      Cone c = cone(ra, dec, options);
      if (c != null) {
        return new Found(c, "centre of the first row of an unconstrained MAXREC=1 query");
      }
    }
    return fallback(options);
  }

  /**
   * @param given the URL as given
   * @param options the run's options
   * @param metadata the facts of the FORMAT=METADATA answer
   * @return the region
   */
  static Found sia1(ServiceUrl given, LiveOptions options, VotableFacts metadata) {
    if (options.position() != null) {
      return new Found(options.position(), "--pos");
    }
    Found f = sia1Text(given.value("POS"), given.value("SIZE"), options, "POS and SIZE of the URL");
    if (f == null) {
      f = sia1Text(metadata.param("INPUT:POS"), metadata.param("INPUT:SIZE"), options,
          "INPUT:POS and INPUT:SIZE values of FORMAT=METADATA");
    }
    return f != null ? f : fallback(options);
  }

  private static Found sia1Text(String pos, String size, LiveOptions options, String source) {
    if (pos == null || pos.isBlank()) {
      return null;
    }
    try {
      Cone c = Cone.parse(pos, Cone.DEFAULT_SIZE);
      double s = widest(size);
      return new Found(sized(s > 0 && s <= 180 ? c.withSize(s) : c, options), source);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** SIA 1.0 SIZE is one value or {@code w,h}: the larger bounds the region. */
  private static double widest(String size) {
    if (size == null) {
      return -1;
    }
    double max = -1;
    for (String part : size.split(",")) {
      try {
        max = Math.max(max, Double.parseDouble(part.trim()));
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    return max;
  }

  private static Cone cone(Double ra, Double dec, LiveOptions options) {
    try {
      return ra == null || dec == null ? null
          : Cone.parse(ra + "," + dec, options.size() != null ? options.size() : Cone.DEFAULT_SIZE);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Cone sized(Cone c, LiveOptions options) {
    return options.size() != null ? c.withSize(options.size()) : c;
  }

  private static Found fallback(LiveOptions options) {
    return new Found(sized(Cone.FALLBACK, options), "fallback: M31");
  }
}
