package io.github.cloudaccess.validator.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Serves a recording ({@code --replay DIR}) with no network: a request gets the next unused
 * exchange recorded for the same method, URL and body hash, in recorded order; none left is a
 * {@link FailureKind#REPLAY_MISS}.
 *
 * <p>Recorded failures (timeouts included) come back as they were, with the recorded timings;
 * waits before retries take no time. Bodies are copied to temporary files under the byte cap, so
 * a replay with the recording's options gives the recording's outcomes.
 */
final class ReplayTransport implements Transport {

  private final Path dir;
  private final FetchOptions options;
  private final Map<String, Deque<String>> queues = new HashMap<>();

  ReplayTransport(Path dir, FetchOptions options) throws IOException {
    this.dir = dir;
    this.options = options;
    List<String> lines = Files.readAllLines(dir.resolve(RecordFormat.INDEX),
        StandardCharsets.UTF_8);
    for (String line : lines) {
      if (!line.isBlank()) {
        RecordFormat.IndexEntry e;
        try {
          e = RecordFormat.readIndexLine(line);
        } catch (RuntimeException ex) {
          throw new IOException("bad index line in " + dir + ": " + ex.getMessage(), ex);
        }
        queues.computeIfAbsent(e.key(), k -> new ArrayDeque<>()).add(e.meta());
      }
    }
  }

  @Override
  public synchronized Exchange exchange(WireRequest request, Duration budget) {
    String key = RecordFormat.key(request.method(), request.uri().toString(),
        request.bodySha256());
    Deque<String> queue = queues.get(key);
    String metaFile = queue == null ? null : queue.poll();
    if (metaFile == null) {
      return empty(request, Failure.of(FailureKind.REPLAY_MISS,
          "no recorded exchange left for " + FailureClassifier.printable(request.describe())));
    }
    RecordFormat.Meta meta;
    try {
      meta = RecordFormat.readMeta(dir.resolve(metaFile));
    } catch (RuntimeException e) {
      return empty(request, Failure.of(FailureKind.LOCAL_IO,
          "unreadable recording " + metaFile + ": " + e.getMessage()));
    }
    Path body = null;
    Failure failure = meta.failure();
    if (failure == null && meta.body() != null) {
      try {
        body = copy(dir.resolve(meta.body()));
        if (body == null) {
          failure = Failure.of(FailureKind.BODY_TOO_LARGE,
              "body exceeds the cap of " + options.maxBodyBytes() + " bytes");
        }
      } catch (IOException e) {
        failure = Failure.of(FailureKind.LOCAL_IO, "cannot copy recorded body: " + e.getMessage());
      }
    }
    return new Exchange(request, meta.status(), meta.headers(), body, meta.bodyBytes(),
        meta.receivedAt(), meta.headersTime(), meta.totalTime(), failure);
  }

  /** @return the copy, or {@code null} (and nothing left behind) when over the cap */
  private Path copy(Path recorded) throws IOException {
    Path out = Files.createTempFile(options.spoolDir(), "cav-", ".body");
    boolean complete = false;
    try (InputStream in = Files.newInputStream(recorded);
        OutputStream sink = Files.newOutputStream(out)) {
      byte[] buf = new byte[64 * 1024];
      long total = 0;
      boolean over = false;
      for (int n; !over && (n = in.read(buf)) > 0; ) {
        total += n;
        over = total > options.maxBodyBytes();
        if (!over) {
          sink.write(buf, 0, n);
        }
      }
      complete = !over;
    } finally {
      if (!complete) {
        Files.deleteIfExists(out);
      }
    }
    return complete ? out : null;
  }

  private static Exchange empty(WireRequest request, Failure failure) {
    return new Exchange(request, 0, Exchange.NO_HEADERS, null, 0, java.time.Instant.EPOCH, null,
        Duration.ZERO, failure);
  }

  @Override
  public void pause(Duration wait) {
    // Recorded time is accounted by the fetcher; replay does not sleep.
  }

  /** @return false: a replay resolves no name, so it shows nothing of the network */
  @Override
  public boolean networked() {
    return false;
  }
}
