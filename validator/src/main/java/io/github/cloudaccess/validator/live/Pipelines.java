package io.github.cloudaccess.validator.live;

import io.github.cloudaccess.validator.Input;
import io.github.cloudaccess.validator.InputSummary;
import io.github.cloudaccess.validator.Protocol;
import io.github.cloudaccess.validator.ProtocolSource;
import io.github.cloudaccess.validator.report.Reporter;
import java.util.function.BiFunction;

/** Makes the offline pipeline that checks a fetched body against the protocol a step expects. */
@FunctionalInterface
interface Pipelines {

  /**
   * @param protocol the protocol, or {@code null} to detect it
   * @param source why the step expects it ({@code null} with it)
   * @return the pipeline
   */
  BiFunction<Input, Reporter, InputSummary> of(Protocol protocol, ProtocolSource source);
}
