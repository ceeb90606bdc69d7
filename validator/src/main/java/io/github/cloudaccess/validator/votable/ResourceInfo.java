package io.github.cloudaccess.validator.votable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One RESOURCE element, filled while the parse runs; holds metadata only, never rows.
 *
 * <p>Lists are capped ({@link #MAX_ITEMS}) so a hostile document cannot grow memory without bound.
 */
public final class ResourceInfo {

  /** Largest number of INFOs, PARAMs or TABLEs kept per RESOURCE. */
  public static final int MAX_ITEMS = 10_000;

  private final int index;
  private final String type;
  private final String utype;
  private final String id;
  private final String name;
  private final ResourceInfo parent;
  private final long line;
  private final long column;
  private final List<InfoElement> infos = new ArrayList<>();
  private final List<ParamInfo> params = new ArrayList<>();
  private final List<TableInfo> tables = new ArrayList<>();

  /**
   * @param index 0-based document order among all RESOURCEs
   * @param type the {@code type} attribute, or null
   * @param utype the {@code utype} attribute, or null
   * @param id the {@code ID} attribute, or null
   * @param name the {@code name} attribute, or null
   * @param parent the enclosing RESOURCE, or null at top level
   * @param line 1-based line of the start tag
   * @param column 1-based column of the start tag
   */
  public ResourceInfo(int index, String type, String utype, String id, String name,
      ResourceInfo parent, long line, long column) {
    this.index = index;
    this.type = type;
    this.utype = utype;
    this.id = id;
    this.name = name;
    this.parent = parent;
    this.line = line;
    this.column = column;
  }

  public int index() {
    return index;
  }

  public String type() {
    return type;
  }

  public String utype() {
    return utype;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public ResourceInfo parent() {
    return parent;
  }

  public long line() {
    return line;
  }

  public long column() {
    return column;
  }

  /**
   * @return true for {@code type="results"}, or no type at all: the VOTable schema makes
   *     {@code results} the default of the attribute
   */
  public boolean isResults() {
    return type == null || "results".equals(type);
  }

  /** @return true for a service descriptor: {@code type="meta"} with utype adhoc:service or adhoc:this */
  public boolean isServiceDescriptor() {
    return "meta".equals(type) && ("adhoc:service".equals(utype) || "adhoc:this".equals(utype));
  }

  /** @return INFO children (direct, and INFOs inside this RESOURCE's TABLEs), document order */
  public List<InfoElement> infos() {
    return Collections.unmodifiableList(infos);
  }

  /** @return PARAM children, including those inside GROUPs, document order */
  public List<ParamInfo> params() {
    return Collections.unmodifiableList(params);
  }

  /** @return TABLE children, document order */
  public List<TableInfo> tables() {
    return Collections.unmodifiableList(tables);
  }

  void addInfo(InfoElement info) {
    if (infos.size() < MAX_ITEMS) {
      infos.add(info);
    }
  }

  void addParam(ParamInfo param) {
    if (params.size() < MAX_ITEMS) {
      params.add(param);
    }
  }

  void addTable(TableInfo table) {
    if (tables.size() < MAX_ITEMS) {
      tables.add(table);
    }
  }

  /**
   * @param paramName a PARAM name
   * @return the first PARAM with that name, or null
   */
  public ParamInfo param(String paramName) {
    for (ParamInfo p : params) {
      if (paramName.equals(p.name())) {
        return p;
      }
    }
    return null;
  }
}
