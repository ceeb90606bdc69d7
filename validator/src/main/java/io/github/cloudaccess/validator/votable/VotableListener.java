package io.github.cloudaccess.validator.votable;

/**
 * Receives the structure of a VOTable as the single streaming pass discovers it. Stages implement
 * the methods they need; every method runs on the parsing thread except {@link #row} for
 * BINARY/BINARY2/FITS tables, which runs on STIL's decoding thread (never concurrently with the
 * other calls for the same table).
 */
public interface VotableListener {

  /**
   * The root element was read.
   *
   * @param doc the document so far (root name, namespace, version)
   */
  default void documentStart(DocumentInfo doc) {}

  /**
   * A RESOURCE ended; its INFOs, PARAMs and TABLEs are known.
   *
   * @param resource the resource
   */
  default void resourceEnd(ResourceInfo resource) {}

  /**
   * A TABLE's FIELDs are complete and its data begins (or the TABLE ended without DATA).
   *
   * @param table the table
   * @param demand ask here for the columns whose cells {@link #row} should see
   */
  default void tableStart(TableInfo table, ColumnDemand demand) {}

  /**
   * One data row was read.
   *
   * @param table the table
   * @param row the row; valid only during the call
   */
  default void row(TableInfo table, Row row) {}

  /**
   * A TABLE ended.
   *
   * @param table the table, with its row count
   */
  default void tableEnd(TableInfo table) {}

  /**
   * The whole document was parsed without a fatal error.
   *
   * @param doc the document
   */
  default void documentEnd(DocumentInfo doc) {}
}
