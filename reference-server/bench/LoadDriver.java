import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load driver for the reference server (run as a single-file program:
 * {@code java LoadDriver.java <base-url> <clients> <seconds> <warmup-seconds>}).
 *
 * <p>Each client is a thread with its own keep-alive HTTP/1.1 connection that sends SIA 2.0
 * queries answering 100 rows, one after another, for a bounded time. A response counts as an
 * error unless it is HTTP 200, ends with {@code </VOTABLE>} and holds exactly 100 rows. Prints
 * requests per second, p50/p90/p99/max latency and the error count; exits 1 if any error.
 */
public final class LoadDriver {

  private static final String[] QUERIES = {
      "/sia2/query?MAXREC=100",
      "/sia2/query?MAXREC=100&BAND=-Inf%20%2BInf",
      "/sia2/query?MAXREC=100&POS=RANGE%200%20360%20-90%2090",
      "/sia2/query?MAXREC=100&TIME=50000%2070000&CA_ENCODING=cdata",
  };
  private static final int ROWS = 100;

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int clients = Integer.parseInt(args[1]);
    int seconds = Integer.parseInt(args[2]);
    int warmup = Integer.parseInt(args[3]);
    long warmEnd = System.nanoTime() + warmup * 1_000_000_000L;
    long end = warmEnd + seconds * 1_000_000_000L;
    AtomicLong errors = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    List<long[]> perThread = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      long[] latencies = new long[2_000_000];
      perThread.add(latencies);
      int id = c;
      Thread t = new Thread(() -> run(base, id, warmEnd, end, latencies, errors, bytes));
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    long[] all = perThread.stream().flatMapToLong(a -> Arrays.stream(a).filter(x -> x > 0))
        .sorted().toArray();
    double rps = all.length / (double) seconds;
    System.out.printf(Locale.ROOT,
        "clients %d, %d s (after %d s warm-up): %d requests, %.0f req/s, %.1f MB/s,"
            + " latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms, errors %d%n",
        clients, seconds, warmup, all.length, rps, bytes.get() / 1e6 / seconds,
        pct(all, 0.50), pct(all, 0.90), pct(all, 0.99),
        all.length == 0 ? 0 : all[all.length - 1] / 1e6, errors.get());
    System.exit(errors.get() == 0 && all.length > 0 ? 0 : 1);
  }

  private static void run(String base, int id, long warmEnd, long end, long[] latencies,
      AtomicLong errors, AtomicLong bytes) {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    int n = 0;
    int q = id;
    while (System.nanoTime() < end && n < latencies.length) {
      HttpRequest req = HttpRequest.newBuilder(URI.create(base + QUERIES[q++ % QUERIES.length]))
          .timeout(Duration.ofSeconds(30)).GET().build();
      long t0 = System.nanoTime();
      boolean ok;
      int size = 0;
      try {
        HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString());
        String body = r.body();
        size = body.length();
        ok = r.statusCode() == 200 && body.endsWith("</VOTABLE>\n") && rows(body) == ROWS;
      } catch (Exception e) {
        ok = false;
      }
      long t1 = System.nanoTime();
      if (t0 >= warmEnd && t1 <= end) {
        latencies[n++] = t1 - t0;
        bytes.addAndGet(size);
        if (!ok) {
          errors.incrementAndGet();
        }
      }
    }
  }

  private static int rows(String body) {
    int count = 0;
    for (int i = body.indexOf("<TR>"); i >= 0; i = body.indexOf("<TR>", i + 4)) {
      count++;
    }
    return count;
  }

  private static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1e6;
  }
}
