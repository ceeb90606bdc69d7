package io.github.cloudaccess.validator.live;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row kept from a results table: its values as STIL decoded them (String, Number, arrays).
 *
 * @param number the 1-based row number
 * @param values one value per column, {@code null} for a null cell
 */
public record SampleRow(long number, List<Object> values) {

  /** Copies the values (which may hold nulls). */
  public SampleRow {
    values = Collections.unmodifiableList(new ArrayList<>(values));
  }

  /**
   * @param column a column of the same table, or {@code null}
   * @return the cell as text, or {@code null} when the column is absent or the cell is null/blank
   */
  public String text(Column column) {
    if (column == null || column.index() >= values.size()) {
      return null;
    }
    Object v = values.get(column.index());
    String s = v == null ? null : v.toString();
    return s == null || s.isBlank() ? null : s;
  }

  /**
   * @param column a column of the same table, or {@code null}
   * @return the cell as a finite number, or {@code null}
   */
  public Double number(Column column) {
    if (column == null || column.index() >= values.size()) {
      return null;
    }
    Object v = values.get(column.index());
    if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
      return n.doubleValue();
    }
    return null;
  }
}
