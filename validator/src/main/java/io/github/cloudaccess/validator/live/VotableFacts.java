package io.github.cloudaccess.validator.live;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the probes need to know about one fetched VOTable, read by {@link FactsReader}: the
 * service's verdict (QUERY_STATUS), the results table's columns and row count, a few rows, the
 * PARAMs and the service descriptors.
 *
 * @param readable the document was read to its end (false: not XML, cut short, undecodable)
 * @param votable the root element is VOTABLE
 * @param status the QUERY_STATUS of the results RESOURCE (ERROR over OVERFLOW over the leading
 *     value; a QUERY_STATUS elsewhere when the RESOURCE has none), or {@code null}
 * @param statusMessage the text of that INFO, or {@code null}
 * @param columns the FIELDs of the results table, empty when there is none
 * @param rows the rows of the results table
 * @param sample the first rows, up to the number asked for
 * @param params PARAM name to value, outside service descriptors (first one wins)
 * @param descriptors the service descriptors, in document order
 */
public record VotableFacts(boolean readable, boolean votable, String status,
    String statusMessage, List<Column> columns, long rows, List<SampleRow> sample,
    Map<String, String> params, List<ServiceDescriptor> descriptors) {

  /** The facts of a body that is not a VOTable at all. */
  public static final VotableFacts NONE =
      new VotableFacts(false, false, null, null, List.of(), 0, List.of(), Map.of(), List.of());

  /** Freezes the collections. */
  public VotableFacts {
    columns = List.copyOf(columns);
    sample = List.copyOf(sample);
    params = Map.copyOf(params);
    descriptors = List.copyOf(descriptors);
  }

  /**
   * @return true when the document is an answer whose rows can be judged: read to its end and
   *     not an error document (the objects of anything else are not checked, live or recorded)
   */
  public boolean judgeableAnswer() {
    return readable && !error();
  }

  /** @return true when the service said ERROR */
  public boolean error() {
    return "ERROR".equalsIgnoreCase(trimmed(status));
  }

  /** @return true when the service said OVERFLOW */
  public boolean overflow() {
    return "OVERFLOW".equalsIgnoreCase(trimmed(status));
  }

  /**
   * @param name a column name, compared case-insensitively
   * @return the column
   */
  public Optional<Column> column(String name) {
    return columns.stream().filter(c -> c.name() != null && c.name().equalsIgnoreCase(name))
        .findFirst();
  }

  /**
   * @param ucd a UCD, compared case-insensitively
   * @return the first column carrying it
   */
  public Optional<Column> columnByUcd(String ucd) {
    return columns.stream().filter(c -> c.hasUcd(ucd)).findFirst();
  }

  /**
   * @param id an XML ID
   * @return the column with that ID
   */
  public Optional<Column> columnById(String id) {
    return columns.stream().filter(c -> id.equals(c.id())).findFirst();
  }

  /**
   * @param name a PARAM name, compared case-insensitively
   * @return its value, or {@code null}
   */
  public String param(String name) {
    return params.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue).findFirst().orElse(null);
  }

  /**
   * @param name a PARAM name, compared case-insensitively
   * @return true when such a PARAM exists
   */
  public boolean hasParam(String name) {
    return params.keySet().stream().anyMatch(k -> k.equalsIgnoreCase(name));
  }

  private static String trimmed(String s) {
    return s == null ? null : s.trim();
  }
}
