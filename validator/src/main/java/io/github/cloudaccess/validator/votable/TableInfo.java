package io.github.cloudaccess.validator.votable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One TABLE element: its FIELDs, serialization and row count; filled while the parse runs.
 */
public final class TableInfo {

  /** Largest number of FIELDs kept; wider tables are checked on their first columns only. */
  public static final int MAX_FIELDS = 100_000;

  private final int index;
  private final ResourceInfo resource;
  private final String name;
  private final long line;
  private final long column;
  private final List<FieldInfo> fields = new ArrayList<>();
  private String serialization;
  private long dataLine;
  private long dataColumn;
  private long rows;
  private boolean checked;

  /**
   * @param index 0-based document order among all TABLEs
   * @param resource the enclosing RESOURCE, or null when the TABLE is misplaced
   * @param name the {@code name} attribute, or null
   * @param line 1-based line of the start tag
   * @param column 1-based column of the start tag
   */
  public TableInfo(int index, ResourceInfo resource, String name, long line, long column) {
    this.index = index;
    this.resource = resource;
    this.name = name;
    this.line = line;
    this.column = column;
  }

  public int index() {
    return index;
  }

  public ResourceInfo resource() {
    return resource;
  }

  public String name() {
    return name;
  }

  public long line() {
    return line;
  }

  public long column() {
    return column;
  }

  /** @return the FIELDs in column order */
  public List<FieldInfo> fields() {
    return Collections.unmodifiableList(fields);
  }

  /**
   * @param lowerName a column name in lower case
   * @return the first FIELD with that name (case-insensitive), or null
   */
  public FieldInfo field(String lowerName) {
    for (FieldInfo f : fields) {
      if (f.lowerName().equals(lowerName)) {
        return f;
      }
    }
    return null;
  }

  /** @return TABLEDATA, BINARY, BINARY2, FITS, or null when the table has no DATA */
  public String serialization() {
    return serialization;
  }

  /** @return 1-based line of the serialization element (or of the STREAM), 0 when none */
  public long dataLine() {
    return dataLine;
  }

  /** @return 1-based column of the serialization element, 0 when none */
  public long dataColumn() {
    return dataColumn;
  }

  /** @return data rows read so far */
  public long rows() {
    return rows;
  }

  /**
   * @return true for the one table the protocol and cloud checks read (the first TABLE of the
   *     results RESOURCE, or the first TABLE when there is no results RESOURCE)
   */
  public boolean isChecked() {
    return checked;
  }

  void addField(FieldInfo field) {
    if (fields.size() < MAX_FIELDS) {
      fields.add(field);
    }
  }

  void setSerialization(String serialization, long line, long column) {
    this.serialization = serialization;
    this.dataLine = line;
    this.dataColumn = column;
  }

  void setChecked(boolean checked) {
    this.checked = checked;
  }

  void countRow() {
    rows++;
  }
}
