package io.github.cloudaccess.corpus;

/**
 * One broken corpus invariant.
 *
 * @param rule the invariant
 * @param where the file (relative to the corpus) and, when known, the test or JSON location
 * @param message what is wrong, for humans
 */
public record Violation(Rule rule, String where, String message) {

  @Override
  public String toString() {
    return rule + " " + where + ": " + message;
  }
}
