package io.github.cloudaccess.validator.live;

import io.github.cloudaccess.validator.Protocol;
import io.github.cloudaccess.validator.ProtocolSource;
import io.github.cloudaccess.validator.http.HttpFindings;
import io.github.cloudaccess.validator.http.Request;
import io.github.cloudaccess.validator.report.Code;
import java.net.URI;

/**
 * Sends a query with a malformed POS, which must be rejected with an error document: a VOTable
 * (E-DAL-ERVT) saying QUERY_STATUS=ERROR (E-DAL-DUFF for SIA 1.0, E-SI2-POSX for SIA 2.0), for
 * SIA 2.0 with a 4xx status (W-DAL-ERHC for 200, W-DAL-ERST for anything else: DALI 4.2). The
 * fault prefix of the message (E-DAL-FALT) is checked by the pipeline. SIA 1.0 predates DALI
 * and answers errors with 200, so its status is not judged.
 */
final class InvalidQueryProbe {

  /** SIA 1.0: POS must be two numbers (4.3.1a). */
  static final Param SIA1_POS = new Param("POS", "invalid-ra,invalid-dec");
  /** SIA 2.0: a CIRCLE needs three numbers, and latitude 95 is outside [-90, 90] (2.1.1). */
  static final Param SIA2_POS = new Param("POS", "CIRCLE 10 95 one");

  private InvalidQueryProbe() {}

  /**
   * @param steps the run's steps
   * @param uri the invalid query
   * @param protocol SIA1 or SIA2
   * @param source how the run knows it
   */
  static void run(StepRunner steps, URI uri, Protocol protocol, ProtocolSource source) {
    StepOutcome o = steps.run(StepSpec.query(Request.get(uri), protocol, source)
        .expecting(new HttpFindings.Expectation(false, HttpFindings.VOTABLE_TYPES, false))
        .rejudging(Code.E_DAL_LGER));
    try {
      judge(o, protocol);
    } finally {
      o.finish();
    }
  }

  private static void judge(StepOutcome o, Protocol protocol) {
    if (!o.fetched()) {
      return;
    }
    VotableFacts f = o.facts();
    boolean sia2 = protocol == Protocol.SIA2;
    if (!f.votable()) {
      o.report(Code.E_DAL_ERVT, "The invalid query (malformed POS) was answered with HTTP "
          + o.status() + " and a body that is not a VOTable.", "answer errors with a VOTable"
          + " error document: RESOURCE type=\"results\", INFO QUERY_STATUS=ERROR");
      return;
    }
    if (!f.error()) {
      o.report(sia2 ? Code.E_SI2_POSX : Code.E_DAL_DUFF, "The invalid query (malformed POS)"
          + " was answered with HTTP " + o.status() + ", QUERY_STATUS "
          + (f.status() == null ? "absent" : f.status()) + " and " + f.rows() + " rows.",
          "reject a malformed POS with QUERY_STATUS=ERROR and a UsageFault message");
      return;
    }
    if (!sia2) {
      return;
    }
    if (o.status() == 200) {
      o.report(Code.W_DAL_ERHC, "The error document came with HTTP 200.",
          "answer a client error with HTTP 400 (DALI 4.2)");
    } else if (o.status() < 400 || o.status() >= 500) {
      o.report(Code.W_DAL_ERST, "The error document for a client error came with HTTP "
          + o.status() + ".", "answer a client error with HTTP 400 (DALI 4.2)");
    }
  }
}
