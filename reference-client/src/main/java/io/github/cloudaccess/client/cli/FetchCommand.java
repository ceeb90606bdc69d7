package io.github.cloudaccess.client.cli;

import io.github.cloudaccess.client.Attempt;
import io.github.cloudaccess.client.CloudAccessClient;
import io.github.cloudaccess.client.DownloadOptions;
import io.github.cloudaccess.client.DownloadResult;
import io.github.cloudaccess.client.ProgressListener;
import io.github.cloudaccess.client.RecordSource;
import io.github.cloudaccess.client.plan.Skip;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fetch}: downloads the selected records' files and prints one summary line per file. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
    description = "Download the files of VOTable records through their best access route.",
    footer = {"", "Exit status: 0 every requested file present and verified, 1 some failed, 2 usage error."})
final class FetchCommand implements Callable<Integer> {

  private final CliContext ctx;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common = new CommonOptions();

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Target directory.")
  Path out;

  @Option(names = "--overwrite", description = "Replace files that already exist.")
  boolean overwrite;

  @Option(names = "--no-progress", description = "Never draw a progress bar.")
  boolean noProgress;

  FetchCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws Exception {
    ProgressBars bars = ctx.progressWanted() && !noProgress ? new ProgressBars(ctx.err()) : null;
    ProgressListener listener = bars == null ? ProgressListener.NONE : bars;
    DownloadOptions o = Loading.options(common, ctx, spec.commandLine(), overwrite, listener);
    RecordSource.Loaded loaded = Loading.records(common, o, ctx);
    if (loaded == null || loaded.records().isEmpty()) {
      return 1;
    }
    List<DownloadResult> results;
    try (CloudAccessClient client = new CloudAccessClient(o)) {
      results = loaded.records().size() == 1
          ? List.of(client.download(loaded.records().get(0), out))
          : client.downloadAll(loaded.records(), out);
    } finally {
      if (bars != null) {
        bars.closeAll();
      }
    }
    int failed = 0;
    for (DownloadResult r : results) {
      ctx.out().println(summary(r));
      if (!r.isPresent()) {
        failed++;
      }
    }
    ctx.out().printf("%d file(s): %d downloaded, %d already present, %d failed%n", results.size(),
        results.stream().filter(r -> r.status() == io.github.cloudaccess.client.DownloadStatus.DOWNLOADED).count(),
        results.stream().filter(r -> r.status() == io.github.cloudaccess.client.DownloadStatus.ALREADY_PRESENT).count(),
        failed);
    return failed == 0 ? 0 : 1;
  }

  static String summary(DownloadResult r) {
    String name = r.file().getFileName().toString();
    return switch (r.status()) {
      case DOWNLOADED -> String.format("OK      row %d  %s  route=%s %s  bytes=%d  time=%dms%s",
          r.recordIndex(), name, r.servedBy().get().provider(), r.servedBy().get().describe(), r.bytes(),
          r.elapsed().toMillis(), notes(r).isEmpty() ? "" : "  " + notes(r));
      case ALREADY_PRESENT -> String.format("PRESENT row %d  %s  (exists; not fetched, use --overwrite)",
          r.recordIndex(), name);
      case FAILED -> String.format("FAILED  row %d  %s  %s", r.recordIndex(), name, why(r));
    };
  }

  private static String why(DownloadResult r) {
    String n = notes(r);
    return n.isEmpty() ? "no route" : n;
  }

  // Routes that failed and locations that were skipped: why the file came from where it did.
  private static String notes(DownloadResult r) {
    StringBuilder b = new StringBuilder();
    for (Attempt a : r.attempts()) {
      if (a.outcome() == io.github.cloudaccess.client.transfer.AttemptOutcome.SERVED) {
        continue;
      }
      b.append(b.length() == 0 ? "tried: " : "; ").append(a.route().describe()).append(" -> ").append(a.outcome());
    }
    for (Skip s : r.plan().skipped()) {
      b.append(b.length() == 0 ? "" : "; ").append("skipped ").append(s.source().isEmpty() ? "(value)" : s.source())
          .append(": ").append(s.reason());
    }
    return b.toString();
  }
}
