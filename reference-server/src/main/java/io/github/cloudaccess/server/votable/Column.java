package io.github.cloudaccess.server.votable;

import java.io.IOException;

/**
 * Metadata of one FIELD (or PARAM) and the way to write its element.
 *
 * @param name the name attribute
 * @param datatype VOTable primitive: char, int, long, double, boolean
 * @param arraysize e.g. {@code *} or {@code 32}; null for a scalar
 * @param ucd the UCD, or null
 * @param utype the utype, or null
 * @param unit the unit, or null
 * @param xtype the xtype, or null
 * @param id the XML ID, or null
 * @param description text of the DESCRIPTION child, or null
 */
public record Column(String name, String datatype, String arraysize, String ucd, String utype,
    String unit, String xtype, String id, String description) {

  /** @return a variable-length char column */
  public static Column chars(String name, String ucd, String utype, String description) {
    return new Column(name, "char", "*", ucd, utype, null, null, null, description);
  }

  /** @return a scalar column of the given datatype */
  public static Column scalar(String name, String datatype, String ucd, String utype, String unit,
      String description) {
    return new Column(name, datatype, null, ucd, utype, unit, null, null, description);
  }

  /** @return a copy with another ID attribute */
  public Column withId(String newId) {
    return new Column(name, datatype, arraysize, ucd, utype, unit, xtype, newId, description);
  }

  /** @return a copy with another xtype */
  public Column withXtype(String newXtype) {
    return new Column(name, datatype, arraysize, ucd, utype, unit, newXtype, id, description);
  }

  /** @return a copy with another arraysize (null for scalar) */
  public Column withArraysize(String newArraysize) {
    return new Column(name, datatype, newArraysize, ucd, utype, unit, xtype, id, description);
  }

  /** @return a copy with another UCD and utype */
  public Column withUcdUtype(String newUcd, String newUtype) {
    return new Column(name, datatype, arraysize, newUcd, newUtype, unit, xtype, id, description);
  }

  /** Writes the {@code FIELD} element. */
  public void writeField(Xml xml) throws IOException {
    xml.open("FIELD", "name", name, "ID", id, "datatype", datatype, "arraysize", arraysize,
        "ucd", ucd, "utype", utype, "unit", unit, "xtype", xtype);
    if (description != null) {
      xml.element("DESCRIPTION", description);
    }
    xml.close("FIELD");
  }
}
