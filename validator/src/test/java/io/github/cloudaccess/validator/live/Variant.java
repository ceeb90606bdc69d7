package io.github.cloudaccess.validator.live;

/** How an in-test {@link SiaService} departs from a correct service (or adds DataLink). */
enum Variant {
  /** SIA 1.0 FORMAT=METADATA returns the rows too. */
  METADATA_ROWS,
  /** SIA 1.0 FORMAT=METADATA lacks the INPUT:SIZE PARAM. */
  METADATA_WITHOUT_SIZE,
  /** SIA 1.0 FORMAT=METADATA answers QUERY_STATUS=ERROR. */
  METADATA_ERROR,
  /** A malformed POS is answered like a legal query. */
  BAD_POS_ACCEPTED,
  /** A malformed POS is answered with a 400 plain-text message. */
  ERROR_AS_TEXT,
  /** SIA 2.0 error documents come with HTTP 200. */
  ERROR_WITH_200,
  /** SIA 2.0 error documents come with HTTP 500. */
  ERROR_WITH_500,
  /** SIA 2.0 error messages lack the fault token. */
  ERROR_WITHOUT_FAULT,
  /** Every row is returned, whatever POS says. */
  IGNORE_POS,
  /** Answers carry Content-Type text/html. */
  WRONG_CONTENT_TYPE,
  /** No VOSI capabilities (404). */
  NO_CAPABILITIES,
  /** VOSI capabilities without the SIA#query-2.0 capability. */
  CAPABILITIES_WITHOUT_SIA2,
  /** No VOSI availability (404). */
  NO_AVAILABILITY,
  /** MAXREC truncates without QUERY_STATUS=OVERFLOW. */
  NO_OVERFLOW,
  /** MAXREC is ignored: every row is returned. */
  IGNORE_MAXREC,
  /** MAXREC is refused with an error document. */
  REJECT_MAXREC,
  /** MAXREC=1 gives no row but says OVERFLOW. */
  OVERFLOW_WITHOUT_ROWS,
  /** Every answer is text/xml, RESPONSEFORMAT=application/x-votable+xml included. */
  TEXT_XML,
  /** SIA 2.0 rows point at the {links} endpoint with the DataLink access_format. */
  DATALINK_ACCESS,
  /** SIA 2.0 answers carry a DataLink service descriptor fed by obs_publisher_did. */
  DATALINK_DESCRIPTOR,
  /** {links} #this rows name another cloud object than the discovery row. */
  LINKS_OTHER_CLOUD,
  /** {links} answers are text/html. */
  LINKS_AS_HTML,
  /** {links} answers are application/x-votable+xml without ;content=datalink. */
  LINKS_WITHOUT_CONTENT
}
