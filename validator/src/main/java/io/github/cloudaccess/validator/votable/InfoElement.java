package io.github.cloudaccess.validator.votable;

/**
 * One INFO element.
 *
 * @param name the {@code name} attribute, or null
 * @param value the {@code value} attribute, or null
 * @param id the {@code ID} attribute, or null
 * @param content the element's text, stripped (possibly empty)
 * @param afterTable true when a TABLE preceded it in the same RESOURCE
 * @param inTable true when the INFO sits inside a TABLE element
 * @param line 1-based line of the start tag
 * @param column 1-based column of the start tag
 */
public record InfoElement(
    String name,
    String value,
    String id,
    String content,
    boolean afterTable,
    boolean inTable,
    long line,
    long column) {

  /** @return true when {@code name} is {@code QUERY_STATUS} */
  public boolean isQueryStatus() {
    return "QUERY_STATUS".equals(name);
  }

  /** @return true when {@code name} is {@code standardID} */
  public boolean isStandardId() {
    return "standardID".equals(name);
  }
}
