package io.github.cloudaccess.validator.reach;

import io.github.cloudaccess.schema.Access;
import io.github.cloudaccess.validator.LargeSia2Response;
import io.github.cloudaccess.validator.cli.Main;
import io.github.cloudaccess.validator.report.Finding;
import io.github.cloudaccess.validator.report.Reporter;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Benchmark (not a test): N public objects in an in-process s3proxy, the checker over N
 * references, once with one HEAD per object and once with listing; prints objects per second,
 * request counts and latency percentiles; then the whole command over an N-row SIA 2.0 response
 * naming those objects (and an on-prem copy of each), HEAD against listing, with and without
 * the default on-prem comparison. Run by {@code bench/reachability/run.sh}.
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
      String key = key(i);
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
    command(s3, bucket, n, concurrency, rounds);
  }

  /**
   * The command over an n-row SIA 2.0 response whose rows name the stored objects and an
   * on-prem copy of each on a local HTTP server: HEAD only against listing, with no row compared
   * with access_url and with the default compare limit.
   */
  private static void command(S3Store s3, String bucket, int n, int concurrency, int rounds)
      throws Exception {
    Path dir = Files.createTempDirectory("reach-bench");
    Path file = dir.resolve("sia2-" + n + ".xml");
    try (PremServer prem = new PremServer()) {
      for (int i = 0; i < n; i++) {
        prem.put("/files/" + name(i), Refs.bytes(1024 + i % 97, i));
      }
      LargeSia2Response.write(file, n, row -> {
        int i = (int) row - 1;
        return new LargeSia2Response.Row(prem.url("/files/" + name(i)), 1,
            "{\"aws\": [{\"bucket_name\": \"" + bucket + "\", \"key\": \"" + key(i)
                + "\", \"region\": \"us-east-1\", \"access\": \"open\"}]}");
      });
      System.out.printf(Locale.ROOT, "command over a %d-row response (%d MB), concurrency %d%n",
          n, Files.size(file) >> 20, concurrency);
      for (int r = 1; r <= rounds; r++) {
        for (String compare : List.of("0", Integer.toString(ReachOptions.DEFAULT_COMPARE))) {
          for (String listing : List.of("never", "auto")) {
            commandRun("round " + r + " --compare " + compare + " --listing " + listing, file,
                s3, concurrency, compare, listing);
          }
        }
      }
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  private static void commandRun(String label, Path file, S3Store s3, int concurrency,
      String compare, String listing) throws Exception {
    StringWriter out = new StringWriter();
    long t0 = System.nanoTime();
    int status = new Main(new PrintWriter(out), new PrintWriter(new StringWriter()),
        InputStream.nullInputStream(), Map.of()).run(new String[] {file.toString(),
            "--reachability", "--s3-endpoint", s3.endpoint().toString(), "--format", "json",
            "--concurrency", Integer.toString(concurrency), "--compare", compare,
            "--listing", listing});
    double s = (System.nanoTime() - t0) / 1e9;
    JsonNode input = new ObjectMapper().readTree(out.toString()).get("inputs").get(0);
    JsonNode o = input.get("summary").get("objects");
    long requests = 0;
    for (JsonNode v : o.get("requests")) {
      requests += v.asLong();
    }
    long errors = 0;
    for (JsonNode f : input.get("findings")) {
      errors += f.get("code").asString().startsWith("E-") ? 1 : 0;
    }
    System.out.printf(Locale.ROOT, "%-44s %6.0f objects/s  %6d requests %s  listed %d  "
            + "compared %d  found %d  E findings %d  exit %d  whole command %.2f s%n", label,
        o.get("selected").asLong() / s, requests, o.get("requests"), o.get("listed").asLong(),
        o.get("compared").asLong(), o.get("found").asLong(), errors, status, s);
  }

  private static String key(int i) {
    return String.format(Locale.ROOT, "survey/%03d/%s", i / 1000, name(i));
  }

  private static String name(int i) {
    return String.format(Locale.ROOT, "img-%06d.fits", i);
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
