package io.github.cloudaccess.server.cloud;

import java.util.List;
import java.util.Optional;

/**
 * Every deliberate fault the server can inject, each with the validator codes it should trigger
 * (tokens of validator Code.java / schema ProblemKind; a test keeps them in sync).
 *
 * <p>Value defects apply to every cloud_access value the response carries (a row without cloud
 * copy stays null unless the defect says otherwise); object defects point the value at a copy in
 * the store that is missing or differs from the HTTP copy; the others change the FIELD, the
 * document or the HTTP exchange. README.md has the same list in prose.
 */
public enum Defect {
  /** No defect: the correct service (also overrides a server-wide defect per request). */
  NONE("none", Kind.NONE, "correct output", List.of()),

  // --- Cell text and XML escaping -------------------------------------------------------------
  RAW_AMPERSAND("raw-ampersand", Kind.CELL,
      "a raw & in each cloud_access cell (a \"note\" member \"R&D mirror\"); forces TABLEDATA",
      List.of("E-XML-AMPR")),
  DOUBLE_ESCAPE("double-escape", Kind.CELL,
      "quotes written as &amp;quot; (escaped twice); forces TABLEDATA",
      List.of("W-CLD-ESCX", "E-CLD-JSON")),
  CDATA_UNSPLIT("cdata-unsplit", Kind.CELL,
      "the JSON holds \"]]>\" (a \"note\" member) and the CDATA section is not split; forces CDATA",
      List.of("E-XML-WFRM")),
  PYTHON_LITERAL("python-literal", Kind.CELL,
      "Python repr text {'aws': [{'bucket_name': ...}]}", List.of("E-CLD-PYLT")),
  INVALID_JSON("invalid-json", Kind.CELL,
      "missing commas between members (the README PR #18 examples)", List.of("E-CLD-JSON")),
  EMPTY_OBJECT("empty-object", Kind.CELL,
      "every cell is {} instead of a value or an empty (null) cell", List.of("W-CLD-EMTY")),
  WHITESPACE("whitespace", Kind.CELL,
      "two spaces before and after the JSON text (significant in a char cell)",
      List.of("W-CLD-WSPC")),
  EMPTY_STRING("empty-string", Kind.CELL, "every cell is the JSON string \"\" (not an object)",
      List.of("E-CLD-ROOT")),
  NULL_LITERAL("null-literal", Kind.CELL, "every cell is the JSON literal null",
      List.of("W-CLD-NULT")),
  BLANK("blank", Kind.CELL, "every cell is three spaces", List.of("W-CLD-BLNK")),
  RAW_LESS_THAN("raw-less-than", Kind.CELL,
      "a raw < in each cell (a \"note\" member \"a<b\"); forces TABLEDATA",
      List.of("E-XML-LTCH")),
  UNDECLARED_ENTITY("undeclared-entity", Kind.CELL,
      "an HTML entity &nbsp; in each cell (a \"note\" member); forces TABLEDATA",
      List.of("E-XML-UENT")),
  CONTROL_CHARACTER("control-character", Kind.CELL,
      "a raw U+0001 in each cell (a \"note\" member); forces TABLEDATA",
      List.of("E-XML-ICHR")),
  CONTROL_REFERENCE("control-character-reference", Kind.CELL,
      "U+0001 written as the reference &#1; (still illegal in XML 1.0); forces TABLEDATA",
      List.of("E-XML-ICHR")),
  INVALID_UTF8("invalid-utf8", Kind.CELL,
      "a Latin-1 byte 0xE9 in each cell of a UTF-8 document (a \"note\" member); forces"
          + " TABLEDATA",
      List.of("E-XML-ENCB")),
  NON_ASCII("non-ascii", Kind.CELL,
      "a \"note\" member with raw UTF-8 (é) in a char column of a VOTable 1.4 document",
      List.of("W-CLD-NASC", "W-CLD-XMEM")),

