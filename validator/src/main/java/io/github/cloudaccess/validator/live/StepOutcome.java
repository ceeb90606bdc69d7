package io.github.cloudaccess.validator.live;

import io.github.cloudaccess.validator.InputSummary;
import io.github.cloudaccess.validator.http.ContentTypeHeader;
import io.github.cloudaccess.validator.http.Failure;
import io.github.cloudaccess.validator.http.MediaType;
import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.report.Finding;
import io.github.cloudaccess.validator.report.Position;
import io.github.cloudaccess.validator.report.Reporter;
import java.net.URI;

/**
 * What one request of a live run gave: the HTTP outcome, the pipeline's summary, the facts read
 * from the body, and its report, still open so that the probe can add its own findings.
 */
final class StepOutcome {

  private final URI uri;
  private final ReportQueue.Slot slot;
  private final int status;
  private final ContentTypeHeader contentType;
  private final Failure failure;
  private final InputSummary summary;
  private final VotableFacts facts;

  StepOutcome(URI uri, ReportQueue.Slot slot, int status, ContentTypeHeader contentType,
      Failure failure, InputSummary summary, VotableFacts facts) {
    this.uri = uri;
    this.slot = slot;
    this.status = status;
    this.contentType = contentType;
    this.failure = failure;
    this.summary = summary;
    this.facts = facts;
  }

  /** @return the URL requested */
  URI uri() {
    return uri;
  }

  /** @return true when a body arrived (whatever the status) */
  boolean fetched() {
    return failure == null;
  }

  /** @return the final HTTP status, 0 when none arrived */
  int status() {
    return status;
  }

  /** @return the media type of the answer, or {@code null} when missing or unparsable */
  MediaType mediaType() {
    return contentType instanceof ContentTypeHeader.Valid v ? v.mediaType() : null;
  }

  /** @return the pipeline's summary, or {@code null} */
  InputSummary summary() {
    return summary;
  }

  /** @return the facts read from the body ({@link VotableFacts#NONE} without one) */
  VotableFacts facts() {
    return facts;
  }

  /** @return where this request's findings go */
  Reporter reporter() {
    return slot.collector();
  }

  /**
   * Reports a probe finding about this request.
   *
   * @param code the code
   * @param message the message
   * @param hint the fix, or {@code null}
   */
  void report(Code code, String message, String hint) {
    slot.collector().report(new Finding(code, message, Position.of(uri.toString()), hint));
  }

  /** Closes this request's report. */
  void finish() {
    slot.finish();
  }
}
