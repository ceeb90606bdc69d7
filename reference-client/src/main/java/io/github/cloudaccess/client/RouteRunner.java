package io.github.cloudaccess.client;

import io.github.cloudaccess.client.plan.Plan;
import io.github.cloudaccess.client.plan.Redaction;
import io.github.cloudaccess.client.plan.Route;
import io.github.cloudaccess.client.record.ProductRecord;
import io.github.cloudaccess.client.store.Written;
import io.github.cloudaccess.client.store.TargetDirectory;
import io.github.cloudaccess.client.store.TempFile;
import io.github.cloudaccess.client.transfer.AttemptOutcome;
import io.github.cloudaccess.client.transfer.Fetchers;
import io.github.cloudaccess.client.transfer.ObjectFacts;
import io.github.cloudaccess.client.transfer.SafeHttp;
import io.github.cloudaccess.client.transfer.TransferException;
import io.github.cloudaccess.client.verify.Expectations;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tries a plan's routes in order for one record: HEAD, streamed GET into a locked temporary file,
 * verification, fsync and atomic rename; on any failure the temporary file is deleted and the next
 * route is tried. An interruption stops at once. A local I/O failure that is not about the route
 * (disk full, rename refused) is recorded as {@code io-error} and the next route is tried too.
 */
final class RouteRunner {

  private final Fetchers fetchers;
  private final DownloadOptions options;
  private final List<String> secrets;

  RouteRunner(Fetchers fetchers, DownloadOptions options) {
    this.fetchers = fetchers;
    this.options = options;
    this.secrets = options.credentials().map(c -> c.secrets()).orElse(List.of());
  }

  DownloadResult run(ProductRecord record, Plan plan, TargetDirectory dir, String name, boolean syncDirectory) {
    long start = System.nanoTime();
    Path target = dir.resolve(name);
    List<Attempt> attempts = new ArrayList<>();
    if (!options.overwrite() && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return result(record, plan, DownloadStatus.ALREADY_PRESENT, target, null, 0, start, attempts);
    }
    for (Route route : plan.routes()) {
      if (Thread.currentThread().isInterrupted()) {
        attempts.add(new Attempt(route, AttemptOutcome.INTERRUPTED, "not tried: interrupted"));
        break;
      }
      TempFile temp = null;
      try {
        ObjectFacts probe = fetchers.head(route);
        // Hash only when there will be something to compare with: the existence check announced
        // a checksum, or could not be made (HEAD refused). MD5 costs as much CPU as the transfer.
        boolean digest = options.verifyChecksums()
            && (probe.md5Hex().isPresent() || probe == ObjectFacts.UNKNOWN);
        temp = dir.createTemp(name, digest);
        TempFile t = temp;
        temp.onProgress(done -> options.progress().onBytes(name, done, t.declaredLength()));
        SafeHttp.Fetched got = fetchers.get(route, temp);
        Written w = temp.finish();
        List<String> bad = new Expectations(record, probe, got.facts(), options.estsizeTolerance())
            .mismatches(w.bytes(), w.md5Hex());
        if (!bad.isEmpty()) {
          throw new TransferException(AttemptOutcome.VERIFICATION_FAILED, String.join("; ", bad));
        }
        long bytes = w.bytes();
        temp.commit(target, options.overwrite(), syncDirectory);
        attempts.add(new Attempt(route, AttemptOutcome.SERVED, bytes + " bytes"));
        return result(record, plan, DownloadStatus.DOWNLOADED, target, route, bytes, start, attempts);
      } catch (TransferException e) {
        abort(temp);
        attempts.add(new Attempt(route, e.outcome(), scrub(e.getMessage())));
        if (e.outcome() == AttemptOutcome.INTERRUPTED) {
          break;
        }
      } catch (FileAlreadyExistsException e) {
        // Another writer put the file there while we were fetching: it is never replaced.
        abort(temp);
        return result(record, plan, DownloadStatus.ALREADY_PRESENT, target, null, 0, start, attempts);
      } catch (IOException e) {
        abort(temp);
        attempts.add(new Attempt(route, AttemptOutcome.IO_ERROR, "local file: " + e.getClass().getSimpleName()));
      } catch (RuntimeException e) {
        abort(temp);
        attempts.add(new Attempt(route, AttemptOutcome.IO_ERROR, "unexpected " + e.getClass().getSimpleName()));
      }
    }
    return result(record, plan, DownloadStatus.FAILED, target, null, 0, start, attempts);
  }

  private String scrub(String s) {
    return Redaction.scrub(s, secrets);
  }

  private static void abort(TempFile temp) {
    if (temp != null) {
      temp.abort();
    }
  }

  private static DownloadResult result(ProductRecord r, Plan plan, DownloadStatus status, Path file, Route served,
      long bytes, long startNanos, List<Attempt> attempts) {
    return new DownloadResult(r.index(), plan, status, file, Optional.ofNullable(served), bytes,
        Duration.ofNanos(System.nanoTime() - startNanos), attempts);
  }
}
