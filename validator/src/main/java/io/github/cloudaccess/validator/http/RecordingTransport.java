package io.github.cloudaccess.validator.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * Writes every exchange of another transport to a directory ({@code --record DIR}), failures
 * included, so that {@link ReplayTransport} can serve them again without network.
 *
 * <p>Each exchange is complete on disk (body, then metadata, then its index line) before it is
 * returned, so a run stopped halfway leaves a usable recording of what it did.
 */
final class RecordingTransport implements Transport {

  private final Transport delegate;
  private final Path dir;
  private int seq;

  RecordingTransport(Transport delegate, Path dir) throws IOException {
    this.delegate = delegate;
    this.dir = dir;
    Files.createDirectories(dir);
    if (Files.exists(dir.resolve(RecordFormat.INDEX))) {
      throw new IOException("directory already holds a recording: " + dir);
    }
    Files.createFile(dir.resolve(RecordFormat.INDEX));
  }

  @Override
  public Exchange exchange(WireRequest request, Duration budget) {
    Exchange ex = delegate.exchange(request, budget);
    synchronized (this) {
      int n = ++seq;
      try {
        String bodyFile = null;
        if (ex.body() != null) {
          bodyFile = RecordFormat.bodyName(n);
          Files.copy(ex.body(), dir.resolve(bodyFile));
        }
        Files.writeString(dir.resolve(RecordFormat.metaName(n, request.method())),
            RecordFormat.meta(n, ex, bodyFile), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(RecordFormat.INDEX),
            RecordFormat.indexLine(n, request) + "\n", StandardCharsets.UTF_8,
            StandardOpenOption.APPEND);
        return ex;
      } catch (IOException | RuntimeException e) {
        // An incomplete recording would replay differently: fail the exchange instead.
        ex.deleteBody();
        return new Exchange(request, ex.status(), ex.headers(), null, ex.bodyBytes(),
            ex.receivedAt(), ex.headersTime(), ex.totalTime(),
            Failure.of(FailureKind.LOCAL_IO, "cannot record the exchange: " + e.getMessage()));
      }
    }
  }

  @Override
  public void pause(Duration wait) throws InterruptedException {
    delegate.pause(wait);
  }

  @Override
  public boolean networked() {
    return delegate.networked();
  }

  @Override
  public void close() {
    delegate.close();
  }
}
