package io.github.cloudaccess.server;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Test-side reading of VOTable responses with the JDK DOM (no DTDs, no external entities): the
 * results table's FIELDs, its TABLEDATA or BINARY2 rows, and the INFOs before and after it.
 */
final class Votables {

  static final String NS = "http://www.ivoa.net/xml/VOTable/v1.3";

  /** One INFO element. */
  record Info(String name, String value, String text) {}

  /**
   * A parsed results table.
   *
   * @param doc the whole document
   * @param fields FIELD elements in order
   * @param rows cell texts per row (null = null cell)
   * @param before INFOs of the results RESOURCE before the TABLE
   * @param after INFOs of the results RESOURCE after the TABLE
   */
  record Parsed(Document doc, List<Element> fields, List<List<String>> rows, List<Info> before,
      List<Info> after) {

    /** @return the FIELD names */
    List<String> names() {
      return fields.stream().map(f -> f.getAttribute("name")).toList();
    }

    /** @return the index of a column */
    int col(String name) {
      int i = names().indexOf(name);
      if (i < 0) {
        throw new AssertionError("no column " + name + " in " + names());
      }
      return i;
    }

    /** @return the values of one column */
    List<String> column(String name) {
      int i = col(name);
      return rows.stream().map(r -> r.get(i)).toList();
    }

    /** @return rows keyed by column name */
    List<Map<String, String>> records() {
      List<Map<String, String>> out = new ArrayList<>();
      List<String> names = names();
      for (List<String> r : rows) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
          m.put(names.get(i), r.get(i));
        }
        out.add(m);
      }
      return out;
    }

    /** @return the QUERY_STATUS values before and after the table, in document order */
    List<String> statuses() {
      List<String> s = new ArrayList<>();
      before.stream().filter(i -> i.name().equals("QUERY_STATUS")).forEach(i -> s.add(i.value()));
      after.stream().filter(i -> i.name().equals("QUERY_STATUS")).forEach(i -> s.add(i.value()));
      return s;
    }

    /** @return the FIELD element of a column */
    Element field(String name) {
      return fields.get(col(name));
    }
  }

  private Votables() {}

  /** @return the DOM of a well-formed document (fails the test otherwise) */
  static Document dom(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      javax.xml.parsers.DocumentBuilder b = f.newDocumentBuilder();
      // Report through the exception only (the default handler also prints to stderr).
      b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
        @Override
        public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
          throw e;
        }
      });
      return b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }

  /** @return true when the text parses as XML */
  static boolean wellFormed(String xml) {
    try {
      dom(xml);
      return true;
    } catch (AssertionError e) {
      return false;
    }
  }

  /** Parses the results RESOURCE of a VOTable document. */
  static Parsed parse(String xml) {
    Document doc = dom(xml);
    Element results = null;
    NodeList resources = doc.getElementsByTagNameNS(NS, "RESOURCE");
    for (int i = 0; i < resources.getLength(); i++) {
      Element r = (Element) resources.item(i);
      if ("results".equals(r.getAttribute("type"))) {
        results = r;
        break;
      }
    }
    if (results == null) {
      throw new AssertionError("no RESOURCE type=results");
    }
    List<Info> before = new ArrayList<>();
    List<Info> after = new ArrayList<>();
    Element table = null;
    for (Node n = results.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        if (e.getLocalName().equals("TABLE")) {
          table = e;
        } else if (e.getLocalName().equals("INFO")) {
          (table == null ? before : after).add(new Info(e.getAttribute("name"),
              e.getAttribute("value"), e.getTextContent()));
        }
      }
    }
    List<Element> fields = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    if (table != null) {
      for (Node n = table.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e && e.getLocalName().equals("FIELD")) {
          fields.add(e);
        }
      }
      rows = rows(table, fields);
    }
    return new Parsed(doc, fields, rows, before, after);
  }

  private static List<List<String>> rows(Element table, List<Element> fields) {
    List<List<String>> rows = new ArrayList<>();
    NodeList trs = table.getElementsByTagNameNS(NS, "TR");
    for (int i = 0; i < trs.getLength(); i++) {
      List<String> cells = new ArrayList<>();
      for (Node n = trs.item(i).getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element td && td.getLocalName().equals("TD")) {
          cells.add(td.hasChildNodes() ? td.getTextContent() : null);
        }
      }
      rows.add(cells);
    }
    NodeList streams = table.getElementsByTagNameNS(NS, "STREAM");
    if (streams.getLength() > 0) {
      rows.addAll(Binary2Reader.read(streams.item(0).getTextContent(), fields));
    }
    return rows;
  }
}
