package io.github.cloudaccess.validator.reach;

import io.github.cloudaccess.schema.Access;
import io.github.cloudaccess.schema.AwsLocation;
import io.github.cloudaccess.validator.http.FetchOptions;
import io.github.cloudaccess.validator.http.HttpFetcher;
import io.github.cloudaccess.validator.http.Transport;
import io.github.cloudaccess.validator.report.Finding;
import io.github.cloudaccess.validator.report.Position;
import io.github.cloudaccess.validator.report.Reporter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * Checks that the cloud copies named by {@code cloud_access} values exist, are readable as their
 * access class says, sit in the declared region, and agree with the on-prem copy (checks.md 5.7,
 * area OBJ).
 *
 * <p>References are taken in batches; per batch: each new S3 bucket is learnt once (HeadBucket),
 * groups of keys that need existence and size only are settled by listing where that saves
 * requests, and every other reference is checked by one worker (on-prem ranged GET, then cloud
 * HEAD or ranged GET). Findings are reported from the calling thread, in document order, followed
 * by one {@code S-OBJ-SUMM}. Every request is bounded by the options' timeouts and retries, so a
 * run cannot hang.
 *
 * <p>One checker serves a whole run (connections and the bucket cache are shared), but each
 * {@link #check} is summarised on its own: checks run one at a time, and the request counts and
 * latencies start afresh with each, so a summary never carries an earlier input's requests.
 */
public final class ReachabilityChecker implements AutoCloseable {

  private final ReachOptions options;
  private final RequestStats stats = new RequestStats();
  private final S3Clients clients;
  private final HttpFetcher fetcher;
  private final ExecutorService pool;
  private final S3Probe s3;
  private final ListingPlanner planner;
  private final RefCheck refCheck;

  /**
   * Opens the HTTP and S3 clients and the worker threads; close the checker to release them.
   *
   * @param options limits, endpoints and keys
   */
  public ReachabilityChecker(ReachOptions options) {
    this.options = options;
    HostLimiter limiter = new HostLimiter(options.perHost());
    Retrier retrier = new Retrier(options.maxRetries(), options.retryBase());
    this.clients = new S3Clients(options, stats);
    FetchOptions fetch = FetchOptions.defaults()
        .withTimeouts(options.connectTimeout(), options.requestTimeout(),
            options.requestTimeout())
        .withCaps(64 * 1024, 64 * 1024)
        .withRetries(0, Duration.ZERO, Duration.ZERO);
    this.fetcher = new HttpFetcher(Transport.live(fetch), fetch);
    S3Calls calls = new S3Calls(clients, limiter, retrier, stats);
    this.s3 = new S3Probe(calls);
    this.planner = new ListingPlanner(calls, s3);
    HttpProbe http = new HttpProbe(fetcher, limiter, retrier, stats);
    this.refCheck = new RefCheck(options, s3, new BlobProbe(http, options.endpoints()),
        new PremProbe(http));
    AtomicInteger n = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(options.concurrency(), r -> {
      Thread t = new Thread(r, "cav-reach-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Checks the references and reports findings and the summary.
   *
   * @param refs the references, consumed once, in document order
   * @param source the input's name, for the summary's position
   * @param reporter receives the findings, always from the calling thread
   * @return the summary (also reported as S-OBJ-SUMM)
   */
  public ReachSummary check(Stream<ObjectRef> refs, String source, Reporter reporter) {
    return check(refs, source, reporter, done -> { });
  }

  /**
   * Checks the references, telling a progress display of each one settled.
   *
   * @param refs the references, consumed once, in document order
   * @param source the input's name, for the summary's position
   * @param reporter receives the findings, always from the calling thread
   * @param progress told of each reference settled (from worker threads)
   * @return the summary (also reported as S-OBJ-SUMM)
   */
  public ReachSummary check(Stream<ObjectRef> refs, String source, Reporter reporter,
      LongConsumer progress) {
    return check(refs, source, reporter, progress, NetworkEvidence.NONE);
  }

  /**
   * Checks the references of a response whose fetch may vouch for the validator's network.
   *
   * @param refs the references, consumed once, in document order
   * @param source the input's name, for the summary's position
   * @param reporter receives the findings, always from the calling thread
   * @param progress told of each reference settled (from worker threads)
   * @param evidence what the run shows of the validator's DNS and network (a live run of a
   *     service addressed by name), which makes an access_url that does not resolve an error
   * @return the summary (also reported as S-OBJ-SUMM)
   */
  public synchronized ReachSummary check(Stream<ObjectRef> refs, String source,
      Reporter reporter, LongConsumer progress, NetworkEvidence evidence) {
    stats.reset();
    long start = System.nanoTime();
    Selection selection = new Selection(refs, options);
    Tally tally = new Tally();
    long offset = 0; // references handed out before this batch: the first compareLimit compare
    for (List<ObjectRef> batch = selection.next(); !batch.isEmpty();
        batch = selection.next()) {
      int compared = (int) Math.max(0, Math.min(batch.size(), options.compareLimit() - offset));
      offset += batch.size();
      for (RefCheck.Outcome o : checkBatch(batch, compared, source, reporter, progress,
          evidence)) {
        o.findings().forEach(reporter::report);
        tally.add(o.cloud(), o.findings(), o.byListing(), o.compared());
      }
    }
    ReachSummary summary = tally.summary(selection.seen(), stats,
        Duration.ofNanos(System.nanoTime() - start));
    reporter.report(ReachCodes.SUMMARY, summary.describe(), Position.of(source));
    return summary;
  }

  /**
   * @param compared the first this many references of the batch are compared with their
   *     on-prem copy; the others are judged on the cloud side alone
   */
  private List<RefCheck.Outcome> checkBatch(List<ObjectRef> batch, int compared, String source,
      Reporter reporter, LongConsumer progress, NetworkEvidence evidence) {
    /* 1. Learn each S3 bucket once. */
    Map<String, AwsLocation> firstOfBucket = new LinkedHashMap<>();
    for (ObjectRef ref : batch) {
      if (ref.location() instanceof AwsLocation a) {
        firstOfBucket.putIfAbsent(a.bucketName(), a);
      }
    }
    Map<String, BucketInfo> buckets = new HashMap<>();
    List<String> names = new ArrayList<>(firstOfBucket.keySet());
    List<BucketInfo> infos = runAll(names.stream()
        .map(b -> (Callable<BucketInfo>) () -> s3.bucket(firstOfBucket.get(b))).toList(),
        source, reporter, new BucketInfo(BucketInfo.Existence.UNKNOWN, null, "internal error"));
    for (int i = 0; i < names.size(); i++) {
      buckets.put(names.get(i), infos.get(i));
    }

    /* 2. Settle dense groups of existence-only S3 keys by listing. */
    Map<Integer, CloudState> settled = new HashMap<>();
    if (options.listing() == ListingMode.AUTO) {
      List<AwsItem> eligible = new ArrayList<>();
      for (int i = 0; i < batch.size(); i++) {
        ObjectRef ref = batch.get(i);
        if (ref.location() instanceof AwsLocation a
            && listable(ref, a, buckets.get(a.bucketName()), i < compared)) {
          eligible.add(new AwsItem(i, ref, a, buckets.get(a.bucketName())));
        }
      }
      List<Callable<Map<Integer, CloudState>>> sweeps = ListingPlanner.groups(eligible).stream()
          .map(g -> (Callable<Map<Integer, CloudState>>) () -> planner.settle(g)).toList();
      runAll(sweeps, source, reporter, Map.of()).forEach(settled::putAll);
    }

    /* 3. Check every reference, in parallel, keeping batch order. */
    List<Callable<RefCheck.Outcome>> checks = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      ObjectRef ref = batch.get(i);
      BucketInfo bucket = ref.location() instanceof AwsLocation a ? buckets.get(a.bucketName())
          : null;
      CloudState known = settled.get(i);
      boolean compare = i < compared;
      checks.add(() -> {
        RefCheck.Outcome o = refCheck.run(ref, bucket, known, evidence, compare);
        progress.accept(1);
        return o;
      });
    }
    List<RefCheck.Outcome> outcomes = runAll(checks, source, reporter, null);
    for (int i = 0; i < outcomes.size(); i++) {
      if (outcomes.get(i) == null) { // an internal error, already reported
        outcomes.set(i, new RefCheck.Outcome(CloudState.of(CloudState.Kind.NETFAIL,
            "internal error"), List.of(), false, false));
      }
    }
    return outcomes;
  }

  /**
   * Listing can settle existence and size; readability is spot-checked per group. A reference
   * compared with its on-prem copy needs its cloud bytes, which only a GET gives.
   */
  private boolean listable(ObjectRef ref, AwsLocation a, BucketInfo bucket, boolean compared) {
    Access access = a.access().orElse(null);
    boolean needBytes = compared && options.compareBytes()
        && ref.accessUrl().flatMap(PremProbe::usable).isPresent();
    return bucket.existence() == BucketInfo.Existence.EXISTS && !needBytes
        && access != Access.NONE && (access != Access.RESTRICTED || s3.hasKeys());
  }

  /** Runs tasks on the pool; a task's unexpected exception is reported and yields the fallback. */
  private <T> List<T> runAll(List<Callable<T>> tasks, String source, Reporter reporter,
      T fallback) {
    List<T> results = new ArrayList<>(tasks.size());
    try {
      for (Future<T> f : pool.invokeAll(tasks)) {
        try {
          results.add(f.get());
        } catch (ExecutionException e) {
          reporter.report(new Finding(ReachCodes.INTERNAL, "reachability check failed: "
              + OneLineText.clip(String.valueOf(e.getCause())), Position.of(source), null),
              e.getCause());
          results.add(fallback);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking objects", e);
    }
    return results;
  }

  /** Stops the workers and closes the clients. */
  @Override
  public void close() {
    pool.shutdownNow();
    fetcher.close();
    clients.close();
  }
}
