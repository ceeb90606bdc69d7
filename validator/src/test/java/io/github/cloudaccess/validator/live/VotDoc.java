package io.github.cloudaccess.validator.live;

import io.github.cloudaccess.corpus.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A corpus VOTable response loaded as a DOM, so the in-test services can answer queries with
 * it: filter rows, cut them at MAXREC, change QUERY_STATUS, add PARAMs and descriptors.
 */
final class VotDoc {

  private static final String NS = "http://www.ivoa.net/xml/VOTable/v1.3";

  private final Document doc;

  private VotDoc(Document doc) {
    this.doc = doc;
  }

  /** The archive host of the corpus responses' access URLs, a real DNS name. */
  static final String CORPUS_HOST = "://data.example.org/";
  /** Where the in-test services put those URLs: a reserved name that never resolves. */
  static final String TEST_HOST = "://data.example.invalid/";

  /**
   * Loads a corpus response with its access URLs moved to {@link #TEST_HOST}, so that a live
   * test that checks objects never asks real DNS about the corpus's archive host.
   *
   * @param name a file under test-corpus/responses
   * @return its DOM
   */
  static VotDoc corpus(String name) {
    Path file = Corpus.locate().responsesDir().resolve(name);
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).replace(CORPUS_HOST,
          TEST_HOST);
      return parse(new InputSource(new StringReader(text)), file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  static VotDoc load(Path file) {
    return parse(new InputSource(file.toUri().toString()), file);
  }

  private static VotDoc parse(InputSource source, Path file) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return new VotDoc(f.newDocumentBuilder().parse(source));
    } catch (Exception e) {
      throw new IllegalStateException("cannot load " + file, e);
    }
  }

  /** @return the FIELD names of the first TABLE, in order */
  List<String> fields() {
    List<String> out = new ArrayList<>();
    for (Element f : elements("FIELD")) {
      out.add(f.getAttribute("name"));
    }
    return out;
  }

  /** @return the rows, each as its TD texts */
  List<List<String>> rows() {
    List<List<String>> out = new ArrayList<>();
    for (Element tr : elements("TR")) {
      List<String> cells = new ArrayList<>();
      for (Element td : children(tr, "TD")) {
        cells.add(td.getTextContent());
      }
      out.add(cells);
    }
    return out;
  }

  /**
   * @param keep decides per row (its TD texts) whether it stays
   * @return this
   */
  VotDoc filter(Predicate<List<String>> keep) {
    List<List<String>> rows = rows();
    List<Element> trs = elements("TR");
    for (int i = 0; i < trs.size(); i++) {
      if (!keep.test(rows.get(i))) {
        trs.get(i).getParentNode().removeChild(trs.get(i));
      }
    }
    return this;
  }

  /**
   * @param n rows to keep
   * @return this
   */
  VotDoc firstRows(int n) {
    List<Element> trs = elements("TR");
    for (int i = n; i < trs.size(); i++) {
      trs.get(i).getParentNode().removeChild(trs.get(i));
    }
    return this;
  }

  /**
   * @param row 0-based row to copy
   * @return this, the copy inserted right after the row
   */
  VotDoc duplicate(int row) {
    Element tr = elements("TR").get(row);
    tr.getParentNode().insertBefore(tr.cloneNode(true), tr.getNextSibling());
    return this;
  }

  /**
   * @param row 0-based row
   * @param field a FIELD name
   * @param value the new TD text
   * @return this
   */
  VotDoc set(int row, String field, String value) {
    int col = fields().indexOf(field);
    children(elements("TR").get(row), "TD").get(col).setTextContent(value);
    return this;
  }

  /**
   * @param value the new value of the leading QUERY_STATUS
   * @return this
   */
  VotDoc status(String value) {
    for (Element info : elements("INFO")) {
      if (info.getAttribute("name").equals("QUERY_STATUS")) {
        info.setAttribute("value", value);
        if (!value.equals("OK") && info.getTextContent().isBlank()) {
          info.setTextContent("truncated at MAXREC");
        }
        return this;
      }
    }
    throw new IllegalStateException("no QUERY_STATUS");
  }

  /**
   * @param field a FIELD name
   * @param id the ID to give it
   * @return this
   */
  VotDoc fieldId(String field, String id) {
    for (Element f : elements("FIELD")) {
      if (f.getAttribute("name").equals(field)) {
        f.setAttribute("ID", id);
      }
    }
    return this;
  }

  /**
   * Adds a PARAM to the results RESOURCE.
   *
   * @return this
   */
  VotDoc param(String name, String value) {
    Element p = doc.createElementNS(NS, "PARAM");
    p.setAttribute("name", name);
    p.setAttribute("datatype", "char");
    p.setAttribute("arraysize", "*");
    p.setAttribute("value", value);
    Element resource = elements("RESOURCE").get(0);
    resource.insertBefore(p, children(resource, "TABLE").get(0));
    return this;
  }

  /**
   * Appends a service descriptor RESOURCE to the VOTABLE.
   *
   * @param standardId the standardID PARAM
   * @param accessUrl the accessURL PARAM
   * @param input one input parameter's name
   * @param ref its ref (a FIELD ID), or null
   * @param value its value, or null
   * @return this
   */
  VotDoc descriptor(String standardId, String accessUrl, String input, String ref, String value) {
    Element r = doc.createElementNS(NS, "RESOURCE");
    r.setAttribute("type", "meta");
    r.setAttribute("utype", "adhoc:service");
    r.appendChild(charParam("standardID", standardId));
    r.appendChild(charParam("accessURL", accessUrl));
    Element g = doc.createElementNS(NS, "GROUP");
    g.setAttribute("name", "inputParams");
    Element p = charParam(input, value == null ? "" : value);
    if (ref != null) {
      p.setAttribute("ref", ref);
    }
    g.appendChild(p);
    r.appendChild(g);
    doc.getDocumentElement().appendChild(r);
    return this;
  }

  /** @return the document as UTF-8 bytes */
  byte[] bytes() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      var t = TransformerFactory.newInstance().newTransformer();
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      t.transform(new DOMSource(doc), new StreamResult(out));
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return new String(bytes(), StandardCharsets.UTF_8);
  }

  private Element charParam(String name, String value) {
    Element p = doc.createElementNS(NS, "PARAM");
    p.setAttribute("name", name);
    p.setAttribute("datatype", "char");
    p.setAttribute("arraysize", "*");
    p.setAttribute("value", value);
    return p;
  }

  private List<Element> elements(String local) {
    NodeList nl = doc.getElementsByTagNameNS("*", local);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nl.getLength(); i++) {
      out.add((Element) nl.item(i));
    }
    return out;
  }

  private static List<Element> children(Element e, String local) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && local.equals(c.getLocalName())) {
        out.add(c);
      }
    }
    return out;
  }
}
