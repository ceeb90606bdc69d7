package io.github.cloudaccess.schema;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of parsing one {@code cloud_access} value.
 *
 * @param value the canonical model when the text was a JSON object the parser could normalise
 *     (present even when schema problems were found, as far as the locations could be read)
 * @param problems every problem found, in document order
 */
public record ParseResult(Optional<CloudAccess> value, List<Problem> problems) {

  public ParseResult {
    problems = List.copyOf(problems);
  }

  /** @return true when no problem is an error in the profile the value was parsed with */
  public boolean isValid() {
    return problems.stream().noneMatch(p -> p.kind().isError());
  }
}
