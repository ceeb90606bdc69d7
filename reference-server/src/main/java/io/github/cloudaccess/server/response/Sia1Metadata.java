package io.github.cloudaccess.server.response;

import io.github.cloudaccess.server.votable.Column;
import io.github.cloudaccess.server.votable.Xml;
import java.io.IOException;
import java.util.List;

/**
 * The SIA 1.0 FORMAT=METADATA answer (SIA 1.0 7.1): one INPUT:* PARAM with a DESCRIPTION per
 * supported input, the supported formats listed as OPTIONs, and the full FIELD list without rows.
 */
public final class Sia1Metadata {

  private Sia1Metadata() {}

  /** Writes the document. */
  public static void write(Xml xml, List<Column> columns) throws IOException {
    ResultDocument.begin(xml);
    xml.open("RESOURCE", "type", "results").nl();
    xml.empty("INFO", "name", "QUERY_STATUS", "value", "OK");
    input(xml, "POS", "ICRS position of the search centre: ra,dec in decimal degrees", "deg");
    input(xml, "SIZE",
        "width[,height] of the search box in degrees; one value applies to both axes", "deg");
    xml.open("PARAM", "name", "INPUT:FORMAT", "datatype", "char", "arraysize", "*",
        "value", "ALL");
    xml.element("DESCRIPTION",
        "image formats wanted: ALL, GRAPHIC (none here), METADATA, or a list of MIME types");
    xml.open("VALUES").nl();
    for (String o : List.of("ALL", "GRAPHIC", "METADATA", "image/fits")) {
      xml.empty("OPTION", "value", o);
    }
    xml.close("VALUES");
    xml.close("PARAM");
    xml.open("PARAM", "name", "INPUT:INTERSECT", "datatype", "char", "arraysize", "*",
        "value", "OVERLAPS");
    xml.element("DESCRIPTION", "how an image must relate to the search box: COVERS (image covers"
        + " the box), ENCLOSED (image inside the box), CENTER (image contains POS), OVERLAPS");
    xml.open("VALUES").nl();
    for (String o : List.of("COVERS", "ENCLOSED", "CENTER", "OVERLAPS")) {
      xml.empty("OPTION", "value", o);
    }
    xml.close("VALUES");
    xml.close("PARAM");
    input(xml, "MAXREC", "most rows to return", null);
    input(xml, "CA_ENCODING", "non-standard: cloud_access cells escaped, cdata or binary2", null);
    input(xml, "CA_FORM", "non-standard: cloud_access provider value as list or dict", null);
    input(xml, "CA_PLACEMENT", "non-standard: discovery, datalink or both", null);
    input(xml, "CA_DEFECT", "non-standard: inject a documented defect (see README)", null);
    xml.open("TABLE").nl();
    for (Column c : columns) {
      c.writeField(xml);
    }
    xml.raw("<DATA><TABLEDATA>\n</TABLEDATA></DATA>\n");
    xml.close("TABLE");
    xml.close("RESOURCE");
    xml.close("VOTABLE");
  }

  private static void input(Xml xml, String name, String description, String unit)
      throws IOException {
    xml.open("PARAM", "name", "INPUT:" + name, "datatype", "char", "arraysize", "*",
        "unit", unit, "value", "");
    xml.element("DESCRIPTION", description);
    xml.close("PARAM");
  }
}
