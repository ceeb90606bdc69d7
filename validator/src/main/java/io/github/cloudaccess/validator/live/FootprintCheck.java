package io.github.cloudaccess.validator.live;

import io.github.cloudaccess.validator.Protocol;
import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.report.Finding;
import io.github.cloudaccess.validator.report.Position;
import java.util.List;
import java.util.Locale;

/**
 * Checks, row by row while the legal query's answer streams, that each returned image can touch
 * the queried region: its centre lies within the region's radius plus the image's own radius.
 * Rows whose centre or extent is unknown are not judged.
 *
 * <p>SIA 2.0 (E-SI2-PIGN, section 2.1: records that do not satisfy a constraint must not be
 * returned): centre {@code s_ra}, {@code s_dec}, radius {@code s_fov / 2}, region a circle of
 * diameter {@code size}. SIA 1.0 (W-SI1-GEOM, a warning because the image extent is derived):
 * centre POS_EQ_RA_MAIN, POS_EQ_DEC_MAIN, radius the half-diagonal from VOX:Image_Naxis and
 * VOX:Image_Scale, region a box of width {@code size} (radius its half-diagonal).
 */
final class FootprintCheck implements RowSink {

  /** Slack for rounding in services' own geometry, degrees. */
  private static final double TOLERANCE = 1e-3;

  private final Protocol protocol;
  private final Cone cone;
  private long judged;
  private long outside;
  private long firstRow;
  private double firstDistance;

  /**
   * @param protocol SIA1 or SIA2
   * @param cone the queried region
   */
  FootprintCheck(Protocol protocol, Cone cone) {
    this.protocol = protocol;
    this.cone = cone;
  }

  @Override
  public synchronized void row(List<Column> columns, SampleRow row) {
    Double ra = row.number(find(columns, "s_ra", "POS_EQ_RA_MAIN"));
    Double dec = row.number(find(columns, "s_dec", "POS_EQ_DEC_MAIN"));
    Double extent = protocol == Protocol.SIA2 ? half(row.number(find(columns, "s_fov", null)))
        : sia1Extent(columns, row);
    if (ra == null || dec == null || extent == null || Math.abs(dec) > 90) {
      return;
    }
    judged++;
    double region = protocol == Protocol.SIA2 ? cone.size() / 2 : cone.size() / Math.sqrt(2);
    double d = cone.distanceTo(ra, dec);
    if (d > region + extent + TOLERANCE) {
      if (outside++ == 0) {
        firstRow = row.number();
        firstDistance = d;
      }
    }
  }

  /**
   * Reports what was found, once the rows are read.
   *
   * @param o the legal query's outcome
   */
  synchronized void report(StepOutcome o) {
    if (outside == 0) {
      return;
    }
    boolean sia2 = protocol == Protocol.SIA2;
    String msg = String.format(Locale.ROOT, "%d of %d judged rows cannot touch the queried"
        + " region (%s); row %d lies %.4f deg from its centre.", outside, judged, cone,
        firstRow, firstDistance);
    o.reporter().report(new Finding(sia2 ? Code.E_SI2_PIGN : Code.W_SI1_GEOM, msg,
        new Position(o.uri().toString(), 0, 0, firstRow, null),
        "return only records whose footprint intersects POS/SIZE"));
  }

  private static Column find(List<Column> columns, String name, String ucd) {
    for (Column c : columns) {
      if (name != null && name.equalsIgnoreCase(c.name()) || ucd != null && c.hasUcd(ucd)) {
        return c;
      }
    }
    return null;
  }

  private static Double half(Double d) {
    return d == null ? null : Math.abs(d) / 2;
  }

  /** Half the image diagonal from VOX:Image_Naxis (pixels) and VOX:Image_Scale (deg/pixel). */
  private static Double sia1Extent(List<Column> columns, SampleRow row) {
    Column naxisCol = find(columns, null, "VOX:Image_Naxis");
    Column scaleCol = find(columns, null, "VOX:Image_Scale");
    if (naxisCol == null || scaleCol == null) {
      return null;
    }
    double[] naxis = numbers(row.values().get(naxisCol.index()));
    double[] scale = numbers(row.values().get(scaleCol.index()));
    if (naxis == null || scale == null || naxis.length < 2 || scale.length < 1) {
      return null;
    }
    double w = naxis[0] * Math.abs(scale[0]);
    double h = naxis[1] * Math.abs(scale[scale.length > 1 ? 1 : 0]);
    return Math.sqrt(w * w + h * h) / 2;
  }

  private static double[] numbers(Object v) {
    if (v instanceof int[] a) {
      return java.util.Arrays.stream(a).asDoubleStream().toArray();
    }
    if (v instanceof long[] a) {
      return java.util.Arrays.stream(a).asDoubleStream().toArray();
    }
    if (v instanceof short[] a) {
      double[] d = new double[a.length];
      for (int i = 0; i < a.length; i++) {
        d[i] = a[i];
      }
      return d;
    }
    if (v instanceof double[] a) {
      return a;
    }
    if (v instanceof float[] a) {
      double[] d = new double[a.length];
      for (int i = 0; i < a.length; i++) {
        d[i] = a[i];
      }
      return d;
    }
    return null;
  }
}
