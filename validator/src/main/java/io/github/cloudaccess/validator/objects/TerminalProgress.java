package io.github.cloudaccess.validator.objects;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on the terminal: objects settled, rate and elapsed time. The total is unknown
 * while the document is still being read, so the bar counts without a goal.
 */
public final class TerminalProgress implements ProgressDisplay {

  private final PrintStream stream;

  /** @param stream the terminal (never standard output, so reports stay clean) */
  public TerminalProgress(PrintStream stream) {
    this.stream = stream;
  }

  /**
   * The bar on the controlling terminal itself ({@code /dev/tty}) where there is one, else on
   * standard error. Rationale: the JDK can tell only that standard input and output are a
   * terminal ({@code System.console()}); with {@code 2> log} the frames would otherwise end up
   * in the log.
   *
   * @return the display
   */
  public static TerminalProgress onConsole() {
    try {
      // Left open for the life of the process, like System.err.
      return new TerminalProgress(new PrintStream(new FileOutputStream("/dev/tty"), true,
          StandardCharsets.UTF_8));
    } catch (IOException | SecurityException e) {
      return new TerminalProgress(System.err);
    }
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
