package io.github.cloudaccess.client.cli;

import io.github.cloudaccess.client.DownloadOptions;
import io.github.cloudaccess.client.env.CallerEnvironment;
import io.github.cloudaccess.client.env.Credentials;
import io.github.cloudaccess.client.plan.LeadingSlashPolicy;
import io.github.cloudaccess.client.plan.ProviderChoice;
import io.github.cloudaccess.client.record.RowSelection;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options {@code fetch} and {@code plan} share, and their translation into {@link DownloadOptions}. */
final class CommonOptions {

  @Parameters(index = "0", paramLabel = "SOURCE", description = "A VOTable file or an http(s) service query URL.")
  String source;

  static final class Rows {
    @Option(names = "--row", paramLabel = "N", description = "0-based row (for DataLink: #this row); default 0.")
    Long row;

    @Option(names = "--all", description = "Every row.")
    boolean all;
  }

  @ArgGroup(exclusive = true)
  Rows rows;

  static final class Only {
    @Option(names = "--cloud-only", description = "Never use the access_url.")
    boolean cloud;

    @Option(names = "--on-prem-only", description = "Never use cloud copies.")
    boolean onPrem;
  }

  @ArgGroup(exclusive = true)
  Only only;

  @Option(names = "--provider", paramLabel = "P", defaultValue = "auto",
      description = "aws, google, azure, on-prem or auto (default: ${DEFAULT-VALUE}).")
  String provider;

  @Option(names = "--region", paramLabel = "R",
      description = "Your cloud region (default: AWS_REGION, then AWS_DEFAULT_REGION).")
  String region;

  @Option(names = "--accept-cross-region", description = "Use access:region copies from outside their region.")
  boolean acceptCrossRegion;

  @Option(names = "--s3-endpoint", paramLabel = "URI", description = "S3 endpoint override (e.g. a local server).")
  URI s3Endpoint;

  @Option(names = "--s3-path-style", negatable = true,
      description = "Path-style S3 addressing (default: on with --s3-endpoint, off otherwise).")
  Boolean s3PathStyle;

  @Option(names = "--gcs-base-url", paramLabel = "URL", description = "Google Cloud Storage base URL.")
  URI gcsBase;

  @Option(names = "--azure-base-url", paramLabel = "URL", description = "Azure blob base URL (emulator style).")
  URI azureBase;

  @Option(names = "--no-credentials", description = "Never sign S3 requests, even when credentials are set.")
  boolean noCredentials;

  @Option(names = "--use-instance-metadata",
      description = "Use the SDK default credential chain, which may ask the instance-metadata endpoint.")
  boolean instanceMetadata;

  @Option(names = "--leading-slash", paramLabel = "POLICY", defaultValue = "literal-then-stripped",
      description = "Keys starting with '/': literal-then-stripped, literal or stripped (default: ${DEFAULT-VALUE}).")
  String leadingSlash;

  @Option(names = "--no-follow-datalink", description = "Do not follow DataLink access URLs to their #this row.")
  boolean noFollowDataLink;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "Response and stall timeout in seconds (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Option(names = "--retries", paramLabel = "N", defaultValue = "2", description = "Retries for 429/503.")
  int retries;

  @Option(names = "--concurrency", paramLabel = "N", defaultValue = "4", description = "Parallel downloads with --all.")
  int concurrency;

  RowSelection selection() {
    if (rows != null && rows.all) {
      return RowSelection.all();
    }
    return RowSelection.only(rows == null || rows.row == null ? 0 : rows.row);
  }

  DownloadOptions.Builder toBuilder(CliContext ctx) {
    CallerEnvironment envir = CallerEnvironment.detect(ctx.env(), ctx.home());
    Credentials creds = null;
    if (!noCredentials) {
      creds = instanceMetadata ? Credentials.defaultChain() : envir.credentials().orElse(null);
    }
    Duration t = Duration.ofSeconds(timeoutSeconds);
    return DownloadOptions.builder()
        .provider(ProviderChoice.fromWire(provider))
        .region(region != null ? region : envir.region().orElse(null))
        .credentials(creds)
        .acceptCrossRegion(acceptCrossRegion)
        .cloudOnly(only != null && only.cloud)
        .onPremOnly(only != null && only.onPrem)
        .leadingSlash(policy(leadingSlash))
        .s3Endpoint(s3Endpoint, s3PathStyle != null ? s3PathStyle : s3Endpoint != null)
        .gcsBaseUrl(gcsBase != null ? gcsBase : io.github.cloudaccess.client.transfer.BlobEndpoints.GCS_PUBLIC)
        .azureBaseUrl(azureBase)
        .timeouts(Duration.ofSeconds(Math.min(10, timeoutSeconds)), t, t)
        .retries(retries, Duration.ofSeconds(10))
        .concurrency(concurrency)
        .followDataLink(!noFollowDataLink);
  }

  private static LeadingSlashPolicy policy(String s) {
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "literal-then-stripped" -> LeadingSlashPolicy.LITERAL_THEN_STRIPPED;
      case "literal" -> LeadingSlashPolicy.LITERAL_ONLY;
      case "stripped" -> LeadingSlashPolicy.STRIPPED_ONLY;
      default -> throw new IllegalArgumentException("--leading-slash must be literal-then-stripped, literal or stripped");
    };
  }
}
