package io.github.cloudaccess.validator.live;

import io.github.cloudaccess.validator.Protocol;
import io.github.cloudaccess.validator.http.Request;
import io.github.cloudaccess.validator.report.Code;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks for the service's VOSI capabilities (under the URL for a service root, next to it for a
 * {query} URL), tells the protocol from them, and, once the protocol is known, judges them for
 * SIA 2.0: present and valid (E-SI2-CAPX), with an {@code SIA#query-2.0} capability
 * (E-SI2-CSID). Its reports stay open until then, so they keep their place in the report.
 */
final class CapabilitiesProbe {

  private final List<StepOutcome> attempts = new ArrayList<>();
  private final List<URI> tried = new ArrayList<>();
  private List<Vosi.Capability> found;
  private StepOutcome foundIn;
  private int foundAt = -1;

  /**
   * @param steps the run's steps
   * @param url the service URL
   * @return the probe, after its requests
   */
  static CapabilitiesProbe run(StepRunner steps, ServiceUrl url) {
    CapabilitiesProbe p = new CapabilitiesProbe();
    List<URI> candidates = url.capabilityCandidates();
    for (int i = 0; i < candidates.size(); i++) {
      URI c = candidates.get(i);
      List<List<Vosi.Capability>> read = new ArrayList<>();
      StepOutcome o = steps.run(StepSpec.document(Request.get(c), "VOSI capabilities",
          in -> read.add(Vosi.capabilities(in))));
      p.attempts.add(o);
      p.tried.add(c);
      if (o.status() == 200 && !read.isEmpty() && read.get(0) != null) {
        p.found = read.get(0);
        p.foundIn = o;
        p.foundAt = i;
        break;
      }
    }
    return p;
  }

  /** @return the protocol the capabilities declare (SIA 2.0 first), or {@code null} */
  Protocol protocol() {
    if (capability(Vosi.SIA2) != null) {
      return Protocol.SIA2;
    }
    return capability(Vosi.SIA1) != null ? Protocol.SIA1 : null;
  }

  /**
   * @param url the service URL as given
   * @return where to send queries: the capability's accessURL when the URL was the service root
   *     (capabilities found under it), else the URL itself
   */
  ServiceUrl service(ServiceUrl url) {
    Vosi.Capability c = capability(Vosi.SIA2) != null ? capability(Vosi.SIA2)
        : capability(Vosi.SIA1);
    boolean root = foundAt == 0 && url.capabilityCandidates().size() > 1;
    if (!root || c == null || c.accessUrls().isEmpty() || url.isFullQuery()) {
      return url;
    }
    try {
      return url.at(ServiceUrl.parse(c.accessUrls().get(0)).endpoint());
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  /** @return the directory holding the capabilities, where availability is (SIA 2.0 2) */
  String root() {
    String caps = (foundAt >= 0 ? tried.get(foundAt) : tried.get(0)).toString();
    return caps.substring(0, caps.lastIndexOf('/') + 1);
  }

  /**
   * Judges the capabilities for the protocol finally found and closes their reports.
   *
   * @param protocol the protocol of the service
   */
  void judge(Protocol protocol) {
    if (protocol == Protocol.SIA2 && !attempts.isEmpty()) {
      if (found == null) {
        attempts.get(0).report(Code.E_SI2_CAPX, "No VOSI capabilities document at "
            + tried + ", yet the service answers as SIA 2.0.", "serve VOSI capabilities next to"
            + " the {query} resource (SIA 2.0 section 2)");
      } else if (capability(Vosi.SIA2) == null) {
        foundIn.report(Code.E_SI2_CSID, "The VOSI capabilities list no capability with"
            + " standardID ivo://ivoa.net/std/SIA#query-2.0, yet the service answers as SIA 2.0.",
            "declare the SIA#query-2.0 capability (SIA 2.0 section 2.3)");
      }
    }
    attempts.forEach(StepOutcome::finish);
  }

  private Vosi.Capability capability(String id) {
    return found == null ? null
        : found.stream().filter(c -> c.is(id)).findFirst().orElse(null);
  }
}
