package io.github.cloudaccess.server.query;

/**
 * A closed numeric interval (DALI 3.3.4): {@code lo hi} with {@code -Inf}/{@code +Inf} for open
 * ends; a single value v means [v, v].
 *
 * @param lo lower bound, possibly negative infinity
 * @param hi upper bound, possibly positive infinity, not below {@code lo}
 */
public record Interval(double lo, double hi) {

  /**
   * @param text the parameter value
   * @param what parameter name for messages
   * @return the interval
   * @throws Fault UsageFault for anything but one or two numbers with lo not above hi
   */
  public static Interval parse(String text, String what) throws Fault {
    String[] t = text.trim().split("\\s+");
    if (t.length == 1 && !t[0].isEmpty()) {
      double v = Numbers.decimal(t[0], what, false);
      return new Interval(v, v);
    }
    if (t.length != 2) {
      throw Fault.usage(what + ": expected one value or two values 'lo hi', got "
          + Numbers.clip(text));
    }
    double lo = Numbers.decimal(t[0], what, true);
    double hi = Numbers.decimal(t[1], what, true);
    if (lo > hi) {
      throw Fault.usage(what + ": lower bound " + t[0] + " is above upper bound " + t[1]);
    }
    return new Interval(lo, hi);
  }

  /** @return true when {@code v} lies in the interval (bounds inclusive) */
  public boolean contains(double v) {
    return v >= lo && v <= hi;
  }

  /** @return true when [min, max] and this interval share at least one value */
  public boolean overlaps(double min, double max) {
    return lo <= max && hi >= min;
  }
}
