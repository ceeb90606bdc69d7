package io.github.cloudaccess.server;

/**
 * Test-side spherical geometry, written independently of the server's vector code: haversine
 * distances, destination points on a bearing, and a gnomonic projection for planar polygon tests.
 */
final class Sky {

  private Sky() {}

  /** @return great-circle distance in degrees (haversine formula) */
  static double dist(double ra1, double dec1, double ra2, double dec2) {
    double p1 = Math.toRadians(dec1);
    double p2 = Math.toRadians(dec2);
    double dp = p2 - p1;
    double dl = Math.toRadians(ra2 - ra1);
    double a = Math.sin(dp / 2) * Math.sin(dp / 2)
        + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return Math.toDegrees(2 * Math.atan2(Math.sqrt(a), Math.sqrt(Math.max(0, 1 - a))));
  }

  /** @return {ra, dec} reached from (ra, dec) after {@code d} degrees on bearing {@code b} */
  static double[] destination(double ra, double dec, double b, double d) {
    double p1 = Math.toRadians(dec);
    double l1 = Math.toRadians(ra);
    double br = Math.toRadians(b);
    double dr = Math.toRadians(d);
    double p2 = Math.asin(Math.sin(p1) * Math.cos(dr) + Math.cos(p1) * Math.sin(dr) * Math.cos(br));
    double l2 = l1 + Math.atan2(Math.sin(br) * Math.sin(dr) * Math.cos(p1),
        Math.cos(dr) - Math.sin(p1) * Math.sin(p2));
    double raOut = Math.toDegrees(l2) % 360;
    return new double[] {raOut < 0 ? raOut + 360 : raOut, Math.toDegrees(p2)};
  }

  /** @return points on the circle of radius r around (ra, dec), plus the centre */
  static double[][] circleSamples(double ra, double dec, double r, int n) {
    double[][] out = new double[n + 1][];
    out[0] = new double[] {ra, dec};
    for (int i = 0; i < n; i++) {
      out[i + 1] = destination(ra, dec, 360.0 * i / n, r);
    }
    return out;
  }

  /** @return gnomonic {x, y} of (ra, dec) about (ra0, dec0), or null behind the tangent plane */
  static double[] gnomonic(double ra0, double dec0, double ra, double dec) {
    double a0 = Math.toRadians(ra0);
    double d0 = Math.toRadians(dec0);
    double a = Math.toRadians(ra);
    double d = Math.toRadians(dec);
    double cosc = Math.sin(d0) * Math.sin(d) + Math.cos(d0) * Math.cos(d) * Math.cos(a - a0);
    if (cosc <= 0) {
      return null;
    }
    double x = Math.cos(d) * Math.sin(a - a0) / cosc;
    double y = (Math.cos(d0) * Math.sin(d) - Math.sin(d0) * Math.cos(d) * Math.cos(a - a0)) / cosc;
    return new double[] {x, y};
  }

  /** @return true when planar point (x, y) is inside the polygon (even-odd ray casting) */
  static boolean inPlanarPolygon(double x, double y, double[][] poly) {
    boolean inside = false;
    for (int i = 0, j = poly.length - 1; i < poly.length; j = i++) {
      double xi = poly[i][0];
      double yi = poly[i][1];
      double xj = poly[j][0];
      double yj = poly[j][1];
      if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
        inside = !inside;
      }
    }
    return inside;
  }
}
