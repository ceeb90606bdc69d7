package io.github.cloudaccess.validator.votable;

/**
 * Scans the characters of one cell for the features a {@link ColumnDemand#watch watch} asked
 * about, across character events: the parser splits text at every entity reference, so the
 * {@code &} of a double-escaped {@code &amp;quot;} arrives apart from {@code quot;}.
 *
 * <p>Rationale: a literal {@code &quot;} in decoded text almost always means the producer
 * escaped twice; a small state machine finds it without a regex or a copy.
 */
final class CellTextScan {

  private static final int MAX_NAME = 8;

  private final char[] name = new char[MAX_NAME];
  private int bits;
  private int found;
  private int state = -1;

  void start(int watchBits) {
    bits = watchBits;
    found = 0;
    state = -1;
  }

  int found() {
    return found;
  }

  void scan(char[] ch, int start, int len) {
    if (found == bits) {
      return;
    }
    boolean entities = (bits & ColumnDemand.ENTITY_TEXT) != 0;
    boolean nonAscii = (bits & ColumnDemand.NON_ASCII) != 0;
    for (int i = start, end = start + len; i < end; i++) {
      char c = ch[i];
      if (state < 0) {
        if (c == '&') {
          if (entities) {
            state = 0;
          }
        } else if (c > 0x7F && nonAscii) {
          found |= ColumnDemand.NON_ASCII;
        }
        continue;
      }
      if (c == ';') {
        if (isEntityName(state)) {
          found |= ColumnDemand.ENTITY_TEXT;
        }
        state = -1;
      } else if (state < MAX_NAME && (isAlnum(c) || (state == 0 && c == '#'))) {
        name[state++] = c;
      } else {
        state = c == '&' ? 0 : -1;
        if (c > 0x7F && nonAscii) {
          found |= ColumnDemand.NON_ASCII;
        }
      }
    }
  }

  private boolean isEntityName(int n) {
    if (n < 2) {
      return false;
    }
    if (name[0] == '#') {
      boolean hex = name[1] == 'x' || name[1] == 'X';
      int from = hex ? 2 : 1;
      if (from >= n) {
        return false;
      }
      for (int i = from; i < n; i++) {
        char c = name[i];
        boolean ok = (c >= '0' && c <= '9')
            || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
        if (!ok) {
          return false;
        }
      }
      return true;
    }
    return isLetter(name[0]);
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAlnum(char c) {
    return isLetter(c) || (c >= '0' && c <= '9');
  }
}
