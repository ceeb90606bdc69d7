package io.github.cloudaccess.validator.live;

import io.github.cloudaccess.validator.Protocol;
import io.github.cloudaccess.validator.ProtocolSource;
import io.github.cloudaccess.validator.http.Request;
import io.github.cloudaccess.validator.report.Code;
import java.net.URI;
import java.util.List;

/**
 * The SIA 1.0 probes, in order: FORMAT=METADATA (7.1: no error E-SI1-MERR, no rows W-SI1-MROW,
 * the INPUT:POS, INPUT:SIZE and INPUT:FORMAT PARAMs E-SI1-MINP); the legal query (its images
 * near the region, W-SI1-GEOM); a malformed POS (an error, 4.3.1a); DataLink.
 */
final class Sia1Probes {

  private static final List<String> REQUIRED_INPUTS =
      List.of("INPUT:POS", "INPUT:SIZE", "INPUT:FORMAT");

  private final StepRunner steps;
  private final LiveOptions options;
  private final ProtocolSource source;

  /**
   * @param steps the run's steps
   * @param options the live settings
   * @param source how the run knows the service is SIA 1.0
   */
  Sia1Probes(StepRunner steps, LiveOptions options, ProtocolSource source) {
    this.steps = steps;
    this.options = options;
    this.source = source;
  }

  /**
   * @param service where the query goes
   * @param protocol the protocol of the answer, or {@code null} to detect it
   * @param source how the run knows it ({@code null} with it)
   * @return the metadata query's spec (also the detection query when nothing else tells)
   */
  static StepSpec metadataQuery(ServiceUrl service, Protocol protocol, ProtocolSource source) {
    return StepSpec.query(Request.get(service.with(List.of(new Param("FORMAT", "METADATA")))),
        protocol, source).rejudging(Code.E_DAL_LGER);
  }

  /**
   * @param given the URL as given
   * @param service where the queries go
   * @param metadata the FORMAT=METADATA outcome when detection already sent it, else null
   */
  void run(ServiceUrl given, ServiceUrl service, StepOutcome metadata) {
    StepOutcome meta = metadata != null ? metadata
        : steps.run(metadataQuery(service, Protocol.SIA1, source));
    checkMetadata(meta);
    Positions.Found where = Positions.sia1(given, options, meta.facts());
    meta.finish();

    Cone cone = where.cone();
    URI legal = given.isFullQuery() ? given.given() : service.with(List.of(
        new Param("POS", cone.sia1Pos()), new Param("SIZE", cone.sia1Size())));
    FootprintCheck footprint = new FootprintCheck(Protocol.SIA1, cone);
    StepOutcome main = steps.run(StepSpec.query(Request.get(legal), Protocol.SIA1, source)
        .sampling(options.datalinkSample(), footprint).checkingObjects());
    main.report(Code.I_RUN_TARG, "SIA 1.0 service at " + service.endpoint() + "; region " + cone
        + " (" + where.source() + ").", null);
    footprint.report(main);
    new DataLinkProbe(steps, options.profile()).run(main);

    InvalidQueryProbe.run(steps, service.with(List.of(InvalidQueryProbe.SIA1_POS,
        new Param("SIZE", cone.sia1Size()))), Protocol.SIA1, source);
  }

  /** @param o the answer to FORMAT=METADATA */
  static void checkMetadata(StepOutcome o) {
    if (!o.fetched()) {
      return;
    }
    VotableFacts f = o.facts();
    if (o.status() != 200 || !f.votable() || f.error()) {
      o.report(Code.E_SI1_MERR, "The metadata query (FORMAT=METADATA) failed: HTTP " + o.status()
          + (f.votable() ? "" : ", not a VOTable") + (f.error() ? ", QUERY_STATUS=ERROR: "
          + f.statusMessage() : "") + ".", "answer FORMAT=METADATA with the table metadata"
          + " (SIA 1.0 7.1)");
      return;
    }
    if (f.rows() > 0) {
      o.report(Code.W_SI1_MROW, "The metadata query (FORMAT=METADATA) returned " + f.rows()
          + " rows.", "return the FIELDs and INPUT PARAMs only");
    }
    List<String> missing = REQUIRED_INPUTS.stream().filter(p -> !f.hasParam(p)).toList();
    if (!missing.isEmpty()) {
      o.report(Code.E_SI1_MINP, "The metadata answer lacks the PARAMs " + missing + ".",
          "describe every supported input as <PARAM name=\"INPUT:...\"> (SIA 1.0 7.1b)");
    }
  }
}
