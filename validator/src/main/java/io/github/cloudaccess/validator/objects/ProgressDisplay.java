package io.github.cloudaccess.validator.objects;

import java.util.function.LongConsumer;

/**
 * Shows how far an object check has got; the command uses a progress bar on a terminal and
 * {@link #NONE} everywhere else (pipes, files, CI logs).
 */
public interface ProgressDisplay {

  /** Shows nothing. */
  ProgressDisplay NONE = source -> new Ticker() {
    @Override
    public void accept(long done) { }

    @Override
    public void close() { }
  };

  /**
   * @param source the input whose objects are checked
   * @return the display of this check, told of each object settled; closed at the end
   */
  Ticker start(String source);

  /** The display of one check: {@link #accept} adds settled objects (from any thread). */
  interface Ticker extends LongConsumer, AutoCloseable {
    @Override
    void close();
  }
}
