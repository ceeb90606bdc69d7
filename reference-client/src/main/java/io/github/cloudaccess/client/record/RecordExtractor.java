package io.github.cloudaccess.client.record;

import java.util.Optional;
import java.util.OptionalLong;
import uk.ac.starlink.table.StarTable;

/**
 * Builds {@link ProductRecord}s from the rows of one STIL table (so TOPCAT/STILTS code can hand
 * the client a row it already holds).
 *
 * <p>For a DataLink {@code {links}} table only {@code #this} rows without an
 * {@code error_message} yield a record.
 */
public final class RecordExtractor {

  private final ColumnRoles roles;

  private RecordExtractor(ColumnRoles roles) {
    this.roles = roles;
  }

  /**
   * @param table the table whose rows will be passed to {@link #record}
   * @return an extractor for its rows
   */
  public static RecordExtractor forTable(StarTable table) {
    return new RecordExtractor(ColumnRoles.of(table));
  }

  /** @return the column roles found */
  public ColumnRoles roles() {
    return roles;
  }

  /**
   * @param row the row's cells, as STIL delivers them
   * @param index the index to give the record
   * @return the record, or empty for a DataLink row that is not a usable {@code #this} row
   */
  public Optional<ProductRecord> record(Object[] row, long index) {
    if (roles.dataLink() && !isThisRow(row)) {
      return Optional.empty();
    }
    OptionalLong est = number(row, roles.estsize());
    if (est.isPresent() && !roles.estsizeInBytes()) {
      est = OptionalLong.of(est.getAsLong() * 1024L);
    }
    return Optional.of(new ProductRecord(
        index,
        text(row, roles.cloudAccess()),
        text(row, roles.accessUrl()),
        text(row, roles.accessFormat()),
        number(row, roles.contentLength()),
        est));
  }

  /** @return true for a row whose semantics is {@code #this} and that carries no error message */
  boolean isThisRow(Object[] row) {
    Optional<String> sem = text(row, roles.semantics());
    boolean isThis = sem.map(s -> s.strip().equals("#this") || s.strip().endsWith("/core#this")).orElse(false);
    return isThis && text(row, roles.errorMessage()).isEmpty();
  }

  private static Optional<String> text(Object[] row, int i) {
    if (i < 0 || i >= row.length || row[i] == null) {
      return Optional.empty();
    }
    String s = row[i].toString();
    return s.isBlank() ? Optional.empty() : Optional.of(s);
  }

  private static OptionalLong number(Object[] row, int i) {
    if (i < 0 || i >= row.length || row[i] == null) {
      return OptionalLong.empty();
    }
    Object v = row[i];
    if (v instanceof Number n) {
      double d = n.doubleValue();
      return Double.isFinite(d) && d >= 0 ? OptionalLong.of(Math.round(d)) : OptionalLong.empty();
    }
    try {
      long l = Long.parseLong(v.toString().strip());
      return l >= 0 ? OptionalLong.of(l) : OptionalLong.empty();
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
