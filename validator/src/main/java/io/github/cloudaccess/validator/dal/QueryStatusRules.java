package io.github.cloudaccess.validator.dal;

import io.github.cloudaccess.validator.Protocol;
import io.github.cloudaccess.validator.protocol.DataLinkVocabulary;
import io.github.cloudaccess.validator.protocol.ProtocolHolder;
import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.stage.Emitter;
import io.github.cloudaccess.validator.votable.DocumentInfo;
import io.github.cloudaccess.validator.votable.InfoElement;
import io.github.cloudaccess.validator.votable.ResourceInfo;
import io.github.cloudaccess.validator.votable.TableInfo;
import io.github.cloudaccess.validator.votable.VotableListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * DAL QUERY_STATUS (DALI 4.4): one INFO before the TABLE in the results RESOURCE (E-DAL-QSNO for
 * SIA 2.0; W-DAL-QSRM where it is only recommended), not only after it (E-DAL-QSPO for SIA 2.0,
 * W-DAL-QSLT otherwise) or elsewhere (E-DAL-QSPO), at most one before and one after
 * (E-DAL-QSML), value OK, ERROR or OVERFLOW (E-DAL-QSVL), a message when not OK (W-DAL-QSMS).
 * Surfaces the service's own verdict: ERROR (E-DAL-LGER, quoting the message: a recorded
 * response is taken to answer a legal query; E-DAL-FALT when SIA 2.0 or DataLink lack a fault
 * name; W-DAL-ERRW when rows came anyway) and OVERFLOW (I-DAL-OVFL). Also the standardID INFO of
 * DALI 4.4.3 (W-DAL-STID).
 *
 * <p>Rationale for the severities: SIA 2.0 is defined on DALI, which requires the leading INFO;
 * SIA 1.0 only recommends it and DataLink services in the wild (pyvo's and Rubin's test data)
 * omit it or put it last, and clients cope.
 */
public final class QueryStatusRules implements VotableListener {

  private static final Set<String> VALUES = Set.of("OK", "ERROR", "OVERFLOW");

  private final Emitter out;
  private final ProtocolHolder protocol;

  /**
   * @param out receives findings
   * @param protocol the detected protocol
   */
  public QueryStatusRules(Emitter out, ProtocolHolder protocol) {
    this.out = out;
    this.protocol = protocol;
  }

  @Override
  public void documentEnd(DocumentInfo doc) {
    List<ResourceInfo> results = doc.topResultsResources();
    List<InfoElement> elsewhere = new ArrayList<>();
    for (InfoElement i : doc.topInfos()) {
      if (i.isQueryStatus()) {
        elsewhere.add(i);
      }
    }
    if (results.isEmpty()) {
      elsewhere.forEach(this::judge);
      return;
    }
    ResourceInfo r = results.get(0);
    for (ResourceInfo other : doc.resources()) {
      for (InfoElement i : other.infos()) {
        if (i.isQueryStatus() && (other != r || i.inTable())) {
          elsewhere.add(i);
        }
      }
    }
    List<InfoElement> leading = QueryStatus.leading(r);
    List<InfoElement> trailing = QueryStatus.trailing(r);
    checkPresence(r, leading, trailing, elsewhere);
    if (leading.size() > 1) {
      out.at(Code.E_DAL_QSML, leading.get(1).line(), leading.get(1).column(), leading.size()
          + " QUERY_STATUS INFOs precede the TABLE; one is allowed.", null);
    }
    if (trailing.size() > 1) {
      out.at(Code.E_DAL_QSML, trailing.get(1).line(), trailing.get(1).column(), trailing.size()
          + " QUERY_STATUS INFOs follow the TABLE; one is allowed.", null);
    }
    leading.forEach(this::judge);
    trailing.forEach(this::judge);
    elsewhere.forEach(this::judge);
    if (!leading.isEmpty() && "ERROR".equals(leading.get(0).value())) {
      long rows = r.tables().stream().mapToLong(TableInfo::rows).sum();
      if (rows > 0) {
        out.at(Code.W_DAL_ERRW, leading.get(0).line(), leading.get(0).column(),
            "QUERY_STATUS is ERROR before the TABLE, yet the table holds " + rows
                + " rows; clients will not trust them.",
            "Report a failure during streaming with a trailing ERROR INFO after the TABLE.");
      }
    }
    checkStandardId(r);
  }

