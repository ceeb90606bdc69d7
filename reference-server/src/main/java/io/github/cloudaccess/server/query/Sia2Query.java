package io.github.cloudaccess.server.query;

import io.github.cloudaccess.server.catalogue.Product;
import io.github.cloudaccess.server.geometry.Cap;
import io.github.cloudaccess.server.geometry.Shape;
import java.util.List;
import java.util.function.Function;

/**
 * The constraints of one SIA 2.0 query (section 2.1): values of one parameter are OR'ed, the
 * parameters are AND'ed, and a record whose metadata is null never satisfies a constraint on it.
 *
 * @param pos shapes that must intersect the footprint (circle of radius s_fov/2)
 * @param band intervals overlapping [em_min, em_max]
 * @param time intervals overlapping [t_min, t_max]
 * @param pol polarization states, one of which must be in pol_states
 * @param fov intervals containing s_fov
 * @param spatres intervals containing s_resolution
 * @param specrp intervals containing em_res_power
 * @param exptime intervals containing t_exptime
 * @param timeres intervals containing t_resolution
 * @param id publisher DIDs (compared case-insensitively)
 * @param collection exact obs_collection values
 * @param facility exact facility_name values
 * @param instrument exact instrument_name values
 * @param dptype exact dataproduct_type values
 * @param calib calib_level values
 * @param target exact target_name values
 * @param format exact access_format values
 */
public record Sia2Query(
    List<Shape> pos,
    List<Interval> band,
    List<Interval> time,
    List<String> pol,
    List<Interval> fov,
    List<Interval> spatres,
    List<Interval> specrp,
    List<Interval> exptime,
    List<Interval> timeres,
    List<String> id,
    List<String> collection,
    List<String> facility,
    List<String> instrument,
    List<String> dptype,
    List<Long> calib,
    List<String> target,
    List<String> format) {

  /** @return true when the record satisfies every constraint */
  public boolean matches(Product p) {
    Cap footprint = Cap.of(p.ra(), p.dec(), p.fov() / 2);
    return (pos.isEmpty() || pos.stream().anyMatch(s -> s.intersects(footprint)))
        && (band.isEmpty() || band.stream().anyMatch(i -> i.overlaps(p.emMin(), p.emMax())))
        && (time.isEmpty() || time.stream().anyMatch(i -> i.overlaps(p.tMin(), p.tMax())))
        && (pol.isEmpty() || pol.stream().anyMatch(p.polStateList()::contains))
        && within(fov, p.fov())
        && within(spatres, p.sResolution())
        && within(specrp, p.emResPower())
        && within(exptime, p.exptime())
        && within(timeres, p.tResolution())
        && (id.isEmpty() || id.stream().anyMatch(p.publisherDid()::equalsIgnoreCase))
        && oneOf(collection, p, Product::collection)
        && oneOf(facility, p, Product::facility)
        && oneOf(instrument, p, Product::instrument)
        && oneOf(dptype, p, Product::dataproductType)
        && (calib.isEmpty() || calib.contains((long) p.calibLevel()))
        && oneOf(target, p, Product::target)
        && (format.isEmpty() || format.contains(Product.FORMAT));
  }

  private static boolean within(List<Interval> intervals, Double value) {
    return intervals.isEmpty()
        || (value != null && intervals.stream().anyMatch(i -> i.contains(value)));
  }

  private static boolean oneOf(List<String> wanted, Product p, Function<Product, String> field) {
    if (wanted.isEmpty()) {
      return true;
    }
    String v = field.apply(p);
    return v != null && wanted.contains(v);
  }
}
