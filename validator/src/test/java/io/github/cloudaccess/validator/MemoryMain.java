package io.github.cloudaccess.validator;

import io.github.cloudaccess.validator.report.Finding;
import io.github.cloudaccess.validator.report.Reporter;
import io.github.cloudaccess.validator.report.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Validates one file and prints counts, the elapsed time and the process's peak resident memory
 * (from /proc): run in a child JVM by the memory test, and by hand for profiling.
 */
public final class MemoryMain {

  private MemoryMain() {}

  /**
   * @param args one file
   * @throws IOException when /proc cannot be read
   */
  public static void main(String[] args) throws IOException {
    Map<Severity, AtomicLong> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, new AtomicLong());
    }
    Reporter reporter = (Finding f) -> counts.get(f.severity()).incrementAndGet();
    long t0 = System.nanoTime();
    InputSummary s = new Validator(ValidatorOptions.defaults())
        .validate(PathInput.of(Path.of(args[0])), reporter);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.println("rows=" + s.rows() + " cloud=" + s.rowsWithCloudAccess() + " E="
        + counts.get(Severity.ERROR) + " W=" + counts.get(Severity.WARNING) + " F="
        + counts.get(Severity.FAILURE) + " providers=" + s.providers() + " ms=" + ms
        + " peakKiB=" + peakKib());
  }

  private static long peakKib() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return -1;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }
}
