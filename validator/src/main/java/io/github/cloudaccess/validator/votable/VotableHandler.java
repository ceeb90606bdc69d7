package io.github.cloudaccess.validator.votable;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.ext.DefaultHandler2;

/**
 * The single streaming pass: turns SAX events into the VOTable structure ({@link DocumentInfo})
 * and into {@link VotableListener} events, buffering only the cells some stage asked for.
 *
 * <p>Design limits: rows are never stored; per-resource lists are capped. BINARY and BINARY2
 * streams are decoded here ({@link BinaryStreamDecoder}); inline FITS streams are handed to STIL
 * through a {@link StilBridge}, which never sees the rows of TABLEDATA, BINARY or BINARY2 so that
 * they cost no second decoding. This class is longer than most because
 * it is the one hot loop of the validator and keeps its state in plain fields.
 */
public final class VotableHandler extends DefaultHandler2 {

  private final DocumentInfo doc;
  private final List<VotableListener> listeners;
  private final XmlEvents xmlEvents;
  private final StilBridge bridge;
  private Locator locator;

  private final Deque<String> elements = new ArrayDeque<>();
  private final Deque<ResourceInfo> resources = new ArrayDeque<>();
  private final Deque<String> groups = new ArrayDeque<>();
  private final List<Boolean> resourceSawTable = new ArrayList<>();
  private boolean votable;
  private boolean rootSeen;
  private int resourceCount;
  private boolean resultsSeen;
  private boolean checkedChosen;

  private TableInfo table;
  private boolean tableStarted;
  private Row row;
  private ColumnDemand demand;
  private int[] watchBits;
  private boolean inTabledata;
  private boolean inBinary;
  private boolean binary2;
  private final BinaryStreamReader binaryReader;
  private boolean inRow;
  private boolean inCell;
  private int cellIndex;
  private long rowNumber;
  private CellBuffer cell;
  private int cellWatch;
  private long cellLine;
  private long cellColumn;
  private final CellTextScan scan = new CellTextScan();

  private final InfoCollector infos = new InfoCollector();

  private long cdataSections;

  /**
   * @param doc receives the structure
   * @param listeners the stages, in pipeline order
   * @param xmlEvents receives ID, reference and CDATA facts
   * @param bridge decodes binary streams; may be null to skip binary tables
   */
  public VotableHandler(DocumentInfo doc, List<VotableListener> listeners, XmlEvents xmlEvents,
      StilBridge bridge) {
    this.doc = doc;
    this.listeners = List.copyOf(listeners);
    this.xmlEvents = xmlEvents;
    this.bridge = bridge;
    this.binaryReader = new BinaryStreamReader(xmlEvents, this::decodedRow);
    if (bridge != null) {
      bridge.attach(this);
    }
  }

  /** @return CDATA sections seen inside TD elements */
  public long cdataSections() {
    return cdataSections;
  }

  /**
   * Fans XML events out to several receivers.
   *
   * @param receivers the receivers, in order
   * @return one receiver calling each of them
   */
  public static XmlEvents fanOut(List<XmlEvents> receivers) {
    return new XmlEventsFanOut(List.copyOf(receivers));
  }

  /** @return true when the root element is VOTABLE */
  public boolean isVotable() {
    return votable;
  }

  @Override
  public void setDocumentLocator(Locator locator) {
    this.locator = locator;
    if (bridge != null) {
      bridge.setDocumentLocator(locator);
    }
  }

  @Override
  public void startDocument() throws SAXException {
    if (bridge != null) {
      bridge.startDocument();
    }
  }

  @Override
  public void endDocument() throws SAXException {
    if (bridge != null) {
      bridge.endDocument();
    }
    doc.markComplete();
  }

  @Override
  public void startPrefixMapping(String prefix, String uri) throws SAXException {
    if (bridge != null && !inTabledata && !inBinary) {
      bridge.startPrefixMapping(prefix, uri);
    }
  }

