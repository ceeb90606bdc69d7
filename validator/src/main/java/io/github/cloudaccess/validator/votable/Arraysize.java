package io.github.cloudaccess.validator.votable;

/**
 * A parsed {@code arraysize} attribute (VOTable section 2.2): {@code N}, {@code N*}, {@code *},
 * {@code NxM}, {@code NxM*}, {@code Nx*}.
 *
 * @param raw the attribute text, or null when absent
 * @param kind scalar (absent), fixed, bounded ({@code N*} last dimension) or unbounded
 * @param maxElements the largest number of elements a cell may hold; {@link Long#MAX_VALUE} when
 *     unbounded, 1 for a scalar
 */
public record Arraysize(String raw, Kind kind, long maxElements) {

  /** How the element count of a cell is limited. */
  public enum Kind {
    /** No arraysize attribute: one element. */
    SCALAR,
    /** Every cell holds exactly {@code maxElements} elements. */
    FIXED,
    /** At most {@code maxElements} elements ({@code N*}). */
    BOUNDED,
    /** Any number ({@code *} as last dimension). */
    UNBOUNDED
  }

  /** The absent attribute. */
  public static final Arraysize SCALAR = new Arraysize(null, Kind.SCALAR, 1);

  /**
   * Parses an arraysize attribute.
   *
   * @param text the attribute value, or null
   * @return the parsed value, or null when the syntax is invalid
   */
  public static Arraysize parse(String text) {
    if (text == null) {
      return SCALAR;
    }
    String t = text.strip();
    if (t.isEmpty()) {
      return null;
    }
    String[] dims = t.split("x", -1);
    long product = 1;
    for (int i = 0; i < dims.length; i++) {
      String d = dims[i];
      boolean last = i == dims.length - 1;
      if (last && d.equals("*")) {
        return new Arraysize(text, Kind.UNBOUNDED, Long.MAX_VALUE);
      }
      boolean star = last && d.endsWith("*");
      String digits = star ? d.substring(0, d.length() - 1) : d;
      long n = parseCount(digits);
      if (n < 0) {
        return null;
      }
      product = multiply(product, n);
      if (star) {
        return new Arraysize(text, Kind.BOUNDED, product);
      }
    }
    return new Arraysize(text, Kind.FIXED, product);
  }

  private static long parseCount(String digits) {
    if (digits.isEmpty() || digits.length() > 18) {
      return -1;
    }
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
    }
    return Long.parseLong(digits);
  }

  private static long multiply(long a, long b) {
    long r = a * b;
    return (a != 0 && r / a != b) ? Long.MAX_VALUE : r;
  }

  /** @return true when a cell can hold more than one element */
  public boolean isArray() {
    return kind != Kind.SCALAR && !(kind == Kind.FIXED && maxElements == 1);
  }
}
