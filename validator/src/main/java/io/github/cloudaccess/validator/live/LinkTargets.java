package io.github.cloudaccess.validator.live;

import io.github.cloudaccess.validator.http.MediaType;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the DataLink {links} URL of each sampled discovery row: the row's access URL when its
 * format is the DataLink media type (SIA 2.0 3.1.3), else the DataLink service descriptor's
 * accessURL with its input parameters filled from the row (DataLink 4.3: a {@code ref}
 * parameter takes the value of the FIELD with that ID, a fixed value is sent as it is).
 */
final class LinkTargets {

  /** The DataLink media type's parameter that marks a {links} document. */
  private static final String CONTENT = "datalink";

  private LinkTargets() {}

  /**
   * One discovery row and where its links are.
   *
   * @param row the discovery row
   * @param links its {links} URL
   * @param viaDescriptor true when built from the service descriptor
   */
  record Target(SampleRow row, URI links, boolean viaDescriptor) {}

  /**
   * @param facts the discovery response
   * @return a target per sampled row that has one, in row order
   */
  static List<Target> of(VotableFacts facts) {
    Column url = facts.column("access_url").or(() -> facts.columnByUcd("VOX:Image_AccessReference"))
        .orElse(null);
    Column format = facts.column("access_format").or(() -> facts.columnByUcd("VOX:Image_Format"))
        .orElse(null);
    ServiceDescriptor descriptor = facts.descriptors().stream()
        .filter(d -> d.isDataLink() && d.accessUrl() != null && !d.accessUrl().isBlank())
        .findFirst().orElse(null);
    List<Target> out = new ArrayList<>();
    for (SampleRow row : facts.sample()) {
      URI direct = isDataLink(row.text(format)) ? httpUri(row.text(url)) : null;
      if (direct != null) {
        out.add(new Target(row, direct, false));
      } else if (descriptor != null) {
        URI built = fromDescriptor(descriptor, facts, row);
        if (built != null) {
          out.add(new Target(row, built, true));
        }
      }
    }
    return out;
  }

  /**
   * @param type a media type as written in a cell or header
   * @return true for {@code application/x-votable+xml;content=datalink}
   */
  static boolean isDataLink(String type) {
    if (type == null) {
      return false;
    }
    try {
      return isDataLink(MediaType.parse(type));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * @param type a parsed media type
   * @return true for {@code application/x-votable+xml;content=datalink}
   */
  static boolean isDataLink(MediaType type) {
    return type.essence().equals("application/x-votable+xml")
        && CONTENT.equalsIgnoreCase(type.parameter("content"));
  }

  private static URI fromDescriptor(ServiceDescriptor d, VotableFacts facts, SampleRow row) {
    List<Param> params = new ArrayList<>();
    for (ServiceDescriptor.InputParam p : d.inputs()) {
      if (p.name() == null) {
        continue;
      }
      if (p.ref() != null && !p.ref().isBlank()) {
        String v = row.text(facts.columnById(p.ref().trim()).orElse(null));
        if (v == null) {
          return null; // the row has no value for a required per-row parameter
        }
        params.add(new Param(p.name(), v));
      } else if (p.value() != null && !p.value().isEmpty()) {
        params.add(new Param(p.name(), p.value()));
      }
    }
    URI base = httpUri(d.accessUrl().trim());
    if (base == null || params.isEmpty()) {
      return null;
    }
    String s = base.toString();
    int q = s.indexOf('?');
    String endpoint = q < 0 ? s : s.substring(0, q);
    List<Param> fixed = q < 0 ? List.of() : ServiceUrl.parse(s).query();
    return ServiceUrl.build(endpoint, fixed, params);
  }

  private static URI httpUri(String text) {
    if (text == null) {
      return null;
    }
    try {
      URI u = URI.create(text.trim());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null ? u : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
