package io.github.cloudaccess.validator.objects;

import io.github.cloudaccess.schema.CloudAccessParser;
import io.github.cloudaccess.schema.Profile;
import io.github.cloudaccess.validator.Input;
import io.github.cloudaccess.validator.live.FactsReader;
import io.github.cloudaccess.validator.reach.NetworkEvidence;
import io.github.cloudaccess.validator.reach.ReachOptions;
import io.github.cloudaccess.validator.reach.ReachSummary;
import io.github.cloudaccess.validator.reach.ReachabilityChecker;
import io.github.cloudaccess.validator.report.Reporter;
import java.util.concurrent.TimeUnit;

/**
 * The OBJ stage: reads a response's rows and checks every cloud copy its {@code cloud_access}
 * values name (checks.md 5.7), reporting into the input's report after the other stages.
 *
 * <p>The document is read a second time, on a thread of its own, while the checker works through
 * batches of references: rows stream through a bounded queue, so memory does not grow with the
 * response. One stage serves a whole run (one set of connections, one bucket region cache).
 */
public final class ObjectStage implements AutoCloseable {

  /** References waiting between the reader and the checker at most. */
  private static final int QUEUE = 4096;

  private final ReachabilityChecker checker;
  private final CloudAccessParser parser;
  private final ProgressDisplay progress;

  /**
   * @param options limits, endpoints and keys of the checks
   * @param profile the {@code cloud_access} profile the values are parsed with
   * @param progress where progress is shown
   */
  public ObjectStage(ReachOptions options, Profile profile, ProgressDisplay progress) {
    this.checker = new ReachabilityChecker(options);
    this.parser = CloudAccessParser.forProfile(profile);
    this.progress = progress;
  }

  /**
   * Checks the objects of a recorded document, which says nothing of the validator's network.
   *
   * @param input the document
   * @param reporter the input's report; called from this thread only
   * @return the summary
   */
  public ReachSummary check(Input input, Reporter reporter) {
    return check(input, reporter, NetworkEvidence.NONE);
  }

  /**
   * Checks the objects of one document and reports them, then the S-OBJ-SUMM summary.
   *
   * @param input the document (a file, or a fetched body while it exists)
   * @param reporter the input's report; called from this thread only
   * @param evidence what fetching the document showed of the validator's DNS and network
   * @return the summary
   */
  public ReachSummary check(Input input, Reporter reporter, NetworkEvidence evidence) {
    RefQueue queue = new RefQueue(QUEUE);
    Thread reader = new Thread(() -> {
      try {
        FactsReader.read(input, 0, new RowObjects(input.name(), parser, queue::put));
      } finally {
        queue.end();
      }
    }, "cav-objects-reader");
    reader.setDaemon(true);
    reader.start();
    try (ProgressDisplay.Ticker ticker = progress.start(input.name())) {
      return checker.check(queue.stream(), input.name(), reporter, ticker, evidence);
    } finally {
      queue.abandon();
      join(reader);
    }
  }

  /** Closes the checker's connections and threads. */
  @Override
  public void close() {
    checker.close();
  }

  private static void join(Thread reader) {
    try {
      // The reader stops within a queue poll once abandoned; a document cut short ends it too.
      reader.join(TimeUnit.SECONDS.toMillis(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
