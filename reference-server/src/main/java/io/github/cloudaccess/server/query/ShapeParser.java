package io.github.cloudaccess.server.query;

import io.github.cloudaccess.server.geometry.Cap;
import io.github.cloudaccess.server.geometry.LonLatRange;
import io.github.cloudaccess.server.geometry.Shape;
import io.github.cloudaccess.server.geometry.SphericalPolygon;
import io.github.cloudaccess.server.geometry.Vec3;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Parses the SIA 2.0 POS value: {@code CIRCLE}, {@code RANGE} or {@code POLYGON} (2.1.1). */
public final class ShapeParser {

  /** Most polygon vertices accepted (bounds the work per record). */
  public static final int MAX_VERTICES = 1000;

  private ShapeParser() {}

  /**
   * @param text the POS value
   * @return the shape
   * @throws Fault UsageFault for an unknown shape, wrong arity or coordinates out of range
   */
  public static Shape parse(String text) throws Fault {
    String[] t = text.trim().split("\\s+");
    String kind = t[0].toUpperCase(Locale.ROOT);
    int n = t.length - 1;
    switch (kind) {
      case "CIRCLE" -> {
        if (n != 3) {
          throw Fault.usage("POS CIRCLE needs 3 values (lon lat radius), got " + n);
        }
        double lon = lon(t[1], false);
        double lat = lat(t[2], false);
        double r = Numbers.decimal(t[3], "POS radius", false);
        if (r < 0 || r > 180) {
          throw Fault.usage("POS CIRCLE radius must be in [0, 180] degrees: " + t[3]);
        }
        return Cap.of(lon, lat, r);
      }
      case "RANGE" -> {
        if (n != 4) {
          throw Fault.usage("POS RANGE needs 4 values (lon1 lon2 lat1 lat2), got " + n);
        }
        double lon1 = infinityTo(lon(t[1], true), 0, 360);
        double lon2 = infinityTo(lon(t[2], true), 0, 360);
        double lat1 = infinityTo(lat(t[3], true), -90, 90);
        double lat2 = infinityTo(lat(t[4], true), -90, 90);
        if (lat1 > lat2) {
          throw Fault.usage("POS RANGE lat1 is above lat2");
        }
        return new LonLatRange(lon1, lon2, lat1, lat2);
      }
      case "POLYGON" -> {
        if (n < 6 || n % 2 != 0) {
          throw Fault.usage("POS POLYGON needs at least 3 lon/lat pairs, got " + n + " values");
        }
        if (n / 2 > MAX_VERTICES) {
          throw Fault.usage("POS POLYGON has more than " + MAX_VERTICES + " vertices");
        }
        List<Vec3> v = new ArrayList<>(n / 2);
        for (int i = 1; i < t.length; i += 2) {
          v.add(Vec3.ofRaDec(lon(t[i], false), lat(t[i + 1], false)));
        }
        try {
          return SphericalPolygon.of(v);
        } catch (IllegalArgumentException e) {
          throw Fault.usage("POS POLYGON: " + e.getMessage());
        }
      }
      default -> throw Fault.usage("POS shape must be CIRCLE, RANGE or POLYGON: "
          + Numbers.clip(t[0]));
    }
  }

  private static double infinityTo(double v, double min, double max) {
    return v == Double.NEGATIVE_INFINITY ? min : v == Double.POSITIVE_INFINITY ? max : v;
  }

  private static double lon(String s, boolean inf) throws Fault {
    double v = Numbers.decimal(s, "POS longitude", inf);
    if (!Double.isInfinite(v) && (v < 0 || v > 360)) {
      throw Fault.usage("POS longitude must be in [0, 360]: " + Numbers.clip(s));
    }
    return v;
  }

  private static double lat(String s, boolean inf) throws Fault {
    double v = Numbers.decimal(s, "POS latitude", inf);
    if (!Double.isInfinite(v) && (v < -90 || v > 90)) {
      throw Fault.usage("POS latitude must be in [-90, 90]: " + Numbers.clip(s));
    }
    return v;
  }
}