  @Override
  public void endPrefixMapping(String prefix) throws SAXException {
    if (bridge != null && !inTabledata && !inBinary) {
      bridge.endPrefixMapping(prefix);
    }
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    String name = localName.isEmpty() ? qName : localName;
    /* Hot path: cells and rows of TABLEDATA. */
    if (inTabledata) {
      if (name.equals("TD")) {
        startCell();
        return;
      }
      if (name.equals("TR")) {
        startRow();
        return;
      }
    }
    if (inBinary && name.equals("STREAM")) {
      startBinaryStream(atts);
    }
    if (bridge != null && !inTabledata && !inBinary) {
      if (name.equals("STREAM") && table != null) {
        bridge.expectRows(table, row, rowNumber, locator.getLineNumber(),
            locator.getColumnNumber());
      }
      bridge.startElement(uri, localName, qName, atts);
    }
    if (!rootSeen) {
      startRoot(uri, name, atts);
    }
    elements.push(name);
    if (!votable) {
      return;
    }
    xmlEvents.startElement(uri, name, atts, line(), column());
    String id = atts.getValue("ID");
    if (id != null) {
      boolean fresh = doc.addId(id, name);
      xmlEvents.id(id, name, !fresh, line(), column());
    }
    String ref = atts.getValue("ref");
    if (ref != null) {
      xmlEvents.ref(ref, name, line(), column());
    }
    switch (name) {
      case "RESOURCE" -> startResource(atts);
      case "TABLE" -> startTable(atts);
      case "FIELD" -> addField(atts);
      case "PARAM" -> addParam(atts);
      case "GROUP" -> groups.push(String.valueOf(atts.getValue("name")));
      case "INFO" -> infos.start(atts, line(), column());
      case "DATA" -> startData();
      case "TABLEDATA", "BINARY", "BINARY2", "FITS" -> startSerialization(name);
      default -> { }
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    String name = localName.isEmpty() ? qName : localName;
    if (inTabledata) {
      if (name.equals("TD")) {
        endCell();
        return;
      }
      if (name.equals("TR")) {
        endRow();
        return;
      }
      if (name.equals("TABLEDATA")) {
        inTabledata = false;
      }
    }
    if (inBinary) {
      if (name.equals("STREAM")) {
        endBinaryStream();
      } else if (name.equals("BINARY") || name.equals("BINARY2")) {
        inBinary = false;
      }
    }
    if (bridge != null && !inTabledata && !inBinary) {
      bridge.endElement(uri, localName, qName);
    }
    if (votable) {
      xmlEvents.endElement(name);
      switch (name) {
        case "RESOURCE" -> endResource();
        case "TABLE" -> endTable();
        case "GROUP" -> groups.poll();
        case "INFO" -> endInfo();
        default -> { }
      }
    }
    elements.poll();
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (inCell) {
      if (cell != null) {
        cell.append(ch, start, length);
      }
      if (cellWatch != 0) {
        scan.scan(ch, start, length);
      }
      return;
    }
    if (inTabledata) {
      return;
    }
    if (inBinary) {
      binaryReader.characters(ch, start, length, locator.getLineNumber(),
          locator.getColumnNumber());
      return;
    }
    if (bridge != null) {
      bridge.characters(ch, start, length);
    }
    infos.characters(ch, start, length);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    characters(ch, start, length);
  }

  @Override
  public void startCDATA() {
    if (inCell) {
      cdataSections++;
      if (cell != null) {
        row.markCdata(cellIndex);
      }
    }
  }

  @Override
  public void startDTD(String name, String publicId, String systemId) {
    xmlEvents.doctype(name, publicId, systemId, line(), column());
  }

  @Override
  public void skippedEntity(String name) {
    xmlEvents.skippedEntity(name, line(), column());
  }

  /* ---------------------------------------------------------------------------------------- */

  private void startRoot(String uri, String name, Attributes atts) {
    rootSeen = true;
    votable = name.equals("VOTABLE");
    doc.setRoot(name, uri, atts.getValue("version"), line(), column());
    for (VotableListener l : listeners) {
      l.documentStart(doc);
    }
  }

  private void startResource(Attributes atts) {
    ResourceInfo parent = resources.peek();
    ResourceInfo r = new ResourceInfo(resourceCount++, atts.getValue("type"),
        atts.getValue("utype"), atts.getValue("ID"), atts.getValue("name"), parent, line(),
        column());
    if (r.isResults()) {
      resultsSeen = true;
    }
    doc.addResource(r);
    resources.push(r);
    resourceSawTable.add(false);
  }

  private void endResource() {
    ResourceInfo r = resources.poll();
    if (!resourceSawTable.isEmpty()) {
      resourceSawTable.remove(resourceSawTable.size() - 1);
    }
    if (r != null) {
      for (VotableListener l : listeners) {
        l.resourceEnd(r);
      }
    }
  }

  private void startTable(Attributes atts) {
    ResourceInfo r = resources.peek();
    table = new TableInfo(doc.tables().size(), r, atts.getValue("name"), line(), column());
    tableStarted = false;
    doc.addTable(table);
    if (r != null) {
      r.addTable(table);
    }
  }

  private void addField(Attributes atts) {
    if (table == null || tableStarted || !"TABLE".equals(parentElement())) {
      return;
    }
    String datatype = atts.getValue("datatype");
    table.addField(new FieldInfo(table.fields().size(), atts.getValue("name"),
        atts.getValue("ID"), datatype, Datatype.of(datatype),
        Arraysize.parse(atts.getValue("arraysize")), atts.getValue("ucd"),
        atts.getValue("utype"), atts.getValue("unit"), atts.getValue("xtype"), line(),
        column()));
  }

  private void addParam(Attributes atts) {
    ResourceInfo r = resources.peek();
    if (r != null) {
      r.addParam(new ParamInfo(atts.getValue("name"), atts.getValue("value"),
          atts.getValue("datatype"), atts.getValue("ref"), groups.peek(), line(), column()));
    }
  }

  private void endInfo() {
    String parent = parentElement();
    ResourceInfo r = resources.peek();
    boolean inTable = "TABLE".equals(parent);
    boolean afterTable = !inTable && r != null && !resourceSawTable.isEmpty()
        && resourceSawTable.get(resourceSawTable.size() - 1);
    InfoElement info = infos.end(afterTable, inTable);
    if ("VOTABLE".equals(parent)) {
      doc.addTopInfo(info);
    } else if (r != null && ("RESOURCE".equals(parent) || inTable)) {
      r.addInfo(info);
    }
  }

  private String parentElement() {
    /* The current element is on top; its parent is the next one down. */
    var it = elements.iterator();
    if (!it.hasNext()) {
      return null;
    }
    it.next();
    return it.hasNext() ? it.next() : null;
  }

  private void startData() {
    if (table != null && !tableStarted) {
      beginTableData();
    }
  }

  private void beginTableData() {
    tableStarted = true;
    ResourceInfo r = table.resource();
    boolean inResults = r != null && r.isResults();
    if (!checkedChosen && (inResults || !resultsSeen)) {
      checkedChosen = true;
      table.setChecked(true);
    }
    int n = table.fields().size();
    demand = new ColumnDemand(n);
    for (VotableListener l : listeners) {
      l.tableStart(table, demand);
    }
    row = new Row(demand);
    watchBits = new int[n];
    for (int i = 0; i < n; i++) {
      watchBits[i] = demand.watchBits(i);
    }
    rowNumber = 0;
  }

  private void startSerialization(String name) {
    if (table == null) {
      return;
    }
    if (!tableStarted) {
      beginTableData();
    }
    if (table.serialization() == null) {
      table.setSerialization(name, line(), column());
    }
    if (name.equals("TABLEDATA")) {
      inTabledata = true;
    } else if (name.equals("BINARY") || name.equals("BINARY2")) {
      /* Forwarded to STIL up to here (its start tag); the stream is decoded here, not there. */
      inBinary = true;
      binary2 = name.equals("BINARY2");
    }
  }

  private void startBinaryStream(Attributes atts) {
    if (table != null && row != null) {
      binaryReader.start(table, row, binary2, rowNumber, atts, line(), column());
    }
  }

  private void decodedRow(TableInfo t, Row r) {
    t.countRow();
    for (VotableListener l : listeners) {
      l.row(t, r);
    }
  }

  private void endBinaryStream() {
    long rows = binaryReader.end();
    if (rows >= 0) {
      rowNumber = rows;
    }
  }

  private void startRow() {
    inRow = true;
    cellIndex = 0;
    row.start(++rowNumber, line(), column(), false);
  }

  private void startCell() {
    if (!inRow) {
      return;
    }
    inCell = true;
    int i = cellIndex;
    if (i < watchBits.length) {
      cell = row.buffer(i);
      cellWatch = watchBits[i];
      if (cell != null || cellWatch != 0) {
        cellLine = locator.getLineNumber();
        cellColumn = locator.getColumnNumber();
        if (cell != null) {
          cell.reset();
          row.cellAt(i, cellLine, cellColumn);
        }
        if (cellWatch != 0) {
          scan.start(cellWatch);
        }
      }
    } else {
      cell = null;
      cellWatch = 0;
    }
  }

  private void endCell() {
    if (!inCell) {
      return;
    }
    inCell = false;
    if (cellWatch != 0) {
      int found = scan.found();
      if (found != 0) {
        row.flag(cellIndex, found, cellLine, cellColumn);
      }
    }
    cell = null;
    cellWatch = 0;
    cellIndex++;
  }

  private void endRow() {
    if (!inRow) {
      return;
    }
    inRow = false;
    row.setCellCount(cellIndex);
    table.countRow();
    for (VotableListener l : listeners) {
      l.row(table, row);
    }
  }

  private void endTable() {
    if (table == null) {
      return;
    }
    if (!tableStarted) {
      beginTableData();
    }
    if (bridge != null) {
      bridge.tableDone(table);
    }
    for (VotableListener l : listeners) {
      l.tableEnd(table);
    }
    if (!resourceSawTable.isEmpty()) {
      resourceSawTable.set(resourceSawTable.size() - 1, true);
    }
    table = null;
    row = null;
    inTabledata = false;
    inBinary = false;
    binaryReader.reset();
  }

  private long line() {
    return locator == null ? 0 : locator.getLineNumber();
  }

  private long column() {
    return locator == null ? 0 : locator.getColumnNumber();
  }

  /** Dispatches one decoded binary row; called by {@link StilBridge} on STIL's thread. */
  void binaryRow(TableInfo t, Row r) {
    t.countRow();
    for (VotableListener l : listeners) {
      l.row(t, r);
    }
  }
}
