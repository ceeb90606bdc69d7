package io.github.cloudaccess.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The SIA 2.0 constraints re-implemented in the test, independently of the server's classes:
 * distances by haversine, shapes by dense sampling and planar tests in a tangent plane, so that
 * the server's vector geometry is checked by a different method.
 *
 * <p>Sampling cannot decide records whose footprint edge lies within a hair of a shape's edge;
 * {@link #ambiguous} says so and the caller leaves those records out of the comparison.
 */
final class IndependentSia2 {

  /** One record as the test sees it (manifest values plus derived values from the server). */
  record Rec(String obsId, String did, double ra, double dec, double fov, double emMin,
      double emMax, double tMin, double tMax, double exptime, String collection, String facility,
      String instrument, String target, String dptype, int calib, String format, Double sres,
      Double specrp, Double tres, List<String> pol) {}

  private static final double EPS = 2e-4;
  private static final int SAMPLES = 720;

  private IndependentSia2() {}

  /** @return true when the record satisfies every parameter (values OR'ed, names AND'ed) */
  static boolean matches(Rec r, Map<String, List<String>> params) {
    return matches(r, params, 0);
  }

  /** @return true when growing or shrinking the footprint by a hair changes the answer */
  static boolean ambiguous(Rec r, Map<String, List<String>> params) {
    return matches(r, params, EPS) != matches(r, params, -EPS);
  }

  private static boolean matches(Rec r, Map<String, List<String>> p, double grow) {
    for (Map.Entry<String, List<String>> e : p.entrySet()) {
      String name = e.getKey().toUpperCase(Locale.ROOT);
      Predicate<String> one = switch (name) {
        case "POS" -> v -> pos(r, v, r.fov() / 2 + grow);
        case "BAND" -> v -> overlaps(v, r.emMin(), r.emMax());
        case "TIME" -> v -> overlaps(v, r.tMin(), r.tMax());
        case "FOV" -> v -> inside(v, r.fov());
        case "SPATRES" -> v -> inside(v, r.sres());
        case "SPECRP" -> v -> inside(v, r.specrp());
        case "EXPTIME" -> v -> inside(v, r.exptime());
        case "TIMERES" -> v -> inside(v, r.tres());
        case "POL" -> r.pol()::contains;
        case "ID" -> v -> v.equalsIgnoreCase(r.did());
        case "COLLECTION" -> equalTo(r, Rec::collection);
        case "FACILITY" -> equalTo(r, Rec::facility);
        case "INSTRUMENT" -> equalTo(r, Rec::instrument);
        case "TARGET" -> equalTo(r, Rec::target);
        case "DPTYPE" -> equalTo(r, Rec::dptype);
        case "FORMAT" -> equalTo(r, Rec::format);
        case "CALIB" -> v -> Integer.parseInt(v.trim()) == r.calib();
        default -> v -> true;
      };
      if (e.getValue().stream().noneMatch(one)) {
        return false;
      }
    }
    return true;
  }

  private static Predicate<String> equalTo(Rec r, Function<Rec, String> f) {
    return v -> v.equals(f.apply(r));
  }

  private static double[] bounds(String v) {
    String[] t = v.trim().split("\\s+");
    double lo = number(t[0]);
    double hi = t.length > 1 ? number(t[1]) : lo;
    return new double[] {lo, hi};
  }

  private static double number(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "-inf" -> Double.NEGATIVE_INFINITY;
      case "+inf", "inf" -> Double.POSITIVE_INFINITY;
      default -> Double.parseDouble(s);
    };
  }

  private static boolean overlaps(String v, double min, double max) {
    double[] b = bounds(v);
    return !(b[1] < min || b[0] > max);
  }

  private static boolean inside(String v, Double x) {
    if (x == null) {
      return false;
    }
    double[] b = bounds(v);
    return x >= b[0] && x <= b[1];
  }

  private static boolean pos(Rec r, String v, double radius) {
    String[] t = v.trim().split("\\s+");
    double[] n = Arrays.stream(t, 1, t.length).mapToDouble(IndependentSia2::number).toArray();
    return switch (t[0].toUpperCase(Locale.ROOT)) {
      case "CIRCLE" -> Sky.dist(r.ra(), r.dec(), n[0], n[1]) <= n[2] + radius;
      case "RANGE" -> range(r, n, radius);
      case "POLYGON" -> polygon(r, n, radius);
      default -> throw new AssertionError("unknown shape " + t[0]);
    };
  }

  private static boolean inRange(double ra, double dec, double[] n) {
    double lon1 = Double.isInfinite(n[0]) ? 0 : n[0];
    double lon2 = Double.isInfinite(n[1]) ? 360 : n[1];
    double lat1 = Double.isInfinite(n[2]) ? -90 : n[2];
    double lat2 = Double.isInfinite(n[3]) ? 90 : n[3];
    boolean lonOk = lon1 <= lon2 ? ra >= lon1 && ra <= lon2 : ra >= lon1 || ra <= lon2;
    return lonOk && dec >= lat1 && dec <= lat2;
  }

  private static boolean range(Rec r, double[] n, double radius) {
    for (double[] s : Sky.circleSamples(r.ra(), r.dec(), radius, SAMPLES)) {
      if (inRange(s[0], s[1], n)) {
        return true;
      }
    }
    // The box may also poke into the footprint between samples: test points along its edges.
    double lon1 = Double.isInfinite(n[0]) ? 0 : n[0];
    double lon2 = Double.isInfinite(n[1]) ? 360 : n[1];
    double lat1 = Double.isInfinite(n[2]) ? -90 : n[2];
    double lat2 = Double.isInfinite(n[3]) ? 90 : n[3];
    double width = lon1 <= lon2 ? lon2 - lon1 : lon2 + 360 - lon1;
    for (int i = 0; i <= 2000; i++) {
      double lon = (lon1 + width * i / 2000) % 360;
      double lat = lat1 + (lat2 - lat1) * i / 2000;
      if (Sky.dist(r.ra(), r.dec(), lon, lat1) <= radius
          || Sky.dist(r.ra(), r.dec(), lon, lat2) <= radius
          || Sky.dist(r.ra(), r.dec(), lon1, lat) <= radius
          || Sky.dist(r.ra(), r.dec(), lon2, lat) <= radius) {
        return true;
      }
    }
    return false;
  }

  private static boolean polygon(Rec r, double[] n, double radius) {
    int k = n.length / 2;
    // Tangent point: the mean of the vertices (the test polygons are small).
    double ra0 = 0;
    double dec0 = 0;
    double sx = 0;
    double sy = 0;
    for (int i = 0; i < k; i++) {
      sx += Math.cos(Math.toRadians(n[2 * i]));
      sy += Math.sin(Math.toRadians(n[2 * i]));
      dec0 += n[2 * i + 1] / k;
    }
    ra0 = (Math.toDegrees(Math.atan2(sy, sx)) + 360) % 360;
    double[][] poly = new double[k][];
    for (int i = 0; i < k; i++) {
      poly[i] = Sky.gnomonic(ra0, dec0, n[2 * i], n[2 * i + 1]);
    }
    for (double[] s : Sky.circleSamples(r.ra(), r.dec(), radius, SAMPLES)) {
      double[] xy = Sky.gnomonic(ra0, dec0, s[0], s[1]);
      if (xy != null && Sky.inPlanarPolygon(xy[0], xy[1], poly)) {
        return true;
      }
    }
    // Edges are straight lines in the gnomonic plane (great circles): sample them too.
    List<double[]> edgePoints = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      double[] a = poly[i];
      double[] b = poly[(i + 1) % k];
      for (int j = 0; j <= 500; j++) {
        edgePoints.add(new double[] {a[0] + (b[0] - a[0]) * j / 500, a[1] + (b[1] - a[1]) * j / 500});
      }
    }
    double[] c = Sky.gnomonic(ra0, dec0, r.ra(), r.dec());
    for (double[] e : edgePoints) {
      double[] sky = inverseGnomonic(ra0, dec0, e[0], e[1]);
      if (Sky.dist(r.ra(), r.dec(), sky[0], sky[1]) <= radius) {
        return true;
      }
    }
    return c != null && Sky.inPlanarPolygon(c[0], c[1], poly);
  }

  private static double[] inverseGnomonic(double ra0, double dec0, double x, double y) {
    double d0 = Math.toRadians(dec0);
    double rho = Math.hypot(x, y);
    double c = Math.atan(rho);
    double dec = rho == 0 ? d0
        : Math.asin(Math.cos(c) * Math.sin(d0) + y * Math.sin(c) * Math.cos(d0) / rho);
    double ra = Math.toRadians(ra0) + Math.atan2(x * Math.sin(c),
        rho * Math.cos(d0) * Math.cos(c) - y * Math.sin(d0) * Math.sin(c));
    double raDeg = Math.toDegrees(ra) % 360;
    return new double[] {raDeg < 0 ? raDeg + 360 : raDeg, Math.toDegrees(dec)};
  }
}
