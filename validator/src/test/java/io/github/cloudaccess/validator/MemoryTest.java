package io.github.cloudaccess.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bounded memory: a 1,000,000-row SIA 2.0 TABLEDATA response (about 740 MB, entity-escaped
 * cloud_access in every row) is validated in a child JVM limited to a 256 MB heap.
 */
class MemoryTest {

  private static final long ROWS = 1_000_000;

  @Test
  @Timeout(value = 170, unit = TimeUnit.SECONDS)
  void aMillionRowsInA256MegabyteHeap(@TempDir Path dir) throws IOException,
      InterruptedException {
    Path file = dir.resolve("million.xml");
    LargeSia2Response.write(file, ROWS);
    try {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process p = new ProcessBuilder(List.of(java, "-Xmx256m", "-cp",
          System.getProperty("java.class.path"), MemoryMain.class.getName(), file.toString()))
          .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(
              new File("/dev/null").exists() ? new File("/dev/null") : file.toFile()))
          .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(150, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(out).isZero();
      assertThat(out).as(out).contains("rows=" + ROWS + " cloud=" + ROWS + " E=0 ")
          .contains(" F=0 ");
      Matcher peak = Pattern.compile("peakKiB=(-?\\d+)").matcher(out);
      assertThat(peak.find()).as(out).isTrue();
      long kib = Long.parseLong(peak.group(1));
      if (kib > 0) {
        assertThat(kib).as("peak resident memory, KiB").isLessThan(512 * 1024);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
