package io.github.cloudaccess.validator.votable;

/**
 * Which columns of a table some stage reads; only those cells are buffered, so unread columns
 * cost nothing but a TD count.
 */
public final class ColumnDemand {

  /** Watch bit: flag literal entity text ({@code &amp;quot;} decoded to {@code &quot;}). */
  public static final int ENTITY_TEXT = 1;

  /** Watch bit: flag characters outside US-ASCII. */
  public static final int NON_ASCII = 2;

  private final boolean[] needed;
  private final int[] watch;
  private final boolean[] claimed;

  /** @param columns number of FIELDs */
  public ColumnDemand(int columns) {
    this.needed = new boolean[columns];
    this.watch = new int[columns];
    this.claimed = new boolean[columns];
  }

  /**
   * Asks the parser to flag cells of a column whose text shows a feature; the flags arrive in
   * {@link Row#flags}. Ignored for a column some stage has {@link #claim claimed}.
   *
   * @param field the column
   * @param bits {@link #ENTITY_TEXT} and/or {@link #NON_ASCII}
   */
  public void watch(FieldInfo field, int bits) {
    if (field != null && field.index() < watch.length && !claimed[field.index()]) {
      watch[field.index()] |= bits;
    }
  }

  /**
   * Takes a column's text checks over: generic watches on it are dropped (the claiming stage
   * reports the same facts under its own codes, e.g. the cloud column's W-CLD-NASC).
   *
   * @param field the column
   */
  public void claim(FieldInfo field) {
    if (field != null && field.index() < watch.length) {
      claimed[field.index()] = true;
      watch[field.index()] = 0;
    }
  }

  /**
   * @param column 0-based column index
   * @return the watch bits of the column
   */
  public int watchBits(int column) {
    return column < watch.length ? watch[column] : 0;
  }

  /**
   * Asks for the text of a column in every row.
   *
   * @param field the column; ignored when null
   */
  public void need(FieldInfo field) {
    if (field != null && field.index() < needed.length) {
      needed[field.index()] = true;
    }
  }

  /**
   * @param column 0-based column index
   * @return true when some stage reads the column
   */
  public boolean isNeeded(int column) {
    return column < needed.length && needed[column];
  }

  /** @return number of columns */
  public int columns() {
    return needed.length;
  }
}
