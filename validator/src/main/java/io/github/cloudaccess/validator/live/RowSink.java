package io.github.cloudaccess.validator.live;

import java.util.List;

/**
 * Receives every row of a results table while {@link FactsReader} streams it, so checks over
 * all rows (footprints) cost no memory. May be called from STIL's stream-reading thread.
 */
public interface RowSink {

  /** A sink that ignores every row. */
  RowSink NONE = (columns, row) -> {};

  /**
   * @param columns the table's columns
   * @param row the row's values
   */
  void row(List<Column> columns, SampleRow row);
}
