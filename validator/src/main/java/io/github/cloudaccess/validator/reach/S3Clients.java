package io.github.cloudaccess.validator.reach;

import io.github.cloudaccess.validator.http.UserAgent;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.defaultsmode.DefaultsMode;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadBucketRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;

/**
 * Builds and caches one S3 client per (region, anonymous or signed), all sharing one JDK
 * URL-connection HTTP client; every client has its region, credentials provider, timeouts and
 * retry strategy set explicitly.
 *
 * <p>Rationale: left to its defaults the SDK resolves region and credentials through chains that
 * end at the instance-metadata endpoint, retries on its own (hiding the request count) and may
 * validate checksums of partial reads. The {@code LEGACY} defaults mode is pinned because the
 * {@code AUTO} mode would also probe instance metadata.
 */
final class S3Clients implements AutoCloseable {

  /** AWS region codes: {@code us-east-1}, {@code us-gov-west-1}, {@code ap-southeast-4}... */
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");

  /** The region used to address a bucket whose region nobody told us. */
  static final String DEFAULT_REGION = "us-east-1";

  private final ReachOptions options;
  private final RequestStats stats;
  private final SdkHttpClient http;
  private final Optional<StaticCredentialsProvider> signed;
  private final Map<String, S3Client> clients = new ConcurrentHashMap<>();

  /**
   * @param options endpoints, timeouts, keys
   * @param stats where sent requests are counted
   */
  S3Clients(ReachOptions options, RequestStats stats) {
    this.options = options;
    this.stats = stats;
    this.http = UrlConnectionHttpClient.builder()
        .connectionTimeout(options.connectTimeout())
        .socketTimeout(options.requestTimeout())
        .build();
    this.signed = options.credentials().map(k -> StaticCredentialsProvider.create(k.toSdk()));
  }

  /** @return true when keys for signed requests are configured */
  boolean hasKeys() {
    return signed.isPresent();
  }

  /** @return true when an endpoint override makes the region irrelevant to where requests go */
  boolean fixedEndpoint() {
    return options.endpoints().s3().isPresent();
  }

  /**
   * @param region a region code from the JSON or a header
   * @return true when it has the shape of an AWS region code, so it can address an endpoint
   */
  static boolean usable(String region) {
    return region != null && REGION.matcher(region).matches();
  }

  /**
   * @param region the region to address (unusable codes fall back to us-east-1)
   * @param sign sign with the configured keys (falls back to anonymous when none)
   * @return the cached client
   */
  S3Client client(String region, boolean sign) {
    String r = usable(region) ? region : DEFAULT_REGION;
    boolean s = sign && signed.isPresent();
    return clients.computeIfAbsent(r + (s ? "+signed" : "+anonymous"), k -> build(r, s));
  }

  /**
   * @param bucket the bucket
   * @param region the region addressed
   * @return the host the request goes to, for the per-host limit
   */
  String host(String bucket, String region) {
    if (options.endpoints().s3().isPresent()) {
      URI e = options.endpoints().s3().get();
      return e.getHost() + ":" + e.getPort();
    }
    return bucket + ".s3." + (usable(region) ? region : DEFAULT_REGION) + ".amazonaws.com";
  }

  private S3Client build(String region, boolean sign) {
    AwsCredentialsProvider provider = sign ? signed.get() : AnonymousCredentialsProvider.create();
    var builder = S3Client.builder()
        .region(Region.of(region))
        .credentialsProvider(provider)
        .httpClient(http)
        .defaultsMode(DefaultsMode.LEGACY)
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
        .crossRegionAccessEnabled(false)
        .forcePathStyle(options.endpoints().pathStyle())
        .overrideConfiguration(c -> c
            .retryStrategy(AwsRetryStrategy.doNotRetry())
            .apiCallAttemptTimeout(options.requestTimeout())
            .apiCallTimeout(options.requestTimeout())
            .putAdvancedOption(SdkAdvancedClientOption.USER_AGENT_SUFFIX, UserAgent.value())
            .addExecutionInterceptor(new Counter(stats)));
    options.endpoints().s3().ifPresent(builder::endpointOverride);
    return builder.build();
  }

  /** Closes the clients, then the shared HTTP client (the clients do not own it). */
  @Override
  public void close() {
    clients.values().forEach(S3Client::close);
    http.close();
  }

  /** Counts every request at the moment it is put on the wire. */
  private static final class Counter implements ExecutionInterceptor {
    private final RequestStats stats;

    Counter(RequestStats stats) {
      this.stats = stats;
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context,
        ExecutionAttributes attributes) {
      SdkRequest r = context.request();
      RequestStats.Kind kind = r instanceof GetObjectRequest ? RequestStats.Kind.S3_GET
          : r instanceof ListObjectsV2Request ? RequestStats.Kind.S3_LIST
          : r instanceof HeadBucketRequest ? RequestStats.Kind.S3_BUCKET
          : r instanceof HeadObjectRequest ? RequestStats.Kind.S3_HEAD
          : RequestStats.Kind.S3_OTHER;
      stats.count(kind, 1);
    }
  }
}
