package io.github.cloudaccess.validator.live;

import io.github.cloudaccess.validator.Input;
import io.github.cloudaccess.validator.xml.SecureSax;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import uk.ac.starlink.votable.TableContentHandler;

/**
 * Reads the {@link VotableFacts} of a fetched body in one streaming pass: the live side's own
 * reading, because the checking stages do not expose rows. Structure comes from a hardened SAX
 * parser ({@link SecureSax}: no external entities, bounded expansion); rows of every
 * serialization come from STIL's streaming {@link TableContentHandler}, fed the same events, so
 * memory stays bounded by the sample size whatever the number of rows.
 *
 * <p>Only the first TABLE of the first {@code RESOURCE type="results"} is read. Problems are
 * not reported here (the pipeline reports them): an unreadable body just gives
 * {@code readable = false} with whatever was read before.
 */
public final class FactsReader extends DefaultHandler {

  private static final int MAX_INFO_TEXT = 2000;

  private final TableContentHandler stil = new TableContentHandler(false);
  private final Deque<Resource> resources = new ArrayDeque<>();
  private final List<Column> columns = new ArrayList<>();
  private final Map<String, String> params = new LinkedHashMap<>();
  private final List<ServiceDescriptor> descriptors = new ArrayList<>();
  private final List<String[]> resultsStatuses = new ArrayList<>();
  private final List<String[]> otherStatuses = new ArrayList<>();

  private boolean first = true;
  private boolean votable;
  private boolean resultsClaimed;
  private boolean inResultsTable;
  private boolean resultsTableSeen;
  private int groupDepth;
  private String[] info;
  private StringBuilder infoText;

  /** One open RESOURCE. */
  private static final class Resource {
    boolean results;
    boolean descriptor;
    String id;
    String standardId;
    String accessUrl;
    final List<ServiceDescriptor.InputParam> inputs = new ArrayList<>();
  }

  private final ResultRows rows;

  private FactsReader(int sampleLimit, RowSink sink) {
    rows = new ResultRows(columns, sampleLimit, sink);
    stil.setReadHrefTables(false); // never fetch a stream the document points to
    stil.setTableHandler(rows);
  }

  /**
   * @param input the body
   * @param sampleLimit rows to keep
   * @param sink told of every row of the results table
   * @return what was read
   */
  public static VotableFacts read(Input input, int sampleLimit, RowSink sink) {
    FactsReader h = new FactsReader(sampleLimit, sink);
    boolean readable;
    try (InputStream in = input.open()) {
      XMLReader reader = SecureSax.newReader();
      reader.setContentHandler(h);
      reader.setErrorHandler(h);
      reader.parse(new InputSource(in));
      readable = true;
    } catch (SAXException | IOException | RuntimeException e) {
      readable = false; // the pipeline reports why; the probes only learn it could not be read
    }
    return h.facts(readable);
  }

  private VotableFacts facts(boolean readable) {
    String[] status = status();
    return new VotableFacts(readable, votable, status == null ? null : status[0],
        status == null ? null : status[1], columns, rows.count(), rows.sample(), params,
        descriptors);
  }

  /** ERROR over OVERFLOW over the first value; the results RESOURCE's INFOs over the others. */
  private String[] status() {
    List<String[]> list = resultsStatuses.isEmpty() ? otherStatuses : resultsStatuses;
    for (String wanted : new String[] {"ERROR", "OVERFLOW"}) {
      for (String[] s : list) {
        if (s[0] != null && s[0].trim().equalsIgnoreCase(wanted)) {
          return s;
        }
      }
    }
    return list.isEmpty() ? null : list.get(0);
  }

  @Override
  public void setDocumentLocator(Locator locator) {
    stil.setDocumentLocator(locator);
  }

  @Override
  public void startDocument() throws SAXException {
    stil.startDocument();
  }

  @Override
  public void endDocument() throws SAXException {
    stil.endDocument();
  }

  @Override
  public void startPrefixMapping(String prefix, String uri) throws SAXException {
    stil.startPrefixMapping(prefix, uri);
  }

