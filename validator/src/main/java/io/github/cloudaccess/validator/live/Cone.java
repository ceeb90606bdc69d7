package io.github.cloudaccess.validator.live;

import java.util.Locale;

/**
 * The sky region the legal queries ask for: a centre in ICRS degrees and a size in degrees (the
 * full width for SIA 1.0 {@code SIZE}, the diameter of the SIA 2.0 {@code CIRCLE}).
 *
 * @param ra right ascension, [0, 360)
 * @param dec declination, [-90, 90]
 * @param size full width in degrees, positive
 */
public record Cone(double ra, double dec, double size) {

  /** Size used when neither {@code --size} nor the service's metadata gives one. */
  public static final double DEFAULT_SIZE = 0.2;

  /**
   * The documented fallback centre: M31, covered by most imaging archives, used when neither
   * {@code --pos} nor the service's metadata or a sample row gives a position.
   */
  public static final Cone FALLBACK = new Cone(10.6847, 41.2690, DEFAULT_SIZE);

  /** Rejects coordinates outside their ranges. */
  public Cone {
    if (!(ra >= 0 && ra < 360) || !(dec >= -90 && dec <= 90) || !(size > 0 && size <= 180)) {
      throw new IllegalArgumentException("position out of range: ra " + ra + ", dec " + dec
          + ", size " + size);
    }
  }

  /**
   * Parses {@code RA,DEC} (as {@code --pos} and SIA 1.0 {@code POS} write it).
   *
   * @param pos the text
   * @param size the size to attach
   * @return the cone
   * @throws IllegalArgumentException when the text is not two numbers in range
   */
  public static Cone parse(String pos, double size) {
    String[] parts = pos.trim().split("\\s*,\\s*");
    if (parts.length != 2) {
      throw new IllegalArgumentException("expected RA,DEC in degrees, not '" + pos + "'");
    }
    try {
      return new Cone(normaliseRa(Double.parseDouble(parts[0])), Double.parseDouble(parts[1]),
          size);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected RA,DEC in degrees, not '" + pos + "'");
    }
  }

  /**
   * Parses an SIA 2.0 {@code CIRCLE lon lat radius} value.
   *
   * @param circle the text
   * @return the cone (size = twice the radius), or {@code null} when the text is no circle
   */
  public static Cone ofCircle(String circle) {
    String[] parts = circle.trim().split("\\s+");
    if (parts.length != 4 || !parts[0].equalsIgnoreCase("CIRCLE")) {
      return null;
    }
    try {
      return new Cone(normaliseRa(Double.parseDouble(parts[1])), Double.parseDouble(parts[2]),
          2 * Double.parseDouble(parts[3]));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * @param size another size
   * @return this centre with that size
   */
  public Cone withSize(double size) {
    return new Cone(ra, dec, size);
  }

  /** @return the SIA 1.0 {@code POS} value, {@code ra,dec} */
  public String sia1Pos() {
    return num(ra) + "," + num(dec);
  }

  /** @return the SIA 1.0 {@code SIZE} value */
  public String sia1Size() {
    return num(size);
  }

  /** @return the SIA 2.0 {@code POS} value, {@code CIRCLE ra dec radius} */
  public String sia2Pos() {
    return "CIRCLE " + num(ra) + " " + num(dec) + " " + num(size / 2);
  }

  /**
   * @param ra2 another right ascension, degrees
   * @param dec2 another declination, degrees
   * @return the angular distance from this centre, degrees (haversine, stable at small angles)
   */
  public double distanceTo(double ra2, double dec2) {
    double p1 = Math.toRadians(dec);
    double p2 = Math.toRadians(dec2);
    double dp = p2 - p1;
    double dl = Math.toRadians(ra2 - ra);
    double h = Math.sin(dp / 2) * Math.sin(dp / 2)
        + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return Math.toDegrees(2 * Math.asin(Math.min(1, Math.sqrt(h))));
  }

  @Override
  public String toString() {
    return sia1Pos() + " size " + sia1Size();
  }

  private static double normaliseRa(double ra) {
    double r = ra % 360;
    return r < 0 ? r + 360 : r;
  }

  private static String num(double d) {
    String s = String.format(Locale.ROOT, "%.6f", d);
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }
}
