package io.github.cloudaccess.validator.votable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the streaming pass learned about the document as a whole: root, version, RESOURCEs,
 * TABLEs, top-level INFOs and element IDs. Metadata only; never rows.
 */
public final class DocumentInfo {

  /** Largest number of element IDs remembered for duplicate and reference checks. */
  public static final int MAX_IDS = 100_000;

  private final String source;
  private String rootName;
  private String rootNamespace;
  private String version;
  private long rootLine;
  private long rootColumn;
  private boolean complete;
  private final List<ResourceInfo> resources = new ArrayList<>();
  private final List<TableInfo> tables = new ArrayList<>();
  private final List<InfoElement> topInfos = new ArrayList<>();
  private final Map<String, String> ids = new HashMap<>();

  /** @param source the input's name, used in positions */
  public DocumentInfo(String source) {
    this.source = source;
  }

  /** @return the input's name */
  public String source() {
    return source;
  }

  /** @return the root element's local name, or null before the root was seen */
  public String rootName() {
    return rootName;
  }

  /** @return the root element's namespace URI ({@code ""} when none), or null before the root */
  public String rootNamespace() {
    return rootNamespace;
  }

  /** @return the VOTABLE {@code version} attribute, or null */
  public String version() {
    return version;
  }

  public long rootLine() {
    return rootLine;
  }

  public long rootColumn() {
    return rootColumn;
  }

  /** @return true when the parse reached the end of the document without a fatal error */
  public boolean complete() {
    return complete;
  }

  /** @return every RESOURCE, document order (nested ones included) */
  public List<ResourceInfo> resources() {
    return Collections.unmodifiableList(resources);
  }

  /** @return every TABLE, document order */
  public List<TableInfo> tables() {
    return Collections.unmodifiableList(tables);
  }

  /** @return INFO elements that are direct children of VOTABLE */
  public List<InfoElement> topInfos() {
    return Collections.unmodifiableList(topInfos);
  }

  /**
   * @param id an XML ID
   * @return the element name that carries it, or null when no element has that ID
   */
  public String elementWithId(String id) {
    return ids.get(id);
  }

  /** @return the RESOURCEs of {@code type="results"} */
  public List<ResourceInfo> resultsResources() {
    return resources.stream().filter(ResourceInfo::isResults).toList();
  }

  /** @return the RESOURCEs of {@code type="results"} directly under VOTABLE (the ones DALI counts) */
  public List<ResourceInfo> topResultsResources() {
    return resources.stream().filter(r -> r.isResults() && r.parent() == null).toList();
  }

  /**
   * A DALI error document: it answers with a status, not a results table.
   *
   * @return true when the results RESOURCE (or, without one, the document) says QUERY_STATUS
   *     ERROR
   */
  public boolean errorDocument() {
    List<ResourceInfo> results = topResultsResources();
    List<InfoElement> infos = results.isEmpty() ? topInfos() : results.get(0).infos();
    return infos.stream().anyMatch(i -> i.isQueryStatus() && "ERROR".equalsIgnoreCase(
        i.value() == null ? null : i.value().strip()));
  }

  /** @return the table the protocol checks read, or null */
  public TableInfo checkedTable() {
    for (TableInfo t : tables) {
      if (t.isChecked()) {
        return t;
      }
    }
    return null;
  }

  void setRoot(String name, String namespace, String version, long line, long column) {
    this.rootName = name;
    this.rootNamespace = namespace;
    this.version = version;
    this.rootLine = line;
    this.rootColumn = column;
  }

  void markComplete() {
    complete = true;
  }

  void addResource(ResourceInfo r) {
    if (resources.size() < ResourceInfo.MAX_ITEMS) {
      resources.add(r);
    }
  }

  void addTable(TableInfo t) {
    if (tables.size() < ResourceInfo.MAX_ITEMS) {
      tables.add(t);
    }
  }

  void addTopInfo(InfoElement info) {
    if (topInfos.size() < ResourceInfo.MAX_ITEMS) {
      topInfos.add(info);
    }
  }

  /**
   * Records an ID.
   *
   * @param id the ID
   * @param element the element's local name
   * @return false when the ID was already taken
   */
  boolean addId(String id, String element) {
    if (ids.containsKey(id)) {
      return false;
    }
    if (ids.size() < MAX_IDS) {
      ids.put(id, element);
    }
    return true;
  }
}