  @Override
  public void endPrefixMapping(String prefix) throws SAXException {
    stil.endPrefixMapping(prefix);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    String name = local(localName, qName);
    if (first) {
      first = false;
      votable = name.equals("VOTABLE");
    }
    switch (name) {
      case "RESOURCE" -> startResource(atts);
      case "TABLE" -> {
        Resource r = resources.peek();
        inResultsTable = r != null && r.results && !resultsTableSeen;
        resultsTableSeen |= inResultsTable;
        rows.inResultsTable(inResultsTable);
      }
      case "FIELD" -> {
        if (inResultsTable) {
          columns.add(new Column(columns.size(), atts.getValue("name"), atts.getValue("ID"),
              atts.getValue("ucd"), atts.getValue("utype")));
        }
      }
      case "BINARY", "BINARY2", "FITS" -> {
        if (inResultsTable) {
          rows.binary();
        }
      }
      case "GROUP" -> {
        if (groupDepth > 0 || "inputParams".equals(atts.getValue("name"))) {
          groupDepth++;
        }
      }
      case "PARAM" -> param(atts);
      case "INFO" -> {
        info = new String[] {atts.getValue("value"), null, atts.getValue("name")};
        infoText = new StringBuilder();
      }
      default -> { }
    }
    stil.startElement(uri, localName, qName, atts);
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    stil.endElement(uri, localName, qName);
    switch (local(localName, qName)) {
      case "RESOURCE" -> endResource();
      case "TABLE" -> {
        inResultsTable = false;
        rows.inResultsTable(false);
      }
      case "GROUP" -> groupDepth = Math.max(0, groupDepth - 1);
      case "INFO" -> endInfo();
      default -> { }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (infoText != null && infoText.length() < MAX_INFO_TEXT) {
      infoText.append(ch, start, Math.min(length, MAX_INFO_TEXT - infoText.length()));
    }
    stil.characters(ch, start, length);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    stil.ignorableWhitespace(ch, start, length);
  }

  private void startResource(Attributes atts) {
    Resource r = new Resource();
    String type = atts.getValue("type");
    String utype = atts.getValue("utype");
    r.id = atts.getValue("ID");
    r.descriptor = "meta".equalsIgnoreCase(type) && utype != null
        && (utype.equalsIgnoreCase("adhoc:service") || utype.equalsIgnoreCase("adhoc:this"));
    if ("results".equalsIgnoreCase(type) && !resultsClaimed) {
      r.results = true;
      resultsClaimed = true;
    }
    resources.push(r);
  }

  private void endResource() {
    Resource r = resources.poll();
    if (r != null && r.descriptor) {
      descriptors.add(new ServiceDescriptor(r.id, r.standardId, r.accessUrl, r.inputs));
    }
  }

  private void param(Attributes atts) {
    String name = atts.getValue("name");
    String value = atts.getValue("value");
    Resource r = resources.peek();
    if (r != null && r.descriptor) {
      if (groupDepth > 0) {
        r.inputs.add(new ServiceDescriptor.InputParam(name, value, atts.getValue("ref")));
      } else if ("standardID".equalsIgnoreCase(name)) {
        r.standardId = value;
      } else if ("accessURL".equalsIgnoreCase(name)) {
        r.accessUrl = value;
      }
    } else if (name != null && value != null && !insideDescriptor()) {
      // A PARAM without a value (invalid, yet published: pyvo's datalink/proc.xml) says nothing.
      params.putIfAbsent(name, value);
    }
  }

  private boolean insideDescriptor() {
    return resources.stream().anyMatch(r -> r.descriptor);
  }

  private void endInfo() {
    if (info != null && "QUERY_STATUS".equalsIgnoreCase(info[2])) {
      String text = infoText.toString().trim();
      String[] status = {info[0], text.isEmpty() ? null : text};
      Resource r = resources.peek();
      (r != null && r.results ? resultsStatuses : otherStatuses).add(status);
    }
    info = null;
    infoText = null;
  }

  private static String local(String localName, String qName) {
    String n = localName == null || localName.isEmpty() ? qName : localName;
    return n.substring(n.indexOf(':') + 1);
  }
}
