package io.github.cloudaccess.client.cli;

import io.github.cloudaccess.client.ProgressListener;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** One terminal progress bar per file being written; only used when attached to a console. */
final class ProgressBars implements ProgressListener {

  private final java.io.PrintStream stream;
  private final Map<String, ProgressBar> bars = new ConcurrentHashMap<>();

  ProgressBars(PrintWriter err) {
    this.stream = new java.io.PrintStream(new java.io.OutputStream() {
      @Override
      public void write(int b) {
        err.write(b);
      }

      @Override
      public void flush() {
        err.flush();
      }
    }, true, java.nio.charset.StandardCharsets.UTF_8);
  }

  @Override
  public void onBytes(String fileName, long done, long total) {
    ProgressBar bar = bars.computeIfAbsent(fileName, n -> new ProgressBarBuilder()
        .setTaskName(n.length() > 24 ? n.substring(0, 21) + "..." : n)
        .setInitialMax(total)
        .setUnit("MiB", 1L << 20)
        .showSpeed()
        .setConsumer(new ConsoleProgressBarConsumer(stream))
        .build());
    if (total > 0 && bar.getMax() != total) {
      bar.maxHint(total);
    }
    bar.stepTo(done);
  }

  void closeAll() {
    bars.values().forEach(ProgressBar::close);
    bars.clear();
  }
}
