package io.github.cloudaccess.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.client.fixtures.Bytes;
import io.github.cloudaccess.client.fixtures.StallingServer;
import io.github.cloudaccess.client.fixtures.Votables;
import io.github.cloudaccess.client.record.ProductRecord;
import io.github.cloudaccess.client.transfer.AttemptOutcome;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A download stopped half-way (thread interrupted, future cancelled, or the whole process
 * killed) never leaves a partial file under the target name, and the next run removes the
 * temporary file a killed process left behind.
 */
class InterruptionTest {

  private static final int SIZE = 2_000_000;
  private static final int SENT = 1_000_000;
  // the writer holds back at most one 256 KiB buffer: this much must be on disk before the stop
  private static final int ON_DISK = 600_000;
  private static StallingServer server;
  private static byte[] body;

  @TempDir Path dir;

  @BeforeAll
  static void start() throws IOException {
    server = new StallingServer();
    body = Bytes.random(SIZE, 42);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static DownloadOptions options() {
    // long stall timeout: only the interruption may end these downloads
    return DownloadOptions.builder().timeouts(Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofSeconds(30))
        .build();
  }

  private List<Path> parts() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith(".x.fits.part-")).toList();
    }
  }

  private void awaitPartialTemp() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      List<Path> p = parts();
      if (!p.isEmpty() && Files.size(p.get(0)) >= ON_DISK) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no partial temporary file appeared");
  }

  @Test
  void interruptedThreadLeavesNoFile() throws Exception {
    URI url = server.serve("/interrupt/x.fits", body, SENT);
    AtomicReference<DownloadResult> result = new AtomicReference<>();
    try (CloudAccessClient c = new CloudAccessClient(options())) {
      Thread t = new Thread(() -> {
        try {
          result.set(c.download(ProductRecord.of(0, null, url.toString()), dir));
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      });
      t.start();
      awaitPartialTemp();
      t.interrupt();
      t.join(5_000);
      assertThat(t.isAlive()).isFalse();
    }
    assertThat(result.get().status()).isEqualTo(DownloadStatus.FAILED);
    assertThat(result.get().attempts()).extracting(Attempt::outcome).containsExactly(AttemptOutcome.INTERRUPTED);
    assertThat(dir.resolve("x.fits")).doesNotExist();
    assertThat(parts()).isEmpty();
  }

  @Test
  void cancelledFutureLeavesNoFile() throws Exception {
    URI url = server.serve("/cancel/x.fits", body, SENT);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (CloudAccessClient c = new CloudAccessClient(options())) {
      Future<DownloadResult> f = pool.submit(() -> c.download(ProductRecord.of(0, null, url.toString()), dir));
      awaitPartialTemp();
      f.cancel(true);
      pool.shutdown();
      assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    } finally {
      pool.shutdownNow();
    }
    assertThat(dir.resolve("x.fits")).doesNotExist();
    assertThat(parts()).isEmpty();
  }

  @Test
  void killedProcessLeavesOnlyTheTempFileAndTheNextRunRemovesIt() throws Exception {
    URI stalled = server.serve("/kill/x.fits", body, SENT);
    Path votable = dir.resolve("..").resolve(dir.getFileName() + "-query.xml").normalize();
    Files.writeString(votable, Votables.discovery().row("ivo://x", stalled.toString(), "application/fits", null, null).xml());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        "io.github.cloudaccess.client.cli.Main", "fetch", votable.toString(), "--out", dir.toString(),
        "--no-progress", "--timeout", "60")
        .redirectErrorStream(true).redirectOutput(new File(dir.toFile(), "..").toPath()
            .resolve(dir.getFileName() + "-child.log").toFile())
        .start();
    try {
      awaitPartialTemp();
    } finally {
      p.destroyForcibly();
      assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(dir.resolve("x.fits")).doesNotExist();
    assertThat(parts()).hasSize(1);

    /* The next run: a fresh client, another copy of the same file, served completely. */
    Thread.sleep(20);
    URI good = server.serve("/good/x.fits", body, -1);
    try (CloudAccessClient c = new CloudAccessClient(options())) {
      DownloadResult r = c.download(ProductRecord.of(0, null, good.toString()), dir);
      assertThat(r.status()).isEqualTo(DownloadStatus.DOWNLOADED);
      assertThat(c.staleTempsRemoved(dir)).isEqualTo(1);
    }
    assertThat(parts()).isEmpty();
    assertThat(Files.readAllBytes(dir.resolve("x.fits"))).isEqualTo(body);
  }
}
