package io.github.cloudaccess.server.query;

import io.github.cloudaccess.server.geometry.Shape;
import java.util.ArrayList;
import java.util.List;

/** Builds a {@link Sia2Query} from request parameters, rejecting malformed values. */
public final class Sia2QueryParser {

  /** Most values accepted for one parameter. */
  public static final int MAX_VALUES = 100;

  private Sia2QueryParser() {}

  /**
   * @param params the decoded request parameters
   * @return the query
   * @throws Fault UsageFault naming the first bad parameter
   */
  public static Sia2Query parse(Params params) throws Fault {
    List<Shape> pos = new ArrayList<>();
    for (String v : values(params, "POS")) {
      pos.add(ShapeParser.parse(v));
    }
    List<Long> calib = new ArrayList<>();
    for (String v : values(params, "CALIB")) {
      calib.add(Numbers.integer(v, "CALIB"));
    }
    return new Sia2Query(pos, intervals(params, "BAND"), intervals(params, "TIME"),
        strings(params, "POL"), intervals(params, "FOV"), intervals(params, "SPATRES"),
        intervals(params, "SPECRP"), intervals(params, "EXPTIME"), intervals(params, "TIMERES"),
        strings(params, "ID"), strings(params, "COLLECTION"), strings(params, "FACILITY"),
        strings(params, "INSTRUMENT"), strings(params, "DPTYPE"), calib,
        strings(params, "TARGET"), strings(params, "FORMAT"));
  }

  private static List<String> values(Params params, String name) throws Fault {
    List<String> v = params.all(name);
    if (v.size() > MAX_VALUES) {
      throw Fault.usage(name + " given more than " + MAX_VALUES + " times");
    }
    for (String s : v) {
      if (s.isBlank()) {
        throw Fault.usage(name + " has an empty value");
      }
    }
    return v;
  }

  private static List<Interval> intervals(Params params, String name) throws Fault {
    List<Interval> out = new ArrayList<>();
    for (String v : values(params, name)) {
      out.add(Interval.parse(v, name));
    }
    return out;
  }

  private static List<String> strings(Params params, String name) throws Fault {
    return List.copyOf(values(params, name));
  }
}
