package io.github.cloudaccess.client.cli;

import io.github.cloudaccess.client.DownloadOptions;
import io.github.cloudaccess.client.RecordSource;
import io.github.cloudaccess.client.transfer.SafeHttp;
import io.github.cloudaccess.client.transfer.TransferException;
import io.github.cloudaccess.client.transfer.TransferSettings;
import java.io.IOException;
import picocli.CommandLine;

/** Turns the shared options into client options and loads the selected records. */
final class Loading {

  /** The body cap for VOTable documents (discovery and DataLink responses). */
  static final long DOCUMENT_CAP = 256L << 20;

  private Loading() {}

  static DownloadOptions options(CommonOptions c, CliContext ctx, CommandLine cl, boolean overwrite,
      io.github.cloudaccess.client.ProgressListener progress) {
    try {
      return c.toBuilder(ctx).overwrite(overwrite).progress(progress).build();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, e.getMessage());
    }
  }

  static RecordSource.Loaded records(CommonOptions c, DownloadOptions o, CliContext ctx) {
    TransferSettings s = o.transferSettings();
    TransferSettings doc = new TransferSettings(s.connectTimeout(), s.responseTimeout(), s.idleTimeout(), s.retry(),
        Math.min(s.maxBytes(), DOCUMENT_CAP), s.trustHttpEtagMd5());
    try {
      RecordSource.Loaded l = new RecordSource(new SafeHttp(doc, o.sslContext().orElse(null))).load(c.source, c.selection(), o.followDataLink());
      l.warnings().forEach(w -> ctx.err().println("warning: " + w));
      if (l.records().isEmpty()) {
        ctx.err().println("error: no record selected in " + c.source);
      }
      return l;
    } catch (IOException | TransferException | RuntimeException e) {
      ctx.err().println("error: cannot read " + c.source + ": " + e.getMessage());
      return null;
    }
  }
}