  // --- JSON member names and values -----------------------------------------------------------
  LEGACY_NAMES("legacy-names", Kind.VALUE,
      "legacy member names bucket/path instead of bucket_name/key", List.of("W-CLD-LEGF")),
  LEADING_SLASH("leading-slash", Kind.VALUE,
      "keys start with / (HEASARC 2022); on AWS that names no object (404), s3proxy answers"
          + " 400, which the validator judges as AWS's 404",
      List.of("W-CLD-KLSL", "E-OBJ-NOEX")),
  DOUBLE_SLASH("double-slash", Kind.VALUE,
      "keys contain // after the collection; on AWS that names no object, but s3proxy"
          + " collapses // and serves the real one",
      List.of("W-CLD-KDSL")),
  REGION_TYPO("region-typo", Kind.VALUE,
      "region us-east1 / us-west2 (the fornax DataLink spelling, not an AWS code)",
      List.of("E-CLD-REGN")),
  WRONG_REGION("wrong-region", Kind.VALUE,
      "region swapped (us-east-1 <-> us-west-2); authenticated HeadBucket tells the truth",
      List.of("E-OBJ-REGM")),
  NO_REGION("no-region", Kind.VALUE, "no region member", List.of("W-CLD-NREG")),
  BAD_ACCESS("bad-access", Kind.VALUE, "access \"public\" (not one of the four classes)",
      List.of("E-CLD-ACCV")),
  BAD_BUCKET("bad-bucket", Kind.VALUE, "bucket names in upper case with underscores",
      List.of("E-CLD-BKNM")),
  URI_CONFLICT("uri-conflict", Kind.VALUE,
      "a uri member s3://bucket/other/key that disagrees with bucket_name and key",
      List.of("W-CLD-URIM", "E-CLD-URIX")),

  // --- The objects the values name --------------------------------------------------------------
  MISSING_OBJECT("missing-object", Kind.OBJECT,
      "keys prefixed missing/: the store has no such object", List.of("E-OBJ-NOEX")),
  DIFFERING_BYTES("differing-bytes", Kind.OBJECT,
      "keys prefixed altered/: same size, but the header block differs from the HTTP copy",
      List.of("E-OBJ-BYTE", "W-OBJ-HASH")),
  DIFFERING_SIZE("differing-size", Kind.OBJECT,
      "keys prefixed resized/: the S3 copy has one extra 2880-byte block",
      List.of("E-OBJ-SIZE")),
  OPEN_PRIVATE("open-private", Kind.OBJECT,
      "access \"open\" on copies whose objects are private (anonymous GET gets 403)",
      List.of("E-OBJ-OPEN")),

  // --- The cloud_access FIELD -------------------------------------------------------------------
  SHORT_ARRAYSIZE("short-arraysize", Kind.FIELD,
      "arraysize=\"32\": TABLEDATA cells longer than that, BINARY2 cells cut at 32 bytes",
      List.of("W-CLD-ASZF", "E-CLD-TRNC")),
  NO_ARRAYSIZE("no-arraysize", Kind.FIELD,
      "char FIELD without arraysize (readers keep one character)", List.of("E-CLD-ASIZ")),
  BOUNDED_ARRAYSIZE("bounded-arraysize", Kind.FIELD,
      "arraysize=\"2048*\" (bounded, long enough: a warning only)", List.of("W-CLD-ASZF")),
  INT_DATATYPE("int-datatype", Kind.FIELD,
      "cloud_access FIELD declared datatype=\"int\" holding JSON text; forces TABLEDATA",
      List.of("E-CLD-DTYP")),
  UNICODE_CHAR("unicodechar", Kind.FIELD,
      "datatype=\"unicodeChar\" (deprecated in VOTable 1.6; BINARY2 cells are UTF-16)",
      List.of("I-CLD-UCHR")),
  ADHOC_MARKER("adhoc-marker", Kind.FIELD,
      "the column is named cloud_storage and marked only by utype adhoc:cloudstorage and ucd"
          + " meta.ref.cloudstorage (pyvo PR #709)",
      List.of("I-CLD-ADHC")),
  NO_XTYPE("no-xtype", Kind.FIELD, "FIELD without xtype=\"json\" (a variant, not an error)",
      List.of("I-CLD-XTYP")),
  HIJACK("hijack", Kind.FIELD,
      "cloud_access FIELD with utype obscore:access.reference and ucd meta.ref.url placed "
          + "before access_url (the IRSA May 2023 incident, pyvo #445)",
      List.of("E-CLD-HIJK")),

