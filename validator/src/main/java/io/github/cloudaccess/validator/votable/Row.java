package io.github.cloudaccess.validator.votable;

/**
 * One data row as the stages see it: the texts of the columns some stage asked for, with the XML
 * position of each cell. Reused from row to row; valid only during {@link VotableListener#row}.
 */
public final class Row {

  private final CellBuffer[] cells;
  private final long[] cellLines;
  private final long[] cellColumns;
  private final boolean[] cdata;
  private final int[] flaggedColumns;
  private final int[] flagBits;
  private int flagged;
  private long number;
  private long line;
  private long column;
  private int cellCount;
  private boolean binary;

  /** @param demand the columns to buffer */
  Row(ColumnDemand demand) {
    int n = demand.columns();
    cells = new CellBuffer[n];
    for (int i = 0; i < n; i++) {
      if (demand.isNeeded(i)) {
        cells[i] = new CellBuffer();
      }
    }
    cellLines = new long[n];
    cellColumns = new long[n];
    cdata = new boolean[n];
    flaggedColumns = new int[n];
    flagBits = new int[n];
  }

  void start(long rowNumber, long rowLine, long rowColumn, boolean isBinary) {
    number = rowNumber;
    line = rowLine;
    column = rowColumn;
    cellCount = 0;
    binary = isBinary;
    flagged = 0;
    for (CellBuffer c : cells) {
      if (c != null) {
        c.clearAbsent();
      }
    }
  }

  /** @return the buffer of a needed column, or null */
  CellBuffer buffer(int col) {
    return col < cells.length ? cells[col] : null;
  }

  void cellAt(int col, long cellLine, long cellColumn) {
    cellLines[col] = cellLine;
    cellColumns[col] = cellColumn;
    cdata[col] = false;
  }

  void markCdata(int col) {
    cdata[col] = true;
  }

  void flag(int col, int bits, long cellLine, long cellColumn) {
    if (flagged < flaggedColumns.length) {
      flaggedColumns[flagged] = col;
      flagBits[flagged] = bits;
      cellLines[col] = cellLine;
      cellColumns[col] = cellColumn;
      flagged++;
    }
  }

  /** @return number of cells flagged by a {@link ColumnDemand#watch watch} in this row */
  public int flaggedCount() {
    return flagged;
  }

  /**
   * @param i 0-based index below {@link #flaggedCount()}
   * @return the 0-based column index of the i-th flagged cell
   */
  public int flaggedColumn(int i) {
    return flaggedColumns[i];
  }

  /**
   * @param i 0-based index below {@link #flaggedCount()}
   * @return the watch bits found in the i-th flagged cell
   */
  public int flags(int i) {
    return flagBits[i];
  }

  /**
   * @param i 0-based index below {@link #flaggedCount()}
   * @return 1-based line of the i-th flagged cell
   */
  public long flaggedLine(int i) {
    return cellLines[flaggedColumns[i]];
  }

  /**
   * @param i 0-based index below {@link #flaggedCount()}
   * @return 1-based column of the i-th flagged cell
   */
  public long flaggedXmlColumn(int i) {
    return cellColumns[flaggedColumns[i]];
  }

  void setCellCount(int count) {
    cellCount = count;
  }

  /** @return 1-based row number within its table */
  public long number() {
    return number;
  }

  /** @return 1-based line of the TR start tag (of the STREAM for binary tables) */
  public long line() {
    return line;
  }

  /** @return 1-based column of the TR start tag */
  public long column() {
    return column;
  }

  /** @return number of TD elements in the row (TABLEDATA), or the FIELD count (binary) */
  public int cellCount() {
    return cellCount;
  }

  /** @return true when the row came from a BINARY, BINARY2 or FITS stream, not TABLEDATA text */
  public boolean binary() {
    return binary;
  }

  /**
   * @param field a column
   * @return true when the column's cells are buffered (some stage asked for them)
   */
  public boolean has(FieldInfo field) {
    return field.index() < cells.length && cells[field.index()] != null;
  }

  /**
   * @param field a column some stage asked for
   * @return its cell text (empty for null); valid only during the row call
   */
  public CellBuffer cell(FieldInfo field) {
    CellBuffer c = cells[field.index()];
    if (c == null) {
      throw new IllegalStateException("column not demanded: " + field.label());
    }
    return c;
  }

  /**
   * @param field a column some stage asked for
   * @return true when the cell is null (absent or empty)
   */
  public boolean isNull(FieldInfo field) {
    return cell(field).isNull();
  }

  /**
   * @param field a demanded column
   * @return the cell's text, or null when the cell is null
   */
  public String text(FieldInfo field) {
    CellBuffer c = cell(field);
    return c.isNull() ? null : c.toString();
  }

  /**
   * @param field a demanded column
   * @return 1-based line where the cell's text starts (the row's line for binary tables)
   */
  public long line(FieldInfo field) {
    return binary ? line : cellLines[field.index()];
  }

  /**
   * @param field a demanded column
   * @return 1-based column where the cell's text starts
   */
  public long column(FieldInfo field) {
    return binary ? column : cellColumns[field.index()];
  }

  /**
   * @param field a demanded column
   * @return true when the cell's text came (at least in part) from a CDATA section
   */
  public boolean cdata(FieldInfo field) {
    return cdata[field.index()];
  }
}
