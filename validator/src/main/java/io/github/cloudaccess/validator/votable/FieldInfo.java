package io.github.cloudaccess.validator.votable;

import java.util.Locale;

/**
 * One FIELD of a TABLE, as declared.
 *
 * @param index 0-based column index in the table
 * @param name the {@code name} attribute (may be null when missing)
 * @param id the {@code ID} attribute, or null
 * @param datatypeRaw the {@code datatype} attribute as written, or null
 * @param datatype the parsed datatype, or null when missing or unknown
 * @param arraysize the parsed arraysize, or null when its syntax is invalid
 * @param ucd the {@code ucd} attribute, or null
 * @param utype the {@code utype} attribute, or null
 * @param unit the {@code unit} attribute, or null
 * @param xtype the {@code xtype} attribute, or null
 * @param line 1-based line of the FIELD start tag
 * @param column 1-based column of the FIELD start tag
 */
public record FieldInfo(
    int index,
    String name,
    String id,
    String datatypeRaw,
    Datatype datatype,
    Arraysize arraysize,
    String ucd,
    String utype,
    String unit,
    String xtype,
    long line,
    long column) {

  /** @return the name in lower case, {@code ""} when missing; column names compare case-insensitively */
  public String lowerName() {
    return name == null ? "" : name.toLowerCase(Locale.ROOT);
  }

  /** @return a short label for messages: name, else ID, else the column number */
  public String label() {
    if (name != null) {
      return name;
    }
    return id != null ? id : "#" + (index + 1);
  }

  /** @return the raw arraysize text, or null */
  public String arraysizeRaw() {
    return arraysize == null ? null : arraysize.raw();
  }
}