  // --- The document -----------------------------------------------------------------------------
  NO_QUERY_STATUS("no-query-status", Kind.DOCUMENT, "no QUERY_STATUS INFO at all",
      List.of("E-DAL-QSNO")),
  STATUS_AFTER_TABLE("status-after-table", Kind.DOCUMENT,
      "the only QUERY_STATUS INFO comes after the TABLE", List.of("E-DAL-QSPO")),
  STATUS_BAD_VALUE("status-bad-value", Kind.DOCUMENT, "QUERY_STATUS value=\"SUCCESS\"",
      List.of("E-DAL-QSVL")),
  MISSING_COLUMN("missing-column", Kind.DOCUMENT,
      "SIA 2.0 tables lack t_exptime, SIA 1.0 tables lack the VOX:Image_Naxis column",
      List.of("E-SI2-OCOL", "E-SI1-RCOL")),
  XXE("xxe", Kind.DOCUMENT,
      "a DOCTYPE declaring an external entity file:///etc/passwd, referenced in an INFO",
      List.of("W-XML-DTDX")),
  ENTITY_BOMB("entity-bomb", Kind.DOCUMENT,
      "a DOCTYPE with nested entities (\"billion laughs\", 10^9 expansions), referenced",
      List.of("W-XML-DTDX")),
  UNFLAGGED_TRUNCATION("unflagged-truncation", Kind.DOCUMENT,
      "MAXREC (or the server limit) cuts the table but no OVERFLOW INFO is written",
      List.of("E-DAL-OVNO")),
  TRUNCATED_STREAM("truncated-stream", Kind.DOCUMENT,
      "the document stops after half the rows (no closing tags)", List.of("E-XML-TRNC")),
  NO_STANDARD_ID("no-standardid", Kind.DOCUMENT,
      "no INFO standardID in the results RESOURCE (an error for DataLink 1.1)",
      List.of("W-DAL-STID", "E-DLK-STID")),

  // --- DataLink tables --------------------------------------------------------------------------
  CLOUD_ON_AUXILIARY("cloud-on-auxiliary", Kind.DATALINK,
      "DataLink #auxiliary rows carry cloud_access too (the column is added to DataLink); the"
          + " row's access_url is the 2880-byte header, its cloud copy the whole product",
      List.of("W-CLD-DLRW", "E-OBJ-SIZE")),
  TWO_LINK_COLUMNS("two-link-columns", Kind.DATALINK,
      "DataLink #this rows carry both access_url and error_message", List.of("E-DLK-ROW1")),
  NON_CONTIGUOUS_IDS("non-contiguous-ids", Kind.DATALINK,
      "DataLink rows grouped by semantics, not by ID (needs two or more IDs)",
      List.of("E-DLK-IDSQ")),
  DANGLING_SERVICE_DEF("dangling-service-def", Kind.DATALINK,
      "each ID gets a #cutout row whose service_def names a RESOURCE that does not exist",
      List.of("E-DLK-SDEF")),

  // --- The HTTP exchange ------------------------------------------------------------------------
  EMPTY_BODY("empty-body", Kind.HTTP, "query responses are HTTP 200 with an empty body",
      List.of("E-XML-EMPT")),
  HTML_ERROR_PAGE("html-error-page", Kind.HTTP,
      "query responses are an HTML \"Service Unavailable\" page with HTTP 200",
      List.of("E-XML-HTML")),
  ERROR_NO_FAULT("error-no-fault", Kind.HTTP,
      "every query fails (HTTP 500 for legal ones) with a message lacking the fault token",
      List.of("E-DAL-FALT", "E-HTP-S5XX")),
  ERROR_200("error-200", Kind.HTTP,
      "every query answers an ERROR document with HTTP 200 (FatalFault for legal queries)",
      List.of("W-DAL-ERHC", "E-DAL-LGER")),
  WRONG_CONTENT_TYPE("wrong-content-type", Kind.HTTP,
      "query responses are labelled text/html", List.of("E-HTP-CTYP", "E-DLK-CTYP"));

  /** What a defect changes. */
  public enum Kind {
    /** Nothing. */
    NONE,
    /** The characters of the cell or how they are escaped. */
    CELL,
    /** Member names or values of the JSON. */
    VALUE,
    /** The S3 object the value names. */
    OBJECT,
    /** The cloud_access FIELD element or its position. */
    FIELD,
    /** The VOTable document around the table. */
    DOCUMENT,
    /** The rows of the DataLink {links} table. */
    DATALINK,
    /** Status line or headers. */
    HTTP
  }

  private final String wireName;
  private final Kind kind;
  private final String summary;
  private final List<String> codes;

  Defect(String wireName, Kind kind, String summary, List<String> codes) {
    this.wireName = wireName;
    this.kind = kind;
    this.summary = summary;
    this.codes = codes;
  }

  /** @return the spelling used by --defect and CA_DEFECT */
  public String wireName() {
    return wireName;
  }

  /** @return what the defect changes */
  public Kind kind() {
    return kind;
  }

  /** @return one line saying what the server does */
  public String summary() {
    return summary;
  }

  /** @return validator codes the defect should trigger (must-include, any protocol) */
  public List<String> codes() {
    return codes;
  }

  /** @return the defect for a parameter value (case-insensitive), if any */
  public static Optional<Defect> fromWire(String text) {
    for (Defect d : values()) {
      if (d.wireName.equalsIgnoreCase(text.trim())) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
