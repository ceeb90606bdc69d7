package io.github.cloudaccess.client;

import io.github.cloudaccess.client.env.Credentials;
import io.github.cloudaccess.client.plan.LeadingSlashPolicy;
import io.github.cloudaccess.client.plan.PlanOptions;
import io.github.cloudaccess.client.plan.ProviderChoice;
import io.github.cloudaccess.client.transfer.BlobEndpoints;
import io.github.cloudaccess.client.transfer.RetryPolicy;
import io.github.cloudaccess.client.transfer.S3Settings;
import io.github.cloudaccess.client.transfer.TransferSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * Everything a {@link CloudAccessClient} is configured with: planning preferences, endpoints,
 * credentials, limits and the progress callback. Immutable; build with {@link #builder()}.
 *
 * <p>{@link #toString()} never shows credentials.
 */
public final class DownloadOptions {

  private final Builder b;

  private DownloadOptions(Builder b) {
    this.b = b.copy();
  }

  /** @return a builder with the defaults: provider auto, no region, no credentials, 4 parallel downloads */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder holding these options */
  public Builder toBuilder() {
    return b.copy();
  }

  /** @return the planning options these options imply */
  public PlanOptions planOptions() {
    return new PlanOptions(b.provider, b.region, b.credentials.isPresent(), b.acceptCrossRegion,
        b.cloudOnly, b.onPremOnly, b.leadingSlash);
  }

  /** @return the transfer limits */
  public TransferSettings transferSettings() {
    return new TransferSettings(b.connectTimeout, b.responseTimeout, b.idleTimeout,
        new RetryPolicy(b.retries, b.maxRetryDelay), b.maxBytes, b.trustHttpEtagMd5);
  }

  /** @return S3 addressing and credentials */
  public S3Settings s3Settings() {
    return new S3Settings(b.s3Endpoint, b.s3PathStyle, b.region.orElse("us-east-1"), b.credentials);
  }

  /** @return the GCS and Azure bases */
  public BlobEndpoints blobEndpoints() {
    return new BlobEndpoints(b.gcsBase, b.azureBase);
  }

  /** @return replace existing target files */
  public boolean overwrite() {
    return b.overwrite;
  }

  /** @return the most records downloaded at once by {@code downloadAll} */
  public int concurrency() {
    return b.concurrency;
  }

  /** @return the relative tolerance for {@code access_estsize} checks (negative: off) */
  public double estsizeTolerance() {
    return b.estsizeTolerance;
  }

  /** @return the progress callback */
  public ProgressListener progress() {
    return b.progress;
  }

  /** @return the credentials, if any */
  public Optional<Credentials> credentials() {
    return b.credentials;
  }

  /** @return compute MD5s and compare them with the checksums stores give (default true) */
  public boolean verifyChecksums() {
    return b.verifyChecksums;
  }

  /** @return the TLS context of HTTP requests; empty for the JDK default trust store */
  public Optional<SSLContext> sslContext() {
    return b.sslContext;
  }

  /** @return whether DataLink access URLs of discovery rows are followed to their #this row */
  public boolean followDataLink() {
    return b.followDataLink;
  }

  @Override
  public String toString() {
    return "DownloadOptions[provider=" + b.provider + ", region=" + b.region.orElse("-")
        + ", credentials=" + b.credentials.map(Credentials::toString).orElse("none")
        + ", cloudOnly=" + b.cloudOnly + ", onPremOnly=" + b.onPremOnly + ", overwrite=" + b.overwrite
        + ", s3Endpoint=" + b.s3Endpoint.map(URI::toString).orElse("-") + ", concurrency=" + b.concurrency + "]";
  }

  /** Mutable builder of {@link DownloadOptions}. */
  public static final class Builder {
    private ProviderChoice provider = ProviderChoice.AUTO;
    private Optional<String> region = Optional.empty();
    private Optional<Credentials> credentials = Optional.empty();
    private boolean acceptCrossRegion;
    private boolean cloudOnly;
    private boolean onPremOnly;
    private LeadingSlashPolicy leadingSlash = LeadingSlashPolicy.LITERAL_THEN_STRIPPED;
    private boolean overwrite;
    private Optional<URI> s3Endpoint = Optional.empty();
    private boolean s3PathStyle;
    private URI gcsBase = BlobEndpoints.GCS_PUBLIC;
    private Optional<URI> azureBase = Optional.empty();
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration responseTimeout = Duration.ofSeconds(30);
    private Duration idleTimeout = Duration.ofSeconds(30);
    private int retries = 2;
    private Duration maxRetryDelay = Duration.ofSeconds(10);
    private long maxBytes = 64L << 30;
    private int concurrency = 4;
    private double estsizeTolerance = 0.10;
    private boolean trustHttpEtagMd5 = true;
    private boolean followDataLink = true;
    private boolean verifyChecksums = true;
    private ProgressListener progress = ProgressListener.NONE;
    private Optional<SSLContext> sslContext = Optional.empty();

    private Builder() {}

    private Builder copy() {
      Builder c = new Builder();
      c.provider = provider;
      c.region = region;
      c.credentials = credentials;
      c.acceptCrossRegion = acceptCrossRegion;
      c.cloudOnly = cloudOnly;
      c.onPremOnly = onPremOnly;
      c.leadingSlash = leadingSlash;
      c.overwrite = overwrite;
      c.s3Endpoint = s3Endpoint;
      c.s3PathStyle = s3PathStyle;
      c.gcsBase = gcsBase;
      c.azureBase = azureBase;
      c.connectTimeout = connectTimeout;
      c.responseTimeout = responseTimeout;
      c.idleTimeout = idleTimeout;
      c.retries = retries;
      c.maxRetryDelay = maxRetryDelay;
      c.maxBytes = maxBytes;
      c.concurrency = concurrency;
      c.estsizeTolerance = estsizeTolerance;
      c.trustHttpEtagMd5 = trustHttpEtagMd5;
      c.followDataLink = followDataLink;
      c.verifyChecksums = verifyChecksums;
      c.progress = progress;
      c.sslContext = sslContext;
      return c;
    }

    /** @param p which providers to use @return this */
    public Builder provider(ProviderChoice p) {
      provider = Objects.requireNonNull(p);
      return this;
    }

    /** @param r the caller's region, null for none @return this */
    public Builder region(String r) {
      region = Optional.ofNullable(r).map(String::strip).filter(s -> !s.isEmpty());
      return this;
    }

    /** @param c credentials for signed S3 routes, null for none @return this */
    public Builder credentials(Credentials c) {
      credentials = Optional.ofNullable(c);
      return this;
    }

    /** @param a use {@code region} locations from outside their region @return this */
    public Builder acceptCrossRegion(boolean a) {
      acceptCrossRegion = a;
      return this;
    }

    /** @param c never use the access_url @return this */
    public Builder cloudOnly(boolean c) {
      cloudOnly = c;
      return this;
    }

    /** @param o never use cloud locations @return this */
    public Builder onPremOnly(boolean o) {
      onPremOnly = o;
      return this;
    }

    /** @param p leading-slash handling @return this */
    public Builder leadingSlash(LeadingSlashPolicy p) {
      leadingSlash = Objects.requireNonNull(p);
      return this;
    }

    /** @param o replace existing files @return this */
    public Builder overwrite(boolean o) {
      overwrite = o;
      return this;
    }

    /** @param endpoint S3 endpoint override, null for AWS @param pathStyle path-style addressing @return this */
    public Builder s3Endpoint(URI endpoint, boolean pathStyle) {
      s3Endpoint = Optional.ofNullable(endpoint);
      s3PathStyle = pathStyle;
      return this;
    }

    /** @param base GCS base URL @return this */
    public Builder gcsBaseUrl(URI base) {
      gcsBase = Objects.requireNonNull(base);
      return this;
    }

    /** @param base Azure base URL override, null for the public endpoint @return this */
    public Builder azureBaseUrl(URI base) {
      azureBase = Optional.ofNullable(base);
      return this;
    }

    /** @param connect connection @param response to headers @param idle body stall @return this */
    public Builder timeouts(Duration connect, Duration response, Duration idle) {
      connectTimeout = Objects.requireNonNull(connect);
      responseTimeout = Objects.requireNonNull(response);
      idleTimeout = Objects.requireNonNull(idle);
      return this;
    }

    /** @param n retries for 429/503 @param maxDelay longest wait @return this */
    public Builder retries(int n, Duration maxDelay) {
      retries = n;
      maxRetryDelay = Objects.requireNonNull(maxDelay);
      return this;
    }

    /** @param cap body cap in bytes @return this */
    public Builder maxBytes(long cap) {
      maxBytes = cap;
      return this;
    }

    /** @param n parallel downloads in downloadAll (at least 1) @return this */
    public Builder concurrency(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("concurrency must be >= 1");
      }
      concurrency = n;
      return this;
    }

    /** @param t relative access_estsize tolerance, negative to ignore estimates @return this */
    public Builder estsizeTolerance(double t) {
      estsizeTolerance = t;
      return this;
    }

    /** @param t treat quoted 32-hex ETags of plain HTTP servers as MD5 @return this */
    public Builder trustHttpEtagMd5(boolean t) {
      trustHttpEtagMd5 = t;
      return this;
    }

    /** @param f follow DataLink access URLs of discovery rows to their #this row @return this */
    public Builder followDataLink(boolean f) {
      followDataLink = f;
      return this;
    }

    /**
     * @param v compute MD5s and compare them with store checksums; switching this off keeps the
     *     size checks only (for benchmarks and trusted mirrors)
     * @return this
     */
    public Builder verifyChecksums(boolean v) {
      verifyChecksums = v;
      return this;
    }

    /**
     * @param tls the TLS context for HTTP routes and service queries (e.g. trusting an archive's
     *     private CA), null for the JDK default; S3 requests keep the JDK default
     * @return this
     */
    public Builder sslContext(SSLContext tls) {
      sslContext = Optional.ofNullable(tls);
      return this;
    }

    /** @param p progress callback @return this */
    public Builder progress(ProgressListener p) {
      progress = Objects.requireNonNull(p);
      return this;
    }

    /** @return the options; validates the combination */
    public DownloadOptions build() {
      DownloadOptions o = new DownloadOptions(this);
      o.planOptions(); // throws for contradictory flags
      return o;
    }

    @Override
    public String toString() {
      return "DownloadOptions.Builder[REDACTED]";
    }
  }
}
