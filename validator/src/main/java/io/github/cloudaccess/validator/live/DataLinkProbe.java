package io.github.cloudaccess.validator.live;

import io.github.cloudaccess.schema.Profile;
import io.github.cloudaccess.validator.Protocol;
import io.github.cloudaccess.validator.ProtocolSource;
import io.github.cloudaccess.validator.http.HttpFindings;
import io.github.cloudaccess.validator.http.MediaType;
import io.github.cloudaccess.validator.http.Request;
import io.github.cloudaccess.validator.report.Code;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fetches the DataLink {links} of the sampled discovery rows and validates each answer through
 * the pipeline as DataLink (the #this rows' {@code cloud_access} included), checks its
 * Content-Type (E-DLK-CTYP, W-DLK-CTCN: DataLink 3.3) and cross-checks its {@code cloud_access}
 * with the discovery table's (W-DLK-CLDX). Announces what it sampled (I-DLK-RNUM).
 */
final class DataLinkProbe {

  private final StepRunner steps;
  private final Profile profile;

  /**
   * @param steps the run's steps
   * @param profile the cloud_access profile
   */
  DataLinkProbe(StepRunner steps, Profile profile) {
    this.steps = steps;
    this.profile = profile;
  }

  /**
   * Finishes the discovery report, then fetches the links.
   *
   * @param discovery the legal query's outcome, still open
   */
  void run(StepOutcome discovery) {
    VotableFacts facts = discovery.facts();
    List<LinkTargets.Target> targets = LinkTargets.of(facts);
    Map<URI, LinkTargets.Target> byUrl = new LinkedHashMap<>();
    targets.forEach(t -> byUrl.putIfAbsent(t.links(), t));
    boolean descriptor = facts.descriptors().stream().anyMatch(ServiceDescriptor::isDataLink);
    if (!targets.isEmpty() || descriptor) {
      discovery.report(Code.I_DLK_RNUM, "DataLink: " + targets.size() + " of "
          + facts.sample().size() + " sampled rows have {links} (" + byUrl.size()
          + " distinct URLs); DataLink service descriptor " + (descriptor ? "present" : "absent")
          + ".", null);
    }
    discovery.finish();
    for (LinkTargets.Target t : byUrl.values()) {
      links(t, facts);
    }
  }

  /**
   * Validates one {links} URL given on its own ({@code --protocol datalink}).
   *
   * @param uri the URL
   */
  void single(URI uri) {
    fetch(uri, new ThisRows(), ProtocolSource.OPTIONS).finish();
  }

  private void links(LinkTargets.Target t, VotableFacts discovery) {
    ThisRows thisRows = new ThisRows();
    StepOutcome o = fetch(t.links(), thisRows, ProtocolSource.LINKS_REQUEST);
    try {
      if (o.fetched()) {
        CloudCrossCheck.check(o, thisRows.rows(), discovery, t.row(), profile);
      }
    } finally {
      o.finish();
    }
  }

  private StepOutcome fetch(URI uri, ThisRows thisRows, ProtocolSource source) {
    StepOutcome o = steps.run(StepSpec.query(Request.get(uri), Protocol.DATALINK, source)
        .expecting(new HttpFindings.Expectation(true, Set.of(), false))
        .sampling(0, thisRows).checkingObjects());
    MediaType type = o.mediaType();
    if (o.fetched() && type != null) {
      if (!HttpFindings.VOTABLE_TYPES.contains(type.essence())) {
        o.report(Code.E_DLK_CTYP, "The {links} answer has Content-Type " + type.essence()
            + ", not a VOTable type.", "serve {links} as application/x-votable+xml;content=datalink");
      } else if (!LinkTargets.isDataLink(type)) {
        o.report(Code.W_DLK_CTCN, "The {links} answer has Content-Type " + type.essence()
            + (type.parameter("content") == null ? "" : ";content=" + type.parameter("content"))
            + " without ;content=datalink.",
            "serve {links} as application/x-votable+xml;content=datalink");
      }
    }
    return o;
  }
}
