package io.github.cloudaccess.validator.live;

import io.github.cloudaccess.validator.Input;
import io.github.cloudaccess.validator.InputSummary;
import io.github.cloudaccess.validator.ValidatorOptions;
import io.github.cloudaccess.validator.http.FetchOptions;
import io.github.cloudaccess.validator.http.HttpFetcher;
import io.github.cloudaccess.validator.http.Transport;
import io.github.cloudaccess.validator.reach.NetworkEvidence;
import io.github.cloudaccess.validator.report.Finding;
import io.github.cloudaccess.validator.report.InputReport;
import io.github.cloudaccess.validator.report.Reporter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Validates services live: the entry point of the command for {@code http(s)://} arguments.
 * One instance serves a whole run (one transport, so {@code --record} writes one recording and
 * {@code --replay} serves it in the same order); every request becomes one
 * {@link InputReport}, handed on in the order sent.
 */
public final class LiveValidation implements AutoCloseable {

  private final HttpFetcher fetcher;
  private final LiveOptions options;
  private final Pipelines pipelines;
  private final int maxRepeat;
  private final BiConsumer<Finding, Throwable> faults;
  private final boolean networked;

  /**
   * @param transport live, recording or replay (see {@link #transport})
   * @param fetch the HTTP limits
   * @param options the live settings
   * @param pipeline makes the offline pipeline from its options
   * @param base the pipeline options; the protocol is set per request
   * @param maxRepeat findings kept per code and request
   * @param faults told of validator faults with their cause
   */
  public LiveValidation(Transport transport, FetchOptions fetch, LiveOptions options,
      Function<ValidatorOptions, BiFunction<Input, Reporter, InputSummary>> pipeline,
      ValidatorOptions base, int maxRepeat, BiConsumer<Finding, Throwable> faults) {
    this.fetcher = new HttpFetcher(transport, fetch);
    this.networked = transport.networked();
    this.options = options;
    this.pipelines = (protocol, source) -> pipeline.apply(
        new ValidatorOptions(base.profile(), protocol, base.requireCloud(), source));
    this.maxRepeat = maxRepeat;
    this.faults = faults;
  }

  /**
   * @param fetch the HTTP limits
   * @param record {@code --record} directory, or {@code null}
   * @param replay {@code --replay} directory, or {@code null}
   * @return the transport for these options
   * @throws IOException when the recording cannot be prepared or read
   */
  public static Transport transport(FetchOptions fetch, Path record, Path replay)
      throws IOException {
    if (replay != null) {
      return Transport.replay(replay, fetch);
    }
    Transport live = Transport.live(fetch);
    return record == null ? live : Transport.recording(live, record);
  }

  /**
   * Validates one service; never throws for anything the service does.
   *
   * @param url the URL as given (checked by {@link ServiceUrl#parse})
   * @param sink receives one report per request, in order
   */
  public void run(String url, Consumer<InputReport> sink) {
    ReportQueue queue = new ReportQueue(sink);
    ServiceUrl service = ServiceUrl.parse(url);
    StepRunner steps = new StepRunner(fetcher, pipelines, maxRepeat, faults, queue,
        options.objects(), evidence(service));
    new LiveSession(steps, queue, options).run(service);
  }

  /**
   * A body fetched from this service shows that the validator resolves names and connects only
   * when it came over the network (not from a replay) from a host addressed by a DNS name.
   */
  private NetworkEvidence evidence(ServiceUrl service) {
    return networked ? NetworkEvidence.ofServiceHost(service.given().getHost())
        : NetworkEvidence.NONE;
  }

  /** Closes the transport (and ends a recording). */
  @Override
  public void close() {
    fetcher.close();
  }
}
