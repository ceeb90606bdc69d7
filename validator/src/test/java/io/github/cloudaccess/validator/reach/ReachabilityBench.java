package io.github.cloudaccess.validator.reach;

import io.github.cloudaccess.schema.Access;
import io.github.cloudaccess.validator.report.Finding;
import io.github.cloudaccess.validator.report.Reporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark (not a test): N public objects in an in-process s3proxy, the checker over N
 * references, once with one HEAD per object and once with listing; prints objects per second,
 * request counts and latency percentiles. Run by {@code bench/reachability/run.sh}.
 *
 * <p>Arguments: {@code [objects=10000] [concurrency=16] [perHost=16] [rounds=2]}.
 */
public final class ReachabilityBench {

  private ReachabilityBench() {}

  /**
   * @param args objects, concurrency, per-host limit, rounds
   * @throws Exception when s3proxy does not start
   */
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    int perHost = args.length > 2 ? Integer.parseInt(args[2]) : 16;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 2;

    try {
      bench(n, concurrency, perHost, rounds);
    } finally {
      System.exit(0); // s3proxy's threads are not daemons
    }
  }

  private static void bench(int n, int concurrency, int perHost, int rounds) throws Exception {
    S3Store s3 = S3Store.get();
    String bucket = "bench-objects";
    s3.bucket(bucket, true, "us-east-1");
    long fill = System.nanoTime();
    List<ObjectRef> refs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String key = String.format(Locale.ROOT, "survey/%03d/img-%06d.fits", i / 1000, i);
      s3.put(bucket, key, Refs.bytes(1024 + i % 97, i), true, "application/fits");
      refs.add(Refs.aws(i + 1, bucket, key, "us-east-1", Access.OPEN)
          .withContentLength(1024 + i % 97));
    }
    System.out.printf(Locale.ROOT, "stored %d objects in %.1f s%n", n,
        (System.nanoTime() - fill) / 1e9);

    ReachOptions base = s3.options().withMaxObjects(Math.max(n, 1))
        .withBatchSize(Math.max(n, 1)).withConcurrency(concurrency, perHost);
    run("warm-up (HEAD, 1000 refs)", base.withListing(ListingMode.NEVER),
        refs.subList(0, Math.min(1000, n)));
    for (int r = 1; r <= rounds; r++) {
      run("round " + r + " HEAD only", base.withListing(ListingMode.NEVER), refs);
      run("round " + r + " listing", base.withListing(ListingMode.AUTO), refs);
    }
  }

  private static void run(String label, ReachOptions options, List<ObjectRef> refs) {
    AtomicLong findings = new AtomicLong();
    Reporter counting = new Reporter() {
      @Override
      public void report(Finding finding) {
        if (finding.position().row() > 0) {
          findings.incrementAndGet();
        }
      }
    };
    ReachSummary s;
    try (ReachabilityChecker checker = new ReachabilityChecker(options)) {
      s = checker.check(refs.stream(), "bench", counting);
    }
    System.out.printf(Locale.ROOT, "%-26s %7.0f objects/s  %6d requests %s  p50 %.2f ms  "
            + "p90 %.2f ms  p99 %.2f ms  found %d  findings %d  %.2f s%n", label,
        s.objectsPerSecond(), s.totalRequests(), s.requests(), s.p50().toNanos() / 1e6,
        s.p90().toNanos() / 1e6, s.p99().toNanos() / 1e6, s.found(), findings.get(),
        s.elapsed().toNanos() / 1e9);
  }
}
