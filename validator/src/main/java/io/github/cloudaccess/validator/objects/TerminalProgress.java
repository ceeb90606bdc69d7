package io.github.cloudaccess.validator.objects;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on the terminal's standard error: objects settled, rate and elapsed time. The
 * total is unknown while the document is still being read, so the bar counts without a goal.
 */
public final class TerminalProgress implements ProgressDisplay {

  private final PrintStream stream;

  /** @param stream the terminal (standard error, so reports on standard output stay clean) */
  public TerminalProgress(PrintStream stream) {
    this.stream = stream;
  }

  @Override
  public Ticker start(String source) {
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName("objects")
        .setInitialMax(-1)
        .setUnit(" obj", 1)
        .showSpeed()
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(stream))
        .setUpdateIntervalMillis(250)
        .build();
    return new Ticker() {
      @Override
      public void accept(long done) {
        bar.stepBy(done);
      }

      @Override
      public void close() {
        bar.close();
      }
    };
  }
}
