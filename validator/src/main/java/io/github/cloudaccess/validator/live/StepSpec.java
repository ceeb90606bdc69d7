package io.github.cloudaccess.validator.live;

import io.github.cloudaccess.validator.Input;
import io.github.cloudaccess.validator.Protocol;
import io.github.cloudaccess.validator.ProtocolSource;
import io.github.cloudaccess.validator.http.HttpFindings.Expectation;
import io.github.cloudaccess.validator.http.Request;
import io.github.cloudaccess.validator.report.Code;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One request of a live run and what to do with its answer.
 *
 * @param request what to send
 * @param expect what the HTTP layer should expect (status, media types)
 * @param notVotable what is asked for when it is no VOTable ({@code VOSI capabilities}): the
 *     body does not go through the offline pipeline, and the report says what it is;
 *     {@code null} for a VOTable, which does
 * @param protocol the protocol the pipeline checks the body against, {@code null} to detect it
 * @param protocolSource why the step expects that protocol ({@code null} with it)
 * @param rejudged pipeline codes this probe judges itself, dropped from the pipeline's findings
 *     (an error document is the right answer to a deliberately invalid query, so the pipeline's
 *     E-DAL-LGER does not apply there)
 * @param sample rows of the results table to keep in the facts
 * @param rows told of every row of the results table
 * @param body an extra reading of the body while it exists, or {@code null}
 * @param objects the cloud objects its rows name are checked (when the run checks objects)
 */
record StepSpec(Request request, Expectation expect, String notVotable, Protocol protocol,
    ProtocolSource protocolSource, Set<Code> rejudged, int sample, RowSink rows,
    Consumer<Input> body, boolean objects) {

  /** Freezes the set. */
  StepSpec {
    rejudged = Set.copyOf(rejudged);
  }

  /**
   * @param request a query
   * @param protocol the protocol of its answer, {@code null} to detect it
   * @param source how the run knows that protocol ({@code null} with it)
   * @return a legal query: 200 and a VOTable expected, body validated
   */
  static StepSpec query(Request request, Protocol protocol, ProtocolSource source) {
    return new StepSpec(request, Expectation.votable(), null, protocol, source, Set.of(), 0,
        RowSink.NONE, null, false);
  }

  /**
   * @param request a request for a VOSI document
   * @param what what the document is ({@code VOSI capabilities}), for the report
   * @param body reads the document
   * @return a step that validates nothing and expects nothing of the status
   */
  static StepSpec document(Request request, String what, Consumer<Input> body) {
    return new StepSpec(request, new Expectation(false, Set.of(), false), what, null, null,
        Set.of(), 0, RowSink.NONE, body, false);
  }

  /** @return true when the body goes through the offline pipeline (a VOTable is expected) */
  boolean validate() {
    return notVotable == null;
  }

  /**
   * @param expectation another expectation
   * @return this step with it
   */
  StepSpec expecting(Expectation expectation) {
    return new StepSpec(request, expectation, notVotable, protocol, protocolSource, rejudged,
        sample, rows, body, objects);
  }

  /**
   * @param codes pipeline codes the probe judges itself
   * @return this step with them dropped from the pipeline's findings
   */
  StepSpec rejudging(Code... codes) {
    return new StepSpec(request, expect, notVotable, protocol, protocolSource, Set.of(codes),
        sample, rows, body, objects);
  }

  /**
   * @param n rows to keep
   * @param sink told of every row
   * @return this step reading rows
   */
  StepSpec sampling(int n, RowSink sink) {
    return new StepSpec(request, expect, notVotable, protocol, protocolSource, rejudged, n, sink,
        body, objects);
  }

  /** @return this step with the cloud objects of its answer checked */
  StepSpec checkingObjects() {
    return new StepSpec(request, expect, notVotable, protocol, protocolSource, rejudged, sample,
        rows, body, true);
  }
}
