package io.github.cloudaccess.validator.live;

import io.github.cloudaccess.validator.Protocol;
import io.github.cloudaccess.validator.ProtocolSource;
import io.github.cloudaccess.validator.http.HttpFindings;
import io.github.cloudaccess.validator.http.MediaType;
import io.github.cloudaccess.validator.http.Request;
import io.github.cloudaccess.validator.report.Code;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The SIA 2.0 probes, in order: VOSI availability (E-SI2-AVAX); MAXREC=0 (metadata, no rows,
 * OVERFLOW); a one-row unconstrained sample when no position is known; the legal query (its
 * rows inside the region); the same query with MAXREC=1 (truncation flagged); with
 * RESPONSEFORMAT (the Content-Type asked for); a malformed POS (an error document); DataLink.
 */
final class Sia2Probes {

  /** The media type asked for with RESPONSEFORMAT (DALI 3.4.3: answered with exactly it). */
  static final String VOTABLE = "application/x-votable+xml";

  private final StepRunner steps;
  private final LiveOptions options;
  private final ProtocolSource source;

  /**
   * @param steps the run's steps
   * @param options the live settings
   * @param source how the run knows the service is SIA 2.0
   */
  Sia2Probes(StepRunner steps, LiveOptions options, ProtocolSource source) {
    this.steps = steps;
    this.options = options;
    this.source = source;
  }

  /**
   * @param given the URL as given
   * @param service where the queries go
   * @param root the directory of the VOSI resources
   */
  void run(ServiceUrl given, ServiceUrl service, String root) {
    availability(root);
    StepOutcome zero = steps.run(query(service.with(List.of(new Param("MAXREC", "0"))))
        .rejudging(Code.E_DAL_LGER));
    MaxrecChecks.zero(zero);
    Positions.Found where = Positions.sia2(given, options, zero.facts());
    zero.finish();
    if (where == null) {
      where = sample(service);
    }

    /* The legal query, then its variants. */
    List<Param> legal = given.isFullQuery() ? without(given.query(), "MAXREC", "RESPONSEFORMAT")
        : append(service.kept(), new Param("POS", where.cone().sia2Pos()));
    URI legalUri = given.isFullQuery() ? given.given() : ServiceUrl.build(service.endpoint(),
        legal, List.of());
    FootprintCheck footprint = where.cone() == null ? null
        : new FootprintCheck(Protocol.SIA2, where.cone());
    StepOutcome main = steps.run(query(legalUri)
        .sampling(options.datalinkSample(), footprint == null ? RowSink.NONE : footprint)
        .checkingObjects());
    main.report(Code.I_RUN_TARG, "SIA 2.0 service at " + service.endpoint() + "; region "
        + (where.cone() == null ? "as given" : where.cone()) + " (" + where.source() + ").", null);
    if (footprint != null) {
      footprint.report(main);
    }
    long rows = main.facts().readable() && !main.facts().error() ? main.facts().rows() : -1;
    new DataLinkProbe(steps, options.profile()).run(main);

    if (rows >= 2) {
      StepOutcome cut = steps.run(query(variant(service, legal, "MAXREC", "1"))
          .rejudging(Code.E_DAL_LGER));
      MaxrecChecks.limited(cut, 1, rows);
      cut.finish();
    }
    responseFormat(service, legal);
    InvalidQueryProbe.run(steps, service.with(List.of(InvalidQueryProbe.SIA2_POS)),
        Protocol.SIA2, source);
  }

  private void availability(String root) {
    Boolean[] available = new Boolean[1];
    StepOutcome o = steps.run(StepSpec.document(Request.get(URI.create(root + "availability")),
        "VOSI availability", in -> available[0] = Vosi.available(in)));
    if (o.fetched() && (o.status() != 200 || available[0] == null)) {
      o.report(Code.E_SI2_AVAX, "No VOSI availability document at " + o.uri() + " (HTTP "
          + o.status() + ").", "serve VOSI availability next to the capabilities (SIA 2.0 2.2)");
    }
    o.finish();
  }

  /** Without a known position, one unconstrained row gives one where the service has data. */
  private Positions.Found sample(ServiceUrl service) {
    StepOutcome one = steps.run(query(service.with(List.of(new Param("MAXREC", "1"))))
        .sampling(1, RowSink.NONE).rejudging(Code.E_DAL_LGER));
    MaxrecChecks.limited(one, 1, -1);
    Positions.Found found = Positions.fromRow(one.facts(), options);
    one.finish();
    return found;
  }

  private void responseFormat(ServiceUrl service, List<Param> legal) {
    StepOutcome o = steps.run(query(variant(service, legal, "RESPONSEFORMAT", VOTABLE))
        .expecting(new HttpFindings.Expectation(true, Set.of(), false))
        .rejudging(Code.E_DAL_LGER));
    if (MaxrecChecks.accepted(o, "RESPONSEFORMAT")) {
      MediaType type = o.mediaType();
      if (type != null && !type.essence().equals(VOTABLE)) {
        o.report(Code.E_DAL_RFCT, "RESPONSEFORMAT=" + VOTABLE + " was answered with"
            + " Content-Type " + type.essence() + ".", "answer with the media type asked for");
      }
    }
    o.finish();
  }

  private StepSpec query(URI uri) {
    return StepSpec.query(Request.get(uri), Protocol.SIA2, source);
  }

  private static URI variant(ServiceUrl service, List<Param> legal, String name, String value) {
    return ServiceUrl.build(service.endpoint(), legal, List.of(new Param(name, value)));
  }

  private static List<Param> without(List<Param> params, String... names) {
    return params.stream().filter(p -> List.of(names).stream()
        .noneMatch(n -> n.equalsIgnoreCase(p.name()))).toList();
  }

  private static List<Param> append(List<Param> params, Param p) {
    List<Param> out = new ArrayList<>(params);
    out.add(p);
    return out;
  }
}
