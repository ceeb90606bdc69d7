package io.github.cloudaccess.corpus;

import java.util.List;
import java.util.Map;

/**
 * One value test, flattened out of its file and group: a {@code cloud_access} cell text and what
 * the parser must say about it in each profile.
 *
 * @param file the case file name, e.g. {@code value-container.json}
 * @param group the group's description
 * @param description the test's description (unique across the corpus)
 * @param data the cell text exactly; may be invalid JSON
 * @param lenient the expectation in the lenient profile
 * @param strict the expectation in the strict profile
 * @param pointers must-include JSON pointers per code; empty when the test gives none
 */
public record ValueCase(
    String file,
    String group,
    String description,
    String data,
    Expectation lenient,
    Expectation strict,
    Map<String, List<String>> pointers) {

  /** Copies the map so the record stays immutable. */
  public ValueCase {
    pointers = Map.copyOf(pointers);
  }

  @Override
  public String toString() {
    return file + " / " + group + " / " + description;
  }
}
