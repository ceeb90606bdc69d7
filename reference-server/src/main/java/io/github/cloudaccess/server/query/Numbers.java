package io.github.cloudaccess.server.query;

import java.util.regex.Pattern;

/**
 * Strict parsing of the decimal numbers DALI parameters carry.
 *
 * <p>{@link Double#parseDouble} also accepts hex floats, {@code Infinity}, {@code NaN} and type
 * suffixes ({@code 1d}); none of those is a DALI value, so a regular expression gates it first.
 * {@code -Inf} and {@code +Inf} are recognised only where the caller allows them.
 */
public final class Numbers {

  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,4})?");
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");
  private static final int MAX_TOKEN = 64;

  private Numbers() {}

  /**
   * @param token the text
   * @param what parameter name for the message
   * @param allowInfinity whether {@code -Inf}/{@code +Inf}/{@code Inf} are allowed
   * @return the value, finite unless infinity was allowed and given
   * @throws Fault UsageFault when the text is not a number or overflows
   */
  public static double decimal(String token, String what, boolean allowInfinity) throws Fault {
    if (allowInfinity) {
      if (token.equalsIgnoreCase("-Inf")) {
        return Double.NEGATIVE_INFINITY;
      }
      if (token.equalsIgnoreCase("+Inf") || token.equalsIgnoreCase("Inf")) {
        return Double.POSITIVE_INFINITY;
      }
    }
    if (token.length() > MAX_TOKEN || !DECIMAL.matcher(token).matches()) {
      throw Fault.usage(what + ": not a decimal number: " + clip(token));
    }
    double v = Double.parseDouble(token);
    if (Double.isInfinite(v)) {
      throw Fault.usage(what + ": number out of range: " + clip(token));
    }
    return v;
  }

  /**
   * @return the integer value
   * @throws Fault UsageFault when the text is not an integer of at most 18 digits
   */
  public static long integer(String token, String what) throws Fault {
    String t = token.trim();
    if (!INTEGER.matcher(t).matches()) {
      throw Fault.usage(what + ": not an integer: " + clip(token));
    }
    return Long.parseLong(t);
  }

  /** @return at most 40 characters of untrusted text, for messages */
  public static String clip(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }
}
