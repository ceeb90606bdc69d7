package io.github.cloudaccess.validator.objects;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.schema.Profile;
import io.github.cloudaccess.validator.CollectingReporter;
import io.github.cloudaccess.validator.LargeSia2Response;
import io.github.cloudaccess.validator.PathInput;
import io.github.cloudaccess.validator.reach.Endpoints;
import io.github.cloudaccess.validator.reach.ReachOptions;
import io.github.cloudaccess.validator.reach.ReachSummary;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The OBJ stage's reading side: rows stream to the checker, bounded, and progress is told. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ObjectStageTest {

  @Test
  void aLargeResponseIsReadToItsEndButOnlyMaxObjectsAreChecked(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("large.xml");
    LargeSia2Response.write(file, 50_000);
    AtomicLong ticks = new AtomicLong();
    ProgressDisplay counting = source -> new ProgressDisplay.Ticker() {
      @Override
      public void accept(long done) {
        ticks.addAndGet(done);
      }

      @Override
      public void close() { }
    };
    CollectingReporter reporter = new CollectingReporter();
    ReachSummary summary;
    try (ObjectStage stage = new ObjectStage(options(closedPort()).withMaxObjects(25),
        Profile.LENIENT, counting)) {
      summary = stage.check(PathInput.of(file), reporter);
    }
    assertThat(summary.seen()).as("every row was read, none kept").isEqualTo(50_000);
    assertThat(summary.selected()).isEqualTo(25);
    assertThat(ticks.get()).isEqualTo(25);
    // The store refuses every connection: could not test, never an error about the service.
    assertThat(reporter.tokens()).contains("F-OBJ-NETX", "S-OBJ-SUMM")
        .noneMatch(t -> t.startsWith("E-"));
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(t -> t.getName().equals("cav-objects-reader"));
  }

  @Test
  void theTerminalBarCountsObjects() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (ProgressDisplay.Ticker ticker = new TerminalProgress(stream).start("x.xml")) {
      ticker.accept(3);
      ticker.accept(4);
    }
    // The bar redraws itself after carriage returns; the last frame counts 3 + 4 settled, of
    // an unknown total ("7/?"), so that elapsed times and rates cannot match by chance.
    String[] frames = bytes.toString(StandardCharsets.UTF_8).strip().split("\r");
    assertThat(frames[frames.length - 1].strip()).startsWith("objects").contains(" 7/? obj ");
  }

  private static ReachOptions options(URI s3) {
    return ReachOptions.defaults()
        .withEndpoints(Endpoints.publicCloud().withS3(s3, true))
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))
        .withRetries(0, Duration.ZERO);
  }

  private static URI closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }
  }
}
