package io.github.cloudaccess.corpus;

import java.util.Locale;

/** The exact outcome a document test expects, tied to the validator's exit status. */
public enum Verdict {
  /** No E and no F finding: exit status 0. */
  PASS(0),
  /** At least one E finding: exit status 1. */
  FAIL(1),
  /** At least one F finding and no E finding: exit status 3. */
  UNTESTABLE(3);

  private final int exitStatus;

  Verdict(int exitStatus) {
    this.exitStatus = exitStatus;
  }

  /** @return the validator's exit status for this verdict */
  public int exitStatus() {
    return exitStatus;
  }

  /** @return the spelling used in case files, e.g. {@code pass} */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param text the case-file spelling
   * @return the verdict
   * @throws IllegalArgumentException for any other text
   */
  public static Verdict fromWire(String text) {
    for (Verdict v : values()) {
      if (v.wireName().equals(text)) {
        return v;
      }
    }
    throw new IllegalArgumentException("unknown verdict: " + text);
  }
}
