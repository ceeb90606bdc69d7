package io.github.cloudaccess.client.record;

import java.util.OptionalLong;

/**
 * Which rows of a response to turn into records: one 0-based row, or all. For a DataLink response
 * the rows counted are its {@code #this} rows.
 *
 * @param row the 0-based row, empty for all rows
 */
public record RowSelection(OptionalLong row) {

  public RowSelection {
    if (row.isPresent() && row.getAsLong() < 0) {
      throw new IllegalArgumentException("row index must be >= 0");
    }
  }

  /** @return every row */
  public static RowSelection all() {
    return new RowSelection(OptionalLong.empty());
  }

  /**
   * @param row 0-based row index
   * @return that row only
   */
  public static RowSelection only(long row) {
    return new RowSelection(OptionalLong.of(row));
  }

  /** @return true when {@code index} is selected */
  boolean selects(long index) {
    return row.isEmpty() || row.getAsLong() == index;
  }

  /** @return true when no row after {@code index} can be selected */
  boolean doneAfter(long index) {
    return row.isPresent() && index >= row.getAsLong();
  }
}
