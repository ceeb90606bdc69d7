package io.github.cloudaccess.validator;

import io.github.cloudaccess.validator.reach.ReachSummary;
import java.util.Map;

/**
 * What one input held, for the per-input summary (findings per code are counted by the report).
 *
 * @param source the input's name
 * @param protocol the detected or forced protocol
 * @param votableVersion the VOTABLE version attribute, or {@code null}
 * @param serialization TABLEDATA, BINARY, BINARY2, FITS, or {@code null} when no table was read
 * @param rows data rows read from the results table
 * @param rowsWithCloudAccess rows whose {@code cloud_access} cell is not null
 * @param providers number of locations per provider key
 * @param accessClasses number of locations per access class ({@code open}, ..., {@code absent})
 * @param cdataSections CDATA sections seen in cells
 * @param judgeableAnswer the document was read to its end and is not a DALI error document, so
 *     the cloud objects its rows name can be judged (the rule live runs apply to what they fetch)
 * @param objects the figures of the OBJ stage's check of the cloud objects (S-OBJ-SUMM), or
 *     {@code null} when they were not checked
 */
public record InputSummary(
    String source,
    Protocol protocol,
    String votableVersion,
    String serialization,
    long rows,
    long rowsWithCloudAccess,
    Map<String, Long> providers,
    Map<String, Long> accessClasses,
    long cdataSections,
    boolean judgeableAnswer,
    ReachSummary objects) {

  public InputSummary {
    providers = Map.copyOf(providers);
    accessClasses = Map.copyOf(accessClasses);
  }

  /** A summary of the checking stages alone, of no judgeable answer: objects not checked. */
  public InputSummary(String source, Protocol protocol, String votableVersion,
      String serialization, long rows, long rowsWithCloudAccess, Map<String, Long> providers,
      Map<String, Long> accessClasses, long cdataSections) {
    this(source, protocol, votableVersion, serialization, rows, rowsWithCloudAccess, providers,
        accessClasses, cdataSections, false, null);
  }

  /**
   * @param figures the OBJ stage's figures for this input
   * @return this summary with them
   */
  public InputSummary withObjects(ReachSummary figures) {
    return new InputSummary(source, protocol, votableVersion, serialization, rows,
        rowsWithCloudAccess, providers, accessClasses, cdataSections, judgeableAnswer, figures);
  }
}
