package io.github.cloudaccess.validator;

/** The protocol a response belongs to, detected from standardID INFOs and columns or forced. */
public enum Protocol {
  /** Simple Image Access 1.0 (ivo://ivoa.net/std/SIA). */
  SIA1,
  /** Simple Image Access 2.0 (ivo://ivoa.net/std/SIA#query-2.0). */
  SIA2,
  /** DataLink {links} response (ivo://ivoa.net/std/DataLink#links-1.0 or 1.1). */
  DATALINK,
  /** A VOTable that none of the rules above identify; only generic checks run. */
  UNKNOWN
}
