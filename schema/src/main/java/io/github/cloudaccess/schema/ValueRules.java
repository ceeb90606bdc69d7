package io.github.cloudaccess.schema;

/**
 * Hand-written equivalents of the value patterns in {@code cloud-access-1.0.schema.json}'s
 * {@code $defs}, for the fast path ({@link CommonShapeReader}).
 *
 * <p>Why by hand: the schema's patterns use look-aheads and back-tracking; a character loop
 * decides the same question in a few nanoseconds without allocating. Each method returns true
 * exactly when the {@code pattern} (and {@code minLength}/{@code maxLength}) of its {@code $def}
 * accepts the string; {@code ValueRulesTest} checks that against the schema's own regular
 * expressions on generated strings. Callers only pass strings without line terminators or
 * surrogates (see {@link JsonCursor#string()}), so {@code $} never has to mean "before a final
 * line break".
 */
final class ValueRules {

  private static final String[] S3_PREFIXES = {"xn--", "sthree-", "amzn-s3-demo-"};
  private static final String[] S3_SUFFIXES = {"-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"};

  private ValueRules() {}

  /** {@code $defs/s3BucketName}. */
  static boolean s3BucketName(String s) {
    int n = s.length();
    if (n < 3 || n > 63 || !lowerOrDigit(s.charAt(0)) || !lowerOrDigit(s.charAt(n - 1))) {
      return false;
    }
    char previous = 0;
    for (int i = 1; i < n - 1; i++) {
      char c = s.charAt(i);
      if (!(lowerOrDigit(c) || c == '-' || (c == '.' && previous != '.'))) {
        return false;
      }
      previous = c;
    }
    for (String prefix : S3_PREFIXES) {
      if (s.startsWith(prefix)) {
        return false;
      }
    }
    for (String suffix : S3_SUFFIXES) {
      if (s.endsWith(suffix)) {
        return false;
      }
    }
    return !ipv4Like(s);
  }

  /** {@code $defs/awsRegion}: {@code ^[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$}. */
  static boolean awsRegion(String s) {
    int n = s.length();
    if (n < 6 || !lower(s.charAt(0)) || !lower(s.charAt(1)) || s.charAt(2) != '-') {
      return false;
    }
    // The rest is "-"-separated: [partition -] name - digits, where [a-z]+ can hold no '-'.
    int lastDash = s.lastIndexOf('-');
    int digits = n - lastDash - 1;
    if (digits < 1 || digits > 2 || !allDigits(s, lastDash + 1, n)) {
      return false;
    }
    int secondDash = s.indexOf('-', 3);
    if (secondDash < 0) {
      return false;
    }
    if (secondDash == lastDash) {
      return allLower(s, 3, lastDash);
    }
    if (s.indexOf('-', secondDash + 1) != lastDash || !allLower(s, secondDash + 1, lastDash)) {
      return false;
    }
    int partition = secondDash - 3;
    return (partition == 3 && s.startsWith("gov", 3))
        || (partition == 3 && s.startsWith("iso", 3))
        || (partition == 4 && s.startsWith("iso", 3) && lower(s.charAt(6)));
  }

  /** {@code $defs/gcsBucketName}. */
  static boolean gcsBucketName(String s) {
    int n = s.length();
    if (n < 3 || n > 222 || !lowerOrDigit(s.charAt(0)) || !lowerOrDigit(s.charAt(n - 1))) {
      return false;
    }
    int part = 0;
    boolean dotted = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        if (part == 0) {
          return false;
        }
        dotted = true;
        part = 0;
      } else if (lowerOrDigit(c) || c == '-' || c == '_') {
        if (++part > 63) {
          return false;
        }
      } else {
        return false;
      }
    }
    if (s.startsWith("goog") || (!dotted && n > 63)) {
      return false;
    }
    for (int i = 0; i + 6 <= n; i++) {
      if (s.charAt(i) == 'g' && o0(s.charAt(i + 1)) && o0(s.charAt(i + 2)) && s.startsWith("gle", i + 3)) {
        return false;
      }
    }
    return !ipv4Like(s);
  }

  /** {@code $defs/gcsLocation}: {@code ^(?:[a-z]+-[a-z]+[0-9]{1,2}|[A-Za-z]{2,4}[0-9]?)$}. */
  static boolean gcsLocation(String s) {
    int n = s.length();
    int dash = s.indexOf('-');
    if (dash >= 0) {
      int digitsFrom = n;
      while (digitsFrom > dash + 1 && digit(s.charAt(digitsFrom - 1))) {
        digitsFrom--;
      }
      int digits = n - digitsFrom;
      return dash > 0 && allLower(s, 0, dash) && digitsFrom > dash + 1
          && allLower(s, dash + 1, digitsFrom) && digits >= 1 && digits <= 2;
    }
    int letters = 0;
    while (letters < n && (lower(s.charAt(letters)) || (s.charAt(letters) >= 'A' && s.charAt(letters) <= 'Z'))) {
      letters++;
    }
    return letters >= 2 && letters <= 4 && (n == letters || (n == letters + 1 && digit(s.charAt(letters))));
  }

  /** {@code $defs/azureAccountName}: {@code ^[a-z0-9]{3,24}$}. */
  static boolean azureAccountName(String s) {
    int n = s.length();
    if (n < 3 || n > 24) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (!lowerOrDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@code $defs/azureContainerName}: 3-63 characters, {@code [a-z0-9]+(?:-[a-z0-9]+)*}. */
  static boolean azureContainerName(String s) {
    int n = s.length();
    if (n < 3 || n > 63 || !lowerOrDigit(s.charAt(0)) || !lowerOrDigit(s.charAt(n - 1))) {
      return false;
    }
    for (int i = 1; i < n - 1; i++) {
      char c = s.charAt(i);
      if (!(lowerOrDigit(c) || (c == '-' && s.charAt(i - 1) != '-'))) {
        return false;
      }
    }
    return true;
  }

  /** {@code $defs/azureRegion}: {@code ^[a-z]+[0-9]?$}. */
  static boolean azureRegion(String s) {
    int n = s.length();
    int letters = 0;
    while (letters < n && lower(s.charAt(letters))) {
      letters++;
    }
    return letters >= 1 && (n == letters || (n == letters + 1 && digit(s.charAt(letters))));
  }

  /**
   * {@code $defs/s3Key} and {@code $defs/objectName} (1-1024 characters, no {@code .}/{@code ..}
   * segment), together with the parser's 1024-byte bound: true when neither would report
   * BAD_KEY. For strings without surrogates, 1024 UTF-8 bytes imply 1024 characters.
   */
  static boolean objectKey(String s) {
    return NameChecks.badReason(s) == null;
  }

  /** {@code ^(?![0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}$)}: four dot-separated groups of 1-3 digits. */
  private static boolean ipv4Like(String s) {
    int groups = 0;
    int digits = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (digit(c)) {
        if (++digits > 3) {
          return false;
        }
      } else if (c == '.' && digits > 0) {
        groups++;
        digits = 0;
      } else {
        return false;
      }
    }
    return groups == 3 && digits > 0;
  }

  private static boolean allLower(String s, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!lower(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean allDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!digit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean o0(char c) {
    return c == 'o' || c == '0';
  }

  private static boolean lower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean lowerOrDigit(char c) {
    return lower(c) || digit(c);
  }
}
