package io.github.cloudaccess.validator.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Exchanges on the network with {@code java.net.http.HttpClient}: HTTP/1.1 only, no redirects,
 * no cookies, no authenticator; bodies streamed to temporary files under the byte cap; idle and
 * whole-request timeouts enforced by a {@link Watchdog}.
 *
 * <p>Rationale for HTTP/1.1: the HTTP/2 upgrade turns server faults into opaque protocol errors,
 * and IVOA services speak HTTP/1.1 anyway.
 */
final class LiveTransport implements Transport {

  /** Extra wait past the budget before giving up on the client's own completion. */
  private static final long GRACE_MILLIS = 2_000;

  private final FetchOptions options;
  private final ExecutorService pool;
  private final HttpClient client;
  private final Watchdog watchdog = new Watchdog();

  LiveTransport(FetchOptions options) {
    this.options = options;
    AtomicInteger n = new AtomicInteger();
    this.pool = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "cav-http-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    // No cookieHandler and no authenticator: the validator never replays state or credentials.
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(options.connectTimeout())
        .executor(pool)
        .build();
  }

  @Override
  public Exchange exchange(WireRequest request, Duration budget) {
    long start = System.nanoTime();
    Instant startedAt = Instant.now();
    Path file;
    try {
      file = Files.createTempFile(options.spoolDir(), "cav-", ".body");
    } catch (IOException e) {
      return failed(request, start, startedAt,
          Failure.of(FailureKind.LOCAL_IO, "cannot create a temporary file: " + e.getMessage()));
    }
    HttpRequest httpRequest;
    try {
      httpRequest = build(request, budget);
    } catch (IllegalArgumentException e) {
      delete(file);
      // Only a server-supplied Location can get here: callers' URLs and headers are checked.
      return failed(request, start, startedAt, Failure.of(FailureKind.REDIRECT_INVALID,
          "URL not usable by an HTTP client: " + FailureClassifier.printable(e.getMessage())));
    }
    return run(request, httpRequest, file, budget, start);
  }

  private Exchange run(WireRequest request, HttpRequest httpRequest, Path file, Duration budget,
      long start) {
    Activity activity = new Activity(start);
    ExchangeState state = new ExchangeState(activity);
    CompletableFuture<HttpResponse<Path>> future = client.sendAsync(httpRequest, info -> {
      FileBodySubscriber sub = new FileBodySubscriber(file, options.maxBodyBytes(),
          declaredLength(info.headers()), activity);
      if (conflictingLengths(info.headers())) {
        sub.abort(Failure.of(FailureKind.PROTOCOL, "conflicting Content-Length headers"));
      }
      state.attach(info, sub);
      return sub;
    });
    CompletableFuture<Void> done = new CompletableFuture<>();
    future.whenComplete((r, t) -> done.complete(null));
    ScheduledFuture<?> tick = watchdog.watch(activity, options.idleTimeout(), budget, f -> {
      if (state.expire(f)) {
        future.cancel(true);
        done.complete(null);
      }
    });

    /* Wait, then settle the outcome: a timeout first, then the client's own completion. */
    Failure failure = await(done, budget, future);
    tick.cancel(false);
    FileBodySubscriber body = state.body();
    if (body != null) {
      body.close();
    }
    if (state.expired() != null) {
      failure = state.expired();
    } else if (failure == null && future.isCompletedExceptionally()) {
      failure = outcomeOf(future, body);
    }
    HttpResponse.ResponseInfo info = state.head();
    int status = info == null ? 0 : info.statusCode();
    HttpHeaders headers = info == null ? Exchange.NO_HEADERS : info.headers();
    long count = body == null ? 0 : body.count();
    Duration total = Duration.ofNanos(System.nanoTime() - start);
    if (failure != null) {
      delete(file);
    }
    return new Exchange(request, status, headers, failure == null ? file : null, count,
        state.receivedAt(), state.headersTime(), total, failure);
  }

  /** Waits for the exchange; the watchdog ends it by the budget, the grace is a safety net. */
  private static Failure await(CompletableFuture<Void> done, Duration budget,
      CompletableFuture<?> future) {
    try {
      done.get(budget.toMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
      return null;
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      return Failure.of(FailureKind.INTERRUPTED, "interrupted while waiting for the response");
    } catch (TimeoutException | ExecutionException e) {
      future.cancel(true);
      return Failure.of(FailureKind.TOTAL_TIMEOUT,
          "no complete response within " + budget.toMillis() + " ms");
    }
  }

  private static Failure outcomeOf(CompletableFuture<HttpResponse<Path>> future,
      FileBodySubscriber body) {
    try {
      future.getNow(null);
      return null;
    } catch (CompletionException e) {
      return FailureClassifier.classify(e.getCause(), body != null,
          body == null ? 0 : body.count(), body == null ? -1 : body.declared());
    } catch (CancellationException e) {
      return Failure.of(FailureKind.INTERRUPTED, "exchange cancelled");
    }
  }

  private HttpRequest build(WireRequest request, Duration budget) {
    HttpRequest.Builder b = HttpRequest.newBuilder(request.uri())
        .timeout(budget.plusMillis(GRACE_MILLIS / 2))
        .expectContinue(false);
    request.headers().forEach(b::header);
    if (request.method() == Method.POST) {
      String form = request.body() == null ? "" : request.body();
      b.POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
    } else {
      b.GET();
    }
    return b.build();
  }

  /** @return the single Content-Length, or -1 when absent or unparsable */
  static long declaredLength(HttpHeaders headers) {
    List<String> values = headers.allValues("content-length");
    if (values.isEmpty()) {
      return -1;
    }
    try {
      return Long.parseLong(values.get(0).trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static boolean conflictingLengths(HttpHeaders headers) {
    return headers.allValues("content-length").stream().map(String::trim).distinct().count() > 1;
  }

  private Exchange failed(WireRequest request, long start, Instant at, Failure failure) {
    return new Exchange(request, 0, Exchange.NO_HEADERS, null, 0, at, null,
        Duration.ofNanos(System.nanoTime() - start), failure);
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Left to the OS's temp cleaning; nothing to report.
    }
  }

  @Override
  public void pause(Duration wait) throws InterruptedException {
    Thread.sleep(wait.toMillis());
  }

  @Override
  public void close() {
    watchdog.close();
    pool.shutdownNow();
  }
}
