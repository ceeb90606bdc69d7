package io.github.cloudaccess.server.geometry;

/**
 * The SIA 2.0 RANGE shape: longitudes lon1..lon2 and latitudes lat1..lat2, bounds inclusive.
 * When lon1 > lon2 the range wraps through RA 0 (e.g. 350..10).
 *
 * <p>The sides at constant latitude are small circles, not great circles, so the distance from a
 * cap centre to the box is computed per case: inside the longitude range the nearest point is on
 * the same meridian; outside it, the nearest point lies on one of the two bounding meridians
 * (along a parallel, distance grows monotonically with the longitude difference).
 *
 * @param lon1 first longitude, degrees in [0, 360]
 * @param lon2 second longitude, degrees in [0, 360]
 * @param lat1 lower latitude, degrees in [-90, 90]
 * @param lat2 upper latitude, degrees in [lat1, 90]
 */
public record LonLatRange(double lon1, double lon2, double lat1, double lat2) implements Shape {

  private boolean lonInside(double lon) {
    if (lon2 - lon1 >= 360) {
      return true;
    }
    return lon1 <= lon2 ? lon >= lon1 && lon <= lon2 : lon >= lon1 || lon <= lon2;
  }

  @Override
  public boolean contains(Vec3 p) {
    double lat = p.decDeg();
    if (lat < lat1 - 1e-12 || lat > lat2 + 1e-12) {
      return false;
    }
    boolean atPole = Math.abs(lat) > 90 - 1e-12;
    return atPole || lonInside(p.raDeg());
  }

  /** @return angular distance in degrees from {@code p} to the nearest point of the box */
  public double distance(Vec3 p) {
    if (contains(p)) {
      return 0;
    }
    double lat = p.decDeg();
    if (lonInside(p.raDeg())) {
      return lat < lat1 ? lat1 - lat : lat - lat2;
    }
    return Math.min(meridianDistance(p, lon1), meridianDistance(p, lon2));
  }

  private double meridianDistance(Vec3 p, double lon) {
    double mid = (lat1 + lat2) / 2;
    Vec3 a = Vec3.ofRaDec(lon, lat1);
    Vec3 m = Vec3.ofRaDec(lon, mid);
    Vec3 b = Vec3.ofRaDec(lon, lat2);
    // Two halves keep each arc shorter than 180 degrees even for a pole-to-pole meridian.
    return Math.min(Arcs.distanceToArc(p, a, m), Arcs.distanceToArc(p, m, b));
  }

  @Override
  public boolean intersects(Cap footprint) {
    return distance(footprint.center()) <= footprint.radiusDeg();
  }
}
