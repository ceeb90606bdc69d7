package io.github.cloudaccess.validator.live;

import io.github.cloudaccess.validator.report.Code;

/**
 * DALI 3.4.4 and 4.4.1 on the answers to MAXREC queries: MAXREC accepted (E-SI2-PUNS),
 * MAXREC=0 gives metadata, no rows and OVERFLOW (E-DAL-MX0X), no more rows than MAXREC
 * (E-DAL-NREC), a truncated result marked OVERFLOW (E-DAL-OVNO) with exactly MAXREC rows
 * (W-DAL-OVRC).
 */
final class MaxrecChecks {

  private MaxrecChecks() {}

  /**
   * @param o the answer to a MAXREC query
   * @param param the standard parameter under test, for E-SI2-PUNS
   * @return true when the service accepted the query (a 200 VOTable without ERROR)
   */
  static boolean accepted(StepOutcome o, String param) {
    if (!o.fetched()) {
      return false;
    }
    VotableFacts f = o.facts();
    if (o.status() != 200 || !f.votable() || f.error()) {
      o.report(Code.E_SI2_PUNS, "The service rejected the standard parameter " + param
          + " (HTTP " + o.status() + (f.error() ? ", QUERY_STATUS=ERROR: "
          + f.statusMessage() : "") + ").", "SIA 2.0 section 2.1: every standard parameter"
          + " must be supported");
      return false;
    }
    return true;
  }

  /** @param o the answer to MAXREC=0 */
  static void zero(StepOutcome o) {
    if (!accepted(o, "MAXREC")) {
      return;
    }
    VotableFacts f = o.facts();
    StringBuilder wrong = new StringBuilder();
    if (f.rows() > 0) {
      wrong.append(f.rows()).append(" rows; ");
    }
    if (f.columns().isEmpty()) {
      wrong.append("no FIELD metadata; ");
    }
    if (!f.overflow()) {
      wrong.append("QUERY_STATUS ").append(f.status() == null ? "absent" : f.status())
          .append(" instead of OVERFLOW; ");
    }
    if (!wrong.isEmpty()) {
      o.report(Code.E_DAL_MX0X, "The MAXREC=0 answer has " + wrong.substring(0,
          wrong.length() - 2) + ".", "answer MAXREC=0 with the full table metadata, no rows,"
          + " and QUERY_STATUS=OVERFLOW");
    }
  }

  /**
   * @param o the answer to a query with MAXREC
   * @param maxrec the MAXREC sent
   * @param known rows the same query returns without MAXREC, or -1 when unknown
   */
  static void limited(StepOutcome o, long maxrec, long known) {
    if (!accepted(o, "MAXREC")) {
      return;
    }
    VotableFacts f = o.facts();
    if (f.rows() > maxrec) {
      o.report(Code.E_DAL_NREC, "MAXREC=" + maxrec + " but the answer has " + f.rows()
          + " rows.", null);
    } else if (!f.overflow() && known > maxrec && f.rows() == maxrec) {
      o.report(Code.E_DAL_OVNO, "MAXREC=" + maxrec + " cut a result of " + known + " rows to "
          + f.rows() + " without QUERY_STATUS=OVERFLOW.", "add <INFO name=\"QUERY_STATUS\""
          + " value=\"OVERFLOW\"/> when the result is truncated (DALI 4.4.1)");
    } else if (!f.overflow() && known > maxrec) {
      o.report(Code.E_DAL_OVNO, "MAXREC=" + maxrec + " gave " + f.rows() + " of " + known
          + " rows without QUERY_STATUS=OVERFLOW.", null);
    } else if (f.overflow() && f.rows() != maxrec) {
      o.report(Code.W_DAL_OVRC, "QUERY_STATUS=OVERFLOW with " + f.rows()
          + " rows where MAXREC=" + maxrec + ".", null);
    }
  }
}
