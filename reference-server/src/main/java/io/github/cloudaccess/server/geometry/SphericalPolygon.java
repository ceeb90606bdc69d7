package io.github.cloudaccess.server.geometry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A simple spherical polygon whose edges are minor great-circle arcs; the enclosed region is the
 * smaller of the two the boundary separates (SIA 2.0 section 2.1.1), whatever the vertex order.
 *
 * <p>Construction reorders the vertices so the interior lies on the left, using the turning-angle
 * sum (Gauss-Bonnet: area = 2π − Σ turns). Containment is a winding number of the vertex azimuths
 * seen from the point, which needs no projection and works across the poles and RA 0/360.
 * Self-intersecting polygons give undefined (but never failing) answers.
 */
public final class SphericalPolygon implements Shape {

  private final List<Vec3> vertices;

  private SphericalPolygon(List<Vec3> vertices) {
    this.vertices = List.copyOf(vertices);
  }

  /**
   * @param vertices at least three vertices, consecutive ones neither equal nor antipodal
   * @return the polygon, oriented so that its interior is the smaller region
   * @throws IllegalArgumentException when the vertices do not define edges
   */
  public static SphericalPolygon of(List<Vec3> vertices) {
    if (vertices.size() < 3) {
      throw new IllegalArgumentException("a polygon needs at least 3 vertices");
    }
    int n = vertices.size();
    for (int i = 0; i < n; i++) {
      Vec3 a = vertices.get(i);
      Vec3 b = vertices.get((i + 1) % n);
      if (a.cross(b).norm() < 1e-12) {
        throw new IllegalArgumentException("vertices " + (i + 1) + " and " + ((i + 1) % n + 1)
            + " are equal or antipodal, so the edge between them is undefined");
      }
    }
    List<Vec3> ordered = new ArrayList<>(vertices);
    if (2 * Math.PI - turningSum(ordered) > 2 * Math.PI) {
      Collections.reverse(ordered);
    }
    return new SphericalPolygon(ordered);
  }

  /** @return the vertices, interior on the left */
  public List<Vec3> vertices() {
    return vertices;
  }

  private static double turningSum(List<Vec3> v) {
    int n = v.size();
    double sum = 0;
    for (int i = 0; i < n; i++) {
      Vec3 prev = v.get((i + n - 1) % n);
      Vec3 at = v.get(i);
      Vec3 next = v.get((i + 1) % n);
      Vec3 in = tangentTowards(at, prev).times(-1);
      Vec3 out = tangentTowards(at, next);
      sum += Math.atan2(in.cross(out).dot(at), in.dot(out));
    }
    return sum;
  }

  /** Unit tangent at {@code from} pointing along the great circle towards {@code to}. */
  private static Vec3 tangentTowards(Vec3 from, Vec3 to) {
    return to.minus(from.times(from.dot(to))).unit();
  }

  @Override
  public boolean contains(Vec3 p) {
    if (distanceToBoundary(p) < 1e-9) {
      return true;
    }
    double winding = 0;
    int n = vertices.size();
    for (int i = 0; i < n; i++) {
      Vec3 t1 = tangentTowards(p, vertices.get(i));
      Vec3 t2 = tangentTowards(p, vertices.get((i + 1) % n));
      winding += Math.atan2(t1.cross(t2).dot(p), t1.dot(t2));
    }
    return winding > Math.PI;
  }

  /** @return the smallest angular distance from {@code p} to any edge, in degrees */
  public double distanceToBoundary(Vec3 p) {
    double best = Double.POSITIVE_INFINITY;
    int n = vertices.size();
    for (int i = 0; i < n; i++) {
      best = Math.min(best, Arcs.distanceToArc(p, vertices.get(i), vertices.get((i + 1) % n)));
    }
    return best;
  }

  @Override
  public boolean intersects(Cap footprint) {
    return contains(footprint.center())
        || distanceToBoundary(footprint.center()) <= footprint.radiusDeg();
  }

  /** @return true when the whole cap lies inside this polygon */
  public boolean encloses(Cap footprint) {
    return contains(footprint.center())
        && distanceToBoundary(footprint.center()) >= footprint.radiusDeg();
  }

  /**
   * True when every point of this polygon lies in the cap. Checking the vertices suffices because
   * a cap of radius at most 90 degrees is convex and the edges are great-circle arcs; this is
   * only used for convex polygons (the SIA 1.0 search rectangle).
   *
   * @return true when the cap covers this polygon
   */
  public boolean coveredBy(Cap footprint) {
    return footprint.radiusDeg() <= 90
        && vertices.stream().allMatch(footprint::contains);
  }
}
