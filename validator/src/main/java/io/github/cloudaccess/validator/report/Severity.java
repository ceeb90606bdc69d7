package io.github.cloudaccess.validator.report;

/** The five finding types, after STILTS taplint: E and W judge the service, F the validator. */
public enum Severity {
  /** The response breaks a rule of the standard or the convention. */
  ERROR('E'),
  /** Questionable, or against a SHOULD. */
  WARNING('W'),
  /** Information: what was found or done. */
  INFO('I'),
  /** Summary of a stage or an input. */
  SUMMARY('S'),
  /** The validator could not test (unreadable input, network failure, internal error). */
  FAILURE('F');

  private final char letter;

  Severity(char letter) {
    this.letter = letter;
  }

  /** @return the letter used in code tokens */
  public char letter() {
    return letter;
  }
}
