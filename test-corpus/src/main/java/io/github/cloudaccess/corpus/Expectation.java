package io.github.cloudaccess.corpus;

import java.util.List;

/**
 * What a value test expects from the parser in one profile.
 *
 * @param valid exact: true when the parser reports no E code in that profile
 * @param codes must-include set of parser codes ({@code T-CLD-LLLL}); others may also appear
 */
public record Expectation(boolean valid, List<String> codes) {

  /** Copies the list so the record stays immutable. */
  public Expectation {
    codes = List.copyOf(codes);
  }
}