  private void checkPresence(ResourceInfo r, List<InfoElement> leading,
      List<InfoElement> trailing, List<InfoElement> elsewhere) {
    if (!leading.isEmpty()) {
      return;
    }
    if (!trailing.isEmpty()) {
      InfoElement t = trailing.get(0);
      String msg = "QUERY_STATUS appears only after the TABLE; DALI puts it before (pyvo still"
          + " finds it).";
      if (protocol.protocol() == Protocol.SIA2) {
        out.at(Code.E_DAL_QSPO, t.line(), t.column(), msg, null);
      } else {
        out.at(Code.W_DAL_QSLT, t.line(), t.column(), msg, null);
      }
    } else if (!elsewhere.isEmpty()) {
      out.at(Code.E_DAL_QSPO, elsewhere.get(0).line(), elsewhere.get(0).column(),
          "QUERY_STATUS is outside the results RESOURCE (or inside its TABLE).", null);
    } else if (protocol.protocol() == Protocol.SIA2) {
      out.at(Code.E_DAL_QSNO, r.line(), r.column(), "The results RESOURCE has no QUERY_STATUS"
          + " INFO.", "Add <INFO name=\"QUERY_STATUS\" value=\"OK\"/> before the TABLE.");
    } else {
      out.at(Code.W_DAL_QSRM, r.line(), r.column(), "The results RESOURCE has no QUERY_STATUS"
          + " INFO (recommended).", "Add <INFO name=\"QUERY_STATUS\" value=\"OK\"/> before the"
          + " TABLE.");
    }
  }

  private void judge(InfoElement qs) {
    String v = qs.value();
    if (v == null || !VALUES.contains(v)) {
      out.at(Code.E_DAL_QSVL, qs.line(), qs.column(), "QUERY_STATUS value "
          + (v == null ? "is missing" : "\"" + v + "\" is not OK, ERROR or OVERFLOW") + ".", null);
      return;
    }
    if (!v.equals("OK") && qs.content().isEmpty()) {
      out.at(Code.W_DAL_QSMS, qs.line(), qs.column(), "QUERY_STATUS " + v
          + " carries no message text.", "Say what went wrong inside the INFO element.");
    }
    if (v.equals("OVERFLOW")) {
      out.at(Code.I_DAL_OVFL, qs.line(), qs.column(), "QUERY_STATUS is OVERFLOW: the result was"
          + " truncated.", null);
    } else if (v.equals("ERROR")) {
      out.at(Code.E_DAL_LGER, qs.line(), qs.column(), "The service reported QUERY_STATUS=ERROR:"
          + " \"" + qs.content() + "\".", null);
      Protocol p = protocol.protocol();
      if ((p == Protocol.SIA2 || p == Protocol.DATALINK)
          && !DataLinkVocabulary.startsWithFault(qs.content())) {
        out.at(Code.E_DAL_FALT, qs.line(), qs.column(), "The error message does not start with"
            + " a fault name.", "Start with UsageFault, TransientFault, FatalFault or"
            + " DefaultFault, then a colon and the text.");
      }
    }
  }

  private void checkStandardId(ResourceInfo r) {
    Protocol p = protocol.protocol();
    if (p != Protocol.SIA2 && p != Protocol.DATALINK) {
      return;
    }
    for (InfoElement i : r.infos()) {
      if (i.isStandardId()) {
        return;
      }
    }
    out.at(Code.W_DAL_STID, r.line(), r.column(), "The results RESOURCE has no INFO"
        + " standardID naming the protocol.", null);
  }
}
