package io.github.cloudaccess.client;

import io.github.cloudaccess.client.plan.LocalNames;
import io.github.cloudaccess.client.plan.Plan;
import io.github.cloudaccess.client.plan.Planner;
import io.github.cloudaccess.client.record.ProductRecord;
import io.github.cloudaccess.client.store.StaleTemps;
import io.github.cloudaccess.client.store.TargetDirectory;
import io.github.cloudaccess.client.store.TempFile;
import io.github.cloudaccess.client.transfer.Fetchers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The client's entry point: plans the access routes of a record and downloads its file safely
 * into a directory (the Java counterpart of fornax's {@code download_file(record, 'aws')}).
 *
 * <p>Thread-safe. The first use of a target directory deletes the stale temporary files of
 * earlier, interrupted runs (see {@link StaleTemps}).
 */
public final class CloudAccessClient implements AutoCloseable {

  private final DownloadOptions options;
  private final Planner planner;
  private final Fetchers fetchers;
  private final RouteRunner runner;
  private final Instant runStart = Instant.now();
  private final Map<Path, Integer> swept = new ConcurrentHashMap<>();

  /** @param options the configuration */
  public CloudAccessClient(DownloadOptions options) {
    this.options = options;
    this.planner = new Planner(options.planOptions());
    this.fetchers = new Fetchers(options.transferSettings(), options.s3Settings(), options.blobEndpoints(),
        options.sslContext().orElse(null));
    this.runner = new RouteRunner(fetchers, options);
  }

  /** @return the configuration */
  public DownloadOptions options() {
    return options;
  }

  /** @return the transports (for fetching VOTable documents with the same safety rules) */
  public Fetchers fetchers() {
    return fetchers;
  }

  /**
   * @param record a record
   * @return its ordered routes and skipped locations
   */
  public Plan plan(ProductRecord record) {
    return planner.plan(record.cloudAccess().orElse(null), record.accessUrl().orElse(null),
        record.accessUrlIsDataLink());
  }

  /**
   * Downloads one record's file into {@code dir}, named after the plan's local name (or
   * {@code row-<index>} when none can be derived).
   *
   * @param record the record
   * @param dir the target directory (created when missing)
   * @return what happened
   * @throws IOException when the directory cannot be created or listed
   */
  public DownloadResult download(ProductRecord record, Path dir) throws IOException {
    return download(record, dir, null);
  }

  /**
   * @param record the record
   * @param dir the target directory
   * @param localName the file name to use instead of the derived one (sanitised again), or null
   * @return what happened
   * @throws IOException when the directory cannot be created or listed
   */
  public DownloadResult download(ProductRecord record, Path dir, String localName) throws IOException {
    TargetDirectory target = prepare(dir);
    Plan plan = plan(record);
    String name = localName == null ? defaultName(record, plan)
        : LocalNames.sanitise(localName).orElseThrow(() -> new IllegalArgumentException("unusable file name"));
    return runner.run(record, plan, target, name, true);
  }

  /**
   * Downloads many records with at most {@link DownloadOptions#concurrency()} at a time. Records
   * whose derived names collide get {@code row<index>-} prefixed names (all but the first).
   *
   * @param records the records
   * @param dir the target directory
   * @return one result per record, in input order
   * @throws IOException when the directory cannot be prepared
   * @throws InterruptedException when interrupted while waiting (running downloads are cancelled)
   */
  public List<DownloadResult> downloadAll(List<ProductRecord> records, Path dir)
      throws IOException, InterruptedException {
    TargetDirectory target = prepare(dir);
    Map<String, Integer> used = new HashMap<>();
    List<Future<DownloadResult>> futures = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.concurrency(), Math.max(1, records.size())));
    try {
      for (ProductRecord r : records) {
        Plan plan = plan(r);
        String name = defaultName(r, plan);
        if (used.merge(name, 1, Integer::sum) > 1) {
          name = "row" + r.index() + "-" + name;
        }
        String n = name;
        // One directory fsync for the whole batch, after the last rename (see README, Safety).
        futures.add(pool.submit(() -> runner.run(r, plan, target, n, false)));
      }
      List<DownloadResult> out = new ArrayList<>();
      for (Future<DownloadResult> f : futures) {
        try {
          out.add(f.get());
        } catch (ExecutionException e) {
          throw new IllegalStateException("download task failed unexpectedly", e.getCause());
        }
      }
      TempFile.syncDirectory(target.path());
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * @param dir a target directory
   * @return how many stale temporary files the first use of {@code dir} removed
   */
  public int staleTempsRemoved(Path dir) {
    try {
      return swept.getOrDefault(dir.toRealPath(), 0);
    } catch (IOException e) {
      return 0;
    }
  }

  private TargetDirectory prepare(Path dir) throws IOException {
    TargetDirectory t = new TargetDirectory(dir);
    try {
      swept.computeIfAbsent(t.path(), p -> {
        try {
          return StaleTemps.clean(p, runStart);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return t;
  }

  private static String defaultName(ProductRecord r, Plan plan) {
    return plan.localName().orElse("row-" + r.index());
  }

  @Override
  public void close() {
    fetchers.close();
  }
}
