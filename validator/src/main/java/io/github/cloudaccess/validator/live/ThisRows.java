package io.github.cloudaccess.validator.live;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the ID and {@code cloud_access} text of the {@code #this} rows of a DataLink {links}
 * response as it streams (bounded), for the cross-check with the discovery table.
 */
final class ThisRows implements RowSink {

  /** More #this rows than this in one {links} answer are not compared. */
  static final int MAX_ROWS = 1000;

  /**
   * One #this row.
   *
   * @param id the ID cell
   * @param cloud the cloud_access cell, or {@code null}
   */
  record Link(String id, String cloud) {}

  private final List<Link> rows = new ArrayList<>();

  @Override
  public synchronized void row(List<Column> columns, SampleRow row) {
    Column semantics = find(columns, "semantics");
    Column cloud = find(columns, "cloud_access");
    String sem = row.text(semantics);
    if (sem != null && sem.trim().equals("#this") && rows.size() < MAX_ROWS) {
      rows.add(new Link(row.text(find(columns, "ID")), row.text(cloud)));
    }
  }

  /** @return the #this rows, in order */
  synchronized List<Link> rows() {
    return List.copyOf(rows);
  }

  private static Column find(List<Column> columns, String name) {
    return columns.stream().filter(c -> name.equalsIgnoreCase(c.name())).findFirst().orElse(null);
  }
}
