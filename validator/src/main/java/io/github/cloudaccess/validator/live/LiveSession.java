package io.github.cloudaccess.validator.live;

import io.github.cloudaccess.validator.Protocol;
import io.github.cloudaccess.validator.ProtocolSource;
import io.github.cloudaccess.validator.report.Code;

/**
 * Validates one service URL live: finds the protocol (forced, VOSI capabilities, or the answer
 * to a FORMAT=METADATA query, as the offline protocol detection reads it), then runs that
 * protocol's probes. Every request becomes one report, in the order sent.
 */
final class LiveSession {

  private final StepRunner steps;
  private final ReportQueue queue;
  private final LiveOptions options;

  LiveSession(StepRunner steps, ReportQueue queue, LiveOptions options) {
    this.steps = steps;
    this.queue = queue;
    this.options = options;
  }

  /** @param url the service URL as given */
  void run(ServiceUrl url) {
    try {
      probe(url);
    } catch (ServiceBroken e) {
      // Reported where it happened (F-RUN-PREQ); the reports still open are closed below.
    } catch (RuntimeException e) {
      queue.drain();
      steps.fault(url.given().toString(), e); // a validator bug must not cut the report short
    } finally {
      queue.drain();
    }
  }

  private void probe(ServiceUrl url) {
    Protocol forced = options.protocol();
    if (forced == Protocol.DATALINK) {
      new DataLinkProbe(steps, options.profile()).single(url.given());
      return;
    }
    CapabilitiesProbe caps = CapabilitiesProbe.run(steps, url);
    Protocol protocol = forced != null ? forced : caps.protocol();
    ProtocolSource source = forced != null ? ProtocolSource.OPTIONS
        : ProtocolSource.CAPABILITIES;
    ServiceUrl service = caps.service(url);

    /* Nothing says the protocol: the metadata query answers as SIA 1.0 or 2.0 would. */
    StepOutcome detection = null;
    if (protocol == null) {
      detection = steps.run(Sia1Probes.metadataQuery(service, null, null));
      protocol = detection.summary() == null ? Protocol.UNKNOWN : detection.summary().protocol();
      source = ProtocolSource.METADATA_QUERY;
      if (protocol != Protocol.SIA1) {
        judgeAsQuery(detection, protocol);
      }
    }
    caps.judge(protocol);
    switch (protocol) {
      case SIA2 -> new Sia2Probes(steps, options, source).run(url, service, caps.root());
      case SIA1 -> new Sia1Probes(steps, options, source).run(url, service, detection);
      default -> { }
    }
  }

  /** The detection query was an ordinary legal query for a service that is not SIA 1.0. */
  private static void judgeAsQuery(StepOutcome o, Protocol protocol) {
    VotableFacts f = o.facts();
    if (f.error()) {
      o.report(Code.E_DAL_LGER, "The service reported QUERY_STATUS=ERROR to a legal query: "
          + f.statusMessage(), null);
    }
    if (!o.fetched()) {
      o.report(Code.F_RUN_PREQ, "The protocol could not be told: no VOSI capabilities, and the"
          + " FORMAT=METADATA query failed; probes skipped.", "pass --protocol sia1 or sia2");
    } else if (protocol != Protocol.SIA2) {
      o.report(Code.F_RUN_PREQ, "The protocol could not be told: no VOSI capabilities, and the"
          + " answer to FORMAT=METADATA is neither SIA 1.0 nor SIA 2.0; probes skipped.",
          "pass --protocol sia1, sia2 or datalink");
    }
    o.finish();
  }
}
