package io.github.cloudaccess.validator.votable;

/**
 * XML-level facts the streaming pass meets on its way (IDs, references, DOCTYPE, skipped
 * entities), for the stages that judge them.
 */
public interface XmlEvents {

  /**
   * An element outside TABLEDATA rows started (TR and TD are not reported: they are the hot path).
   *
   * @param uri the namespace URI ({@code ""} when none)
   * @param name the local name
   * @param atts the attributes
   * @param line 1-based line
   * @param column 1-based column
   */
  default void startElement(String uri, String name, org.xml.sax.Attributes atts, long line,
      long column) {}

  /**
   * An element reported by {@link #startElement} ended.
   *
   * @param name the local name
   */
  default void endElement(String name) {}

  /**
   * An element carries an {@code ID}.
   *
   * @param id the ID
   * @param element the element's local name
   * @param duplicate true when an earlier element already carried this ID
   * @param line 1-based line
   * @param column 1-based column
   */
  default void id(String id, String element, boolean duplicate, long line, long column) {}

  /**
   * An element carries a {@code ref}.
   *
   * @param ref the referenced ID
   * @param element the element's local name
   * @param line 1-based line
   * @param column 1-based column
   */
  default void ref(String ref, String element, long line, long column) {}

  /**
   * The document has a DOCTYPE (its external DTD is never loaded).
   *
   * @param name the root name declared
   * @param publicId the public ID, or null
   * @param systemId the system ID, or null
   * @param line 1-based line
   * @param column 1-based column
   */
  default void doctype(String name, String publicId, String systemId, long line, long column) {}

  /**
   * The parser skipped an entity reference (an external entity, never resolved).
   *
   * @param name the entity name
   * @param line 1-based line
   * @param column 1-based column
   */
  default void skippedEntity(String name, long line, long column) {}

  /**
   * A STREAM names an external resource ({@code href}); it is never fetched.
   *
   * @param table the table
   * @param href the reference
   * @param line 1-based line of the STREAM
   * @param column 1-based column of the STREAM
   */
  default void externalStream(TableInfo table, String href, long line, long column) {}

  /**
   * A BINARY, BINARY2 or FITS stream could not be decoded.
   *
   * @param table the table
   * @param message what went wrong
   * @param line 1-based line of the STREAM
   * @param column 1-based column of the STREAM
   */
  default void streamFailed(TableInfo table, String message, long line, long column) {}
}
