package io.github.cloudaccess.client.cli;

import io.github.cloudaccess.client.CloudAccessClient;
import io.github.cloudaccess.client.DownloadOptions;
import io.github.cloudaccess.client.ProgressListener;
import io.github.cloudaccess.client.RecordSource;
import io.github.cloudaccess.client.plan.Plan;
import io.github.cloudaccess.client.plan.Route;
import io.github.cloudaccess.client.plan.Skip;
import io.github.cloudaccess.client.record.ProductRecord;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code plan}: prints the ordered routes and the skipped locations of the selected records. */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = "Print the access routes of VOTable records, best first, and why locations are skipped.",
    footer = {"", "Exit status: 0 every record has a route, 1 some have none, 2 usage error."})
final class PlanCommand implements Callable<Integer> {

  private final CliContext ctx;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common = new CommonOptions();

  PlanCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    DownloadOptions o = Loading.options(common, ctx, spec.commandLine(), false, ProgressListener.NONE);
    RecordSource.Loaded loaded = Loading.records(common, o, ctx);
    if (loaded == null || loaded.records().isEmpty()) {
      return 1;
    }
    int empty = 0;
    try (CloudAccessClient client = new CloudAccessClient(o)) {
      for (ProductRecord r : loaded.records()) {
        Plan p = client.plan(r);
        ctx.out().printf("row %d  %s%n", r.index(), p.localName().orElse("row-" + r.index()));
        int i = 1;
        for (Route route : p.routes()) {
          ctx.out().printf("  %d. %-8s %s  access=%s%n", i++, route.provider(), route.describe(),
              route.access().map(a -> a.wireName()).orElse(route instanceof io.github.cloudaccess.client.plan.OnPremRoute
                  ? "-" : "unspecified"));
        }
        for (Skip s : p.skipped()) {
          ctx.out().printf("  skipped %s: %s%n", s.source().isEmpty() ? "(value)" : s.source(), s.reason());
        }
        if (p.isEmpty()) {
          empty++;
        }
      }
    }
    return empty == 0 ? 0 : 1;
  }
}
