package io.github.cloudaccess.server.geometry;

/**
 * A unit vector on the celestial sphere (ICRS), the representation every spherical computation
 * here uses because it has no singularity at the poles or at RA 0/360.
 *
 * @param x component towards (RA 0, Dec 0)
 * @param y component towards (RA 90, Dec 0)
 * @param z component towards the north pole
 */
public record Vec3(double x, double y, double z) {

  /**
   * @param raDeg right ascension in degrees
   * @param decDeg declination in degrees
   * @return the unit vector of that position
   */
  public static Vec3 ofRaDec(double raDeg, double decDeg) {
    double ra = Math.toRadians(raDeg);
    double dec = Math.toRadians(decDeg);
    double c = Math.cos(dec);
    return new Vec3(c * Math.cos(ra), c * Math.sin(ra), Math.sin(dec));
  }

  /** @return the dot product */
  public double dot(Vec3 o) {
    return x * o.x + y * o.y + z * o.z;
  }

  /** @return the cross product {@code this × o} */
  public Vec3 cross(Vec3 o) {
    return new Vec3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
  }

  /** @return this vector scaled by {@code f} */
  public Vec3 times(double f) {
    return new Vec3(x * f, y * f, z * f);
  }

  /** @return {@code this + o} */
  public Vec3 plus(Vec3 o) {
    return new Vec3(x + o.x, y + o.y, z + o.z);
  }

  /** @return {@code this - o} */
  public Vec3 minus(Vec3 o) {
    return new Vec3(x - o.x, y - o.y, z - o.z);
  }

  /** @return the Euclidean length */
  public double norm() {
    return Math.sqrt(dot(this));
  }

  /** @return this vector scaled to unit length (the zero vector stays zero) */
  public Vec3 unit() {
    double n = norm();
    return n == 0 ? this : times(1 / n);
  }

  /** @return declination of this direction in degrees */
  public double decDeg() {
    return Math.toDegrees(Math.atan2(z, Math.hypot(x, y)));
  }

  /** @return right ascension of this direction in degrees, in [0, 360) */
  public double raDeg() {
    double ra = Math.toDegrees(Math.atan2(y, x));
    return ra < 0 ? ra + 360 : ra;
  }

  /**
   * Angular distance; atan2 of sine and cosine keeps full precision for tiny and near-180 degree
   * separations, unlike acos of the dot product.
   *
   * @return the angle between the two directions, in degrees
   */
  public double angleDeg(Vec3 o) {
    return Math.toDegrees(Math.atan2(cross(o).norm(), dot(o)));
  }
}
