package io.github.cloudaccess.validator.protocol;

import io.github.cloudaccess.validator.Protocol;
import io.github.cloudaccess.validator.ProtocolSource;
import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.stage.Emitter;
import io.github.cloudaccess.validator.stage.Stage;
import io.github.cloudaccess.validator.votable.ColumnDemand;
import io.github.cloudaccess.validator.votable.DocumentInfo;
import io.github.cloudaccess.validator.votable.FieldInfo;
import io.github.cloudaccess.validator.votable.InfoElement;
import io.github.cloudaccess.validator.votable.ResourceInfo;
import io.github.cloudaccess.validator.votable.TableInfo;
import io.github.cloudaccess.validator.votable.VotableListener;
import java.util.ArrayList;
import java.util.List;

/**
 * PRT: decides which protocol the response follows, before the first row of the checked table:
 * the one given (by {@code --protocol}, or by a live run that knows it), else an INFO
 * standardID, else the columns (the VOX:Image_AccessReference UCD for SIA 1.0, ObsCore names for
 * SIA 2.0, the DataLink column set). Announces it, and why, as I-RUN-TARG.
 */
public final class ProtocolDetector implements Stage, VotableListener, ProtocolHolder {

  private static final List<String> DATALINK_COLUMNS =
      List.of("id", "access_url", "service_def", "error_message", "semantics");

  private final Emitter out;
  private final Protocol forced;
  private final ProtocolSource source;
  private Protocol protocol = Protocol.UNKNOWN;
  private String standardId;
  private boolean decided;

  /**
   * @param out receives the announcement
   * @param forced the protocol to check against, or null to detect
   * @param source why it is given ({@code --protocol}, a live run's finding), or null with it
   */
  public ProtocolDetector(Emitter out, Protocol forced, ProtocolSource source) {
    this.out = out;
    this.forced = forced;
    this.source = source;
  }

  @Override
  public String code() {
    return "PRT";
  }

  @Override
  public String description() {
    return "Detect the protocol from standardID INFOs and columns";
  }

  @Override
  public Protocol protocol() {
    return protocol;
  }

  @Override
  public String standardId() {
    return standardId;
  }

  @Override
  public void tableStart(TableInfo table, ColumnDemand demand) {
    if (!decided && table.isChecked()) {
      decide(table, table.resource(), null);
    }
  }

  @Override
  public void documentEnd(DocumentInfo doc) {
    if (!decided) {
      List<ResourceInfo> results = doc.resultsResources();
      decide(null, results.isEmpty() ? null : results.get(0), doc);
    }
  }

  private void decide(TableInfo table, ResourceInfo resource, DocumentInfo doc) {
    decided = true;
    List<InfoElement> infos = new ArrayList<>();
    if (resource != null) {
      infos.addAll(resource.infos());
    }
    if (doc != null) {
      infos.addAll(doc.topInfos());
    }
    Protocol declared = null;
    for (InfoElement info : infos) {
      Protocol p = info.isStandardId() ? StandardIds.protocolOf(info.value()) : null;
      if (p != null && declared == null) {
        declared = p;
        standardId = info.value();
      }
    }
    Protocol byColumns = table == null ? null : fromColumns(table);
    String how;
    if (forced != null) {
      protocol = forced;
      how = source == null ? ProtocolSource.OPTIONS.reason() : source.reason();
    } else if (declared != null) {
      protocol = declared;
      how = "declared by INFO standardID " + standardId;
    } else if (byColumns != null) {
      protocol = byColumns;
      how = "recognised from the columns";
    } else {
      protocol = Protocol.UNKNOWN;
      how = "not recognised: only generic VOTable and cloud_access checks run";
    }
    out.document(Code.I_RUN_TARG, "Protocol " + protocol + " (" + how + ").", null);
  }

  /**
   * @param table a table
   * @return the protocol its columns suggest, or null
   */
  static Protocol fromColumns(TableInfo table) {
    int dl = 0;
    for (String c : DATALINK_COLUMNS) {
      if (table.field(c) != null) {
        dl++;
      }
    }
    if (dl == DATALINK_COLUMNS.size()) {
      return Protocol.DATALINK;
    }
    for (FieldInfo f : table.fields()) {
      if ("VOX:Image_AccessReference".equalsIgnoreCase(f.ucd())) {
        return Protocol.SIA1;
      }
    }
    int obscore = 0;
    for (ObsCoreColumn c : ObsCoreColumn.MANDATORY) {
      if (table.field(c.name()) != null) {
        obscore++;
      }
    }
    return obscore >= 3 ? Protocol.SIA2 : null;
  }
}
