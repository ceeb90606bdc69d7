package io.github.cloudaccess.server.geometry;

import java.util.List;

/**
 * The SIA 1.0 region of interest: a rectangle of the given angular width and height centred on
 * POS, defined in the gnomonic (tangent-plane) projection at POS so that its sides are
 * great-circle arcs. A width or height of 0 degenerates to the point POS.
 */
public final class SearchBox {

  private final Vec3 center;
  private final SphericalPolygon polygon;

  private SearchBox(Vec3 center, SphericalPolygon polygon) {
    this.center = center;
    this.polygon = polygon;
  }

  /**
   * @param raDeg POS right ascension
   * @param decDeg POS declination
   * @param widthDeg extent along RA, degrees in [0, 180)
   * @param heightDeg extent along Dec, degrees in [0, 180)
   * @return the box
   */
  public static SearchBox of(double raDeg, double decDeg, double widthDeg, double heightDeg) {
    Vec3 c = Vec3.ofRaDec(raDeg, decDeg);
    if (widthDeg <= 0 || heightDeg <= 0) {
      return new SearchBox(c, null);
    }
    double ra = Math.toRadians(raDeg);
    double dec = Math.toRadians(decDeg);
    // Tangent-plane basis at POS: east and north unit vectors.
    Vec3 east = new Vec3(-Math.sin(ra), Math.cos(ra), 0);
    Vec3 north = new Vec3(-Math.sin(dec) * Math.cos(ra), -Math.sin(dec) * Math.sin(ra),
        Math.cos(dec));
    double hx = Math.tan(Math.toRadians(widthDeg / 2));
    double hy = Math.tan(Math.toRadians(heightDeg / 2));
    List<Vec3> corners = List.of(
        corner(c, east, north, -hx, -hy), corner(c, east, north, hx, -hy),
        corner(c, east, north, hx, hy), corner(c, east, north, -hx, hy));
    return new SearchBox(c, SphericalPolygon.of(corners));
  }

  private static Vec3 corner(Vec3 c, Vec3 east, Vec3 north, double x, double y) {
    return c.plus(east.times(x)).plus(north.times(y)).unit();
  }

  /** INTERSECT=OVERLAPS: the image overlaps some part of the region. */
  public boolean overlaps(Cap image) {
    return polygon == null ? image.contains(center) : polygon.intersects(image);
  }

  /** INTERSECT=COVERS: the image covers the whole region. */
  public boolean coveredBy(Cap image) {
    return polygon == null ? image.contains(center) : polygon.coveredBy(image);
  }

  /** INTERSECT=ENCLOSED: the image lies entirely inside the region. */
  public boolean encloses(Cap image) {
    return polygon != null && polygon.encloses(image);
  }

  /** INTERSECT=CENTER: the image contains the centre of the region (POS). */
  public boolean centerIn(Cap image) {
    return image.contains(center);
  }
}
