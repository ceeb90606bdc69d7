package io.github.cloudaccess.validator.live;

import io.github.cloudaccess.validator.Input;
import io.github.cloudaccess.validator.InputSummary;
import io.github.cloudaccess.validator.http.FailureKind;
import io.github.cloudaccess.validator.http.FetchResult;
import io.github.cloudaccess.validator.http.HttpFetcher;
import io.github.cloudaccess.validator.http.HttpFindings;
import io.github.cloudaccess.validator.reach.NetworkEvidence;
import io.github.cloudaccess.validator.reach.ReachSummary;
import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.report.Finding;
import io.github.cloudaccess.validator.report.InputCollector;
import io.github.cloudaccess.validator.report.Position;
import io.github.cloudaccess.validator.report.Reporter;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Runs one request of a live run: fetches it, reports the HTTP findings, sends the body through
 * the same offline pipeline as a file (named by its URL), and reads the facts the probes need.
 *
 * <p>Stops the run ({@link ServiceBroken}) when the service cannot be reached at all, or after
 * two transport failures in a row, reporting F-RUN-PREQ for the probes left out.
 */
final class StepRunner {

  /** Failures that say the host is not there: nothing further can be tested. */
  private static final Set<FailureKind> UNREACHABLE =
      EnumSet.of(FailureKind.DNS, FailureKind.CONNECT_REFUSED, FailureKind.CONNECT_TIMEOUT,
          FailureKind.TLS);

  private final HttpFetcher fetcher;
  private final Pipelines pipelines;
  private final int maxRepeat;
  private final BiConsumer<Finding, Throwable> faults;
  private final ReportQueue queue;
  private final ObjectCheck objects;
  private final NetworkEvidence evidence;
  private int failuresInARow;

  /**
   * @param fetcher the run's fetcher (live, recording or replay)
   * @param pipelines the offline pipeline for a protocol ({@code null}: detect)
   * @param maxRepeat findings kept per code and request
   * @param faults told of validator faults (for {@code --debug})
   * @param queue where reports go, in request order
   * @param objects checks the cloud objects of a body for steps that ask it, or {@code null}
   * @param evidence what a successful fetch from this service shows of the validator's network
   */
  StepRunner(HttpFetcher fetcher,
      Pipelines pipelines, int maxRepeat,
      BiConsumer<Finding, Throwable> faults, ReportQueue queue,
      ObjectCheck objects, NetworkEvidence evidence) {
    this.fetcher = fetcher;
    this.pipelines = pipelines;
    this.maxRepeat = maxRepeat;
    this.faults = faults;
    this.queue = queue;
    this.objects = objects;
    this.evidence = evidence;
  }

  /**
   * @param spec the request and how to judge it
   * @return the outcome, its report still open
   * @throws ServiceBroken when the run must stop
   */
  StepOutcome run(StepSpec spec) {
    String name = spec.request().uri().toString();
    ReportQueue.Slot slot = queue.open(new InputCollector(name, maxRepeat, faults));
    InputCollector collector = slot.collector();
    try (FetchResult r = fetcher.fetch(spec.request())) {
      HttpFindings.report(r, spec.expect(), collector);
      InputSummary summary = null;
      VotableFacts facts = VotableFacts.NONE;
      if (r.ok()) {
        failuresInARow = 0;
        Input body = r.asInput();
        if (spec.validate()) {
          summary = validate(body, spec, collector);
          facts = FactsReader.read(body, spec.sample(), spec.rows());
          if (spec.objects() && objects != null && facts.judgeableAnswer()) {
            summary = checkObjects(summary, body, collector);
          }
        }
        if (spec.body() != null) {
          guarded(name, collector, () -> spec.body().accept(body));
        }
      }
      slot.completed(summary, spec.notVotable(), r.timings().total().toMillis());
      StepOutcome outcome = new StepOutcome(spec.request().uri(), slot, r.status(),
          r.contentType(), r.failure(), summary, facts);
      if (!r.ok() && (UNREACHABLE.contains(r.failure().kind()) || ++failuresInARow >= 2)) {
        outcome.report(Code.F_RUN_PREQ, "The service did not answer usably ("
            + r.failure().kind() + "); the remaining probes are skipped.",
            "check the URL and the service, or raise --timeout");
        outcome.finish();
        throw new ServiceBroken();
      }
      return outcome;
    }
  }

  /**
   * Reports a validator fault that ended the run early, in a report of its own.
   *
   * @param name the service URL
   * @param e the fault
   */
  void fault(String name, RuntimeException e) {
    ReportQueue.Slot slot = queue.open(new InputCollector(name, maxRepeat, faults));
    guarded(name, slot.collector(), () -> {
      throw e;
    });
    slot.finish();
  }

  private InputSummary validate(Input body, StepSpec spec, InputCollector collector) {
    Reporter filtered = new Reporter() {
      @Override
      public void report(Finding finding) {
        if (!spec.rejudged().contains(finding.code())) {
          collector.report(finding);
        }
      }

      @Override
      public void report(Finding finding, Throwable cause) {
        if (!spec.rejudged().contains(finding.code())) {
          collector.report(finding, cause);
        }
      }
    };
    InputSummary[] summary = new InputSummary[1];
    guarded(body.name(), collector,
        () -> summary[0] = pipelines.of(spec.protocol(), spec.protocolSource())
            .apply(body, filtered));
    return summary[0];
  }

  /** @return the summary with the figures of the object check (unchanged when it failed) */
  private InputSummary checkObjects(InputSummary summary, Input body, InputCollector collector) {
    ReachSummary[] figures = new ReachSummary[1];
    guarded(body.name(), collector, () -> figures[0] = objects.check(body, collector,
        evidence));
    return summary == null || figures[0] == null ? summary : summary.withObjects(figures[0]);
  }

  /** A fault of the validator becomes F-RUN-UNEX for this request; the run goes on. */
  private static void guarded(String name, Reporter reporter, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException | StackOverflowError e) {
      reporter.report(new Finding(Code.F_RUN_UNEX, "internal validator error: " + e,
          Position.of(name), "rerun with --debug for the stack trace, and report it with the URL"),
          e);
    }
  }
}
