package io.github.cloudaccess.validator.report;

/**
 * Where in an input a finding applies; every component is optional.
 *
 * @param source the input's name: a file path as given on the command line, a URL, or {@code -}
 * @param line 1-based XML line, 0 when unknown
 * @param column 1-based XML column, 0 when unknown
 * @param row 1-based table row, 0 when the finding is not about a row
 * @param pointer JSON pointer inside a {@code cloud_access} value, or {@code null}
 */
public record Position(String source, long line, long column, long row, String pointer) {

  /**
   * @param source the input's name
   * @return a position naming only the input
   */
  public static Position of(String source) {
    return new Position(source, 0, 0, 0, null);
  }

  /**
   * @param source the input's name
   * @param line 1-based line
   * @param column 1-based column
   * @return a position at an XML line and column
   */
  public static Position at(String source, long line, long column) {
    return new Position(source, line, column, 0, null);
  }
}
