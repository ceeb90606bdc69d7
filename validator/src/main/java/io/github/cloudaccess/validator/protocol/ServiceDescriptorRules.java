package io.github.cloudaccess.validator.protocol;

import io.github.cloudaccess.validator.Protocol;
import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.stage.Emitter;
import io.github.cloudaccess.validator.votable.DocumentInfo;
import io.github.cloudaccess.validator.votable.ParamInfo;
import io.github.cloudaccess.validator.votable.ResourceInfo;
import io.github.cloudaccess.validator.votable.VotableListener;
import java.util.List;

/**
 * Service descriptors (DataLink 4; SIA 2.0 3.1.2): an absolute HTTP accessURL (E-DLK-SDAU), the
 * standard PARAMs typed char (E-DLK-SDPS), input parameters whose {@code ref} names a FIELD
 * (E-DLK-SDRF), at most one self-description (E-DLK-SELF), and for SIA 2.0 a self-description
 * that names SIA 2.0 and lists its inputs (E-SI2-SELF).
 */
public final class ServiceDescriptorRules implements VotableListener {

  private static final List<String> STANDARD_PARAMS =
      List.of("accessURL", "standardID", "resourceIdentifier", "contentType");

  private final Emitter out;
  private final ProtocolHolder protocol;

  /**
   * @param out receives findings
   * @param protocol the detected protocol
   */
  public ServiceDescriptorRules(Emitter out, ProtocolHolder protocol) {
    this.out = out;
    this.protocol = protocol;
  }

  @Override
  public void documentEnd(DocumentInfo doc) {
    int self = 0;
    for (ResourceInfo r : doc.resources()) {
      if (!r.isServiceDescriptor()) {
        continue;
      }
      checkDescriptor(doc, r);
      if ("adhoc:this".equals(r.utype()) || "this".equals(r.name())) {
        if (++self == 2) {
          out.at(Code.E_DLK_SELF, r.line(), r.column(), "A second self-description; a response"
              + " has at most one.", null);
        }
        if (protocol.protocol() == Protocol.SIA2) {
          checkSiaSelf(r);
        }
      }
    }
  }

  private void checkDescriptor(DocumentInfo doc, ResourceInfo r) {
    ParamInfo access = r.param("accessURL");
    String url = access == null || access.value() == null ? "" : access.value().strip();
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      out.at(Code.E_DLK_SDAU, r.line(), r.column(), "Service descriptor " + label(r)
          + (access == null ? " has no accessURL PARAM." : " has accessURL \"" + url
          + "\", not an absolute HTTP URL."), null);
    }
    for (String name : STANDARD_PARAMS) {
      ParamInfo p = r.param(name);
      if (p != null && p.datatype() != null && !p.datatype().equals("char")
          && !p.datatype().equals("unicodeChar")) {
        out.at(Code.E_DLK_SDPS, p.line(), p.column(), "PARAM " + name + " of " + label(r)
            + " is declared " + p.datatype() + "; it must be char.", null);
      }
    }
    for (ParamInfo p : r.params()) {
      if ("inputParams".equals(p.group()) && p.ref() != null
          && !"FIELD".equals(doc.elementWithId(p.ref()))) {
        out.at(Code.E_DLK_SDRF, p.line(), p.column(), "Input parameter " + p.name() + " of "
            + label(r) + " takes its values from ref=\"" + p.ref() + "\", which is not a FIELD.",
            null);
      }
    }
  }

  private void checkSiaSelf(ResourceInfo r) {
    ParamInfo sid = r.param("standardID");
    boolean inputs = r.params().stream().anyMatch(p -> "inputParams".equals(p.group()));
    if (sid == null || StandardIds.protocolOf(sid.value()) != Protocol.SIA2 || !inputs) {
      out.at(Code.E_SI2_SELF, r.line(), r.column(), "The SIA 2.0 self-description "
          + (sid == null ? "has no standardID PARAM" : !inputs ? "lists no inputParams"
          : "names " + sid.value() + ", not ivo://ivoa.net/std/SIA#query-2.0") + ".", null);
    }
  }

  private static String label(ResourceInfo r) {
    return r.id() != null ? "\"" + r.id() + "\"" : r.name() != null ? "\"" + r.name() + "\""
        : "(unnamed)";
  }
}
