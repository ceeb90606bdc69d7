package io.github.cloudaccess.server.geometry;

/** Distances between a point and great-circle arcs, shared by the polygon and range shapes. */
final class Arcs {

  private Arcs() {}

  /**
   * Angular distance from {@code p} to the minor great-circle arc from {@code a} to {@code b}.
   *
   * <p>The closest point of the whole great circle is the projection of {@code p} onto the
   * circle's plane; when that projection falls between the endpoints it is the answer, otherwise
   * the nearer endpoint is.
   *
   * @return the distance in degrees
   */
  static double distanceToArc(Vec3 p, Vec3 a, Vec3 b) {
    Vec3 n = a.cross(b);
    if (n.norm() < 1e-15) {
      return Math.min(p.angleDeg(a), p.angleDeg(b));
    }
    n = n.unit();
    Vec3 q = p.minus(n.times(p.dot(n)));
    if (q.norm() > 1e-15) {
      q = q.unit();
      boolean afterA = a.cross(q).dot(n) >= 0;
      boolean beforeB = q.cross(b).dot(n) >= 0;
      if (afterA && beforeB) {
        return p.angleDeg(q);
      }
    }
    return Math.min(p.angleDeg(a), p.angleDeg(b));
  }
}
