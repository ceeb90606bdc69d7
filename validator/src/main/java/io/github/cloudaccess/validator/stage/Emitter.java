package io.github.cloudaccess.validator.stage;

import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.report.Finding;
import io.github.cloudaccess.validator.report.Position;
import io.github.cloudaccess.validator.report.Reporter;

/**
 * A {@link Reporter} bound to one input's name, with short forms for the positions the stages
 * use; keeps call sites to one line.
 */
public final class Emitter {

  private final String source;
  private final Reporter reporter;

  /**
   * @param source the input's name
   * @param reporter receives the findings
   */
  public Emitter(String source, Reporter reporter) {
    this.source = source;
    this.reporter = reporter;
  }

  /** @return the input's name */
  public String source() {
    return source;
  }

  /** @return the underlying reporter */
  public Reporter reporter() {
    return reporter;
  }

  /**
   * Reports a finding with every position component.
   *
   * @param code the code
   * @param message one sentence
   * @param line 1-based XML line, 0 when unknown
   * @param column 1-based XML column, 0 when unknown
   * @param row 1-based row, 0 when not about a row
   * @param pointer JSON pointer, or null
   * @param hint how to fix it, or null
   */
  public void report(Code code, String message, long line, long column, long row, String pointer,
      String hint) {
    reporter.report(new Finding(code, message, new Position(source, line, column, row, pointer),
        hint));
  }

  /**
   * Reports a finding at an XML position.
   *
   * @param code the code
   * @param line 1-based line
   * @param column 1-based column
   * @param message one sentence
   * @param hint how to fix it, or null
   */
  public void at(Code code, long line, long column, String message, String hint) {
    report(code, message, line, column, 0, null, hint);
  }

  /**
   * Reports a finding about a table cell or row.
   *
   * @param code the code
   * @param line 1-based line of the cell
   * @param column 1-based column of the cell
   * @param row 1-based row number
   * @param message one sentence
   * @param hint how to fix it, or null
   */
  public void inRow(Code code, long line, long column, long row, String message, String hint) {
    report(code, message, line, column, row, null, hint);
  }

  /**
   * Reports a finding about the document as a whole.
   *
   * @param code the code
   * @param message one sentence
   * @param hint how to fix it, or null
   */
  public void document(Code code, String message, String hint) {
    report(code, message, 0, 0, 0, null, hint);
  }
}
