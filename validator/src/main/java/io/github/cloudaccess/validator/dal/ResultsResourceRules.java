package io.github.cloudaccess.validator.dal;

import io.github.cloudaccess.validator.Protocol;
import io.github.cloudaccess.validator.protocol.ProtocolHolder;
import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.stage.Emitter;
import io.github.cloudaccess.validator.votable.DocumentInfo;
import io.github.cloudaccess.validator.votable.InfoElement;
import io.github.cloudaccess.validator.votable.ResourceInfo;
import io.github.cloudaccess.validator.votable.VotableListener;
import java.util.List;

/**
 * DAL results RESOURCE (DALI 4.4; SIA 1.0 4.2.1): exactly one {@code RESOURCE type="results"}
 * (E-DAL-RES1), holding exactly one TABLE unless the query failed (E-DAL-TAB1), first among the
 * RESOURCEs for SIA 1.0 (W-DAL-RESF). When there is no results RESOURCE, the text of top-level
 * INFOs is quoted so that a service's error message still reaches the reader.
 */
public final class ResultsResourceRules implements VotableListener {

  private final Emitter out;
  private final ProtocolHolder protocol;

  /**
   * @param out receives findings
   * @param protocol the detected protocol
   */
  public ResultsResourceRules(Emitter out, ProtocolHolder protocol) {
    this.out = out;
    this.protocol = protocol;
  }

  @Override
  public void documentEnd(DocumentInfo doc) {
    List<ResourceInfo> results = doc.topResultsResources();
    if (results.size() != 1) {
      out.at(Code.E_DAL_RES1, doc.rootLine(), doc.rootColumn(), "The document has "
          + results.size() + " RESOURCE elements of type results; exactly one is required."
          + quoteInfos(doc), null);
    }
    if (results.isEmpty()) {
      return;
    }
    ResourceInfo r = results.get(0);
    if (protocol.protocol() == Protocol.SIA1 && !doc.resources().isEmpty()
        && doc.resources().get(0) != r) {
      out.at(Code.W_DAL_RESF, r.line(), r.column(), "The results RESOURCE is not the first"
          + " RESOURCE of the document.", null);
    }
    int tables = r.tables().size();
    if (tables != 1 && !(tables == 0 && QueryStatus.failed(r))) {
      out.at(Code.E_DAL_TAB1, r.line(), r.column(), "The results RESOURCE holds " + tables
          + " TABLE elements; exactly one is required.", null);
    }
  }

  private static String quoteInfos(DocumentInfo doc) {
    StringBuilder sb = new StringBuilder();
    for (InfoElement info : doc.topInfos()) {
      String text = info.content().isEmpty() ? info.value() : info.content();
      if (text != null && !text.isBlank()) {
        sb.append(sb.length() == 0 ? " The document says: " : "; ").append(info.name())
            .append(": ").append(text.strip());
      }
    }
    return sb.toString();
  }
}
