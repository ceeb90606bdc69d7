package io.github.cloudaccess.server.geometry;

/**
 * A spherical cap: every point within {@code radiusDeg} of {@code center}. Used both for the
 * SIA 2.0 CIRCLE shape and for a record's footprint (radius = s_fov / 2).
 *
 * @param center the centre direction
 * @param radiusDeg the angular radius in degrees, in [0, 180]
 */
public record Cap(Vec3 center, double radiusDeg) implements Shape {

  /**
   * @param raDeg centre right ascension, degrees
   * @param decDeg centre declination, degrees
   * @param radiusDeg radius, degrees
   * @return the cap
   */
  public static Cap of(double raDeg, double decDeg, double radiusDeg) {
    return new Cap(Vec3.ofRaDec(raDeg, decDeg), radiusDeg);
  }

  @Override
  public boolean intersects(Cap other) {
    return center.angleDeg(other.center) <= radiusDeg + other.radiusDeg;
  }

  @Override
  public boolean contains(Vec3 point) {
    return center.angleDeg(point) <= radiusDeg;
  }
}
