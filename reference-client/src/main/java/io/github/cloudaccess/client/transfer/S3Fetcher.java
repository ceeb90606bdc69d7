package io.github.cloudaccess.client.transfer;

import io.github.cloudaccess.client.plan.AuthMode;
import io.github.cloudaccess.client.plan.S3Route;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * HEAD and streamed GET of S3 objects through the AWS SDK, with explicit region and credentials
 * provider (never the SDK's default chains), the SDK's own retries off (ours are bounded and
 * honour Retry-After), and one cached client per region and authentication mode.
 */
public final class S3Fetcher implements AutoCloseable {

  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z0-9]+){1,3}-\\d{1,2}");
  private static final int BUFFER = 256 * 1024;

  private final TransferSettings settings;
  private final S3Settings s3;
  private final SdkHttpClient http;
  private final Map<String, S3Client> clients = new ConcurrentHashMap<>();

  /**
   * @param settings timeouts, retries and cap
   * @param s3 addressing and credentials
   */
  public S3Fetcher(TransferSettings settings, S3Settings s3) {
    this.settings = settings;
    this.s3 = s3;
    this.http = UrlConnectionHttpClient.builder()
        .connectionTimeout(settings.connectTimeout())
        .socketTimeout(settings.idleTimeout())
        .build();
  }

  /**
   * @param route the object
   * @return size and MD5 as HEAD reports them
   * @throws TransferException when the object is not reachable
   */
  public ObjectFacts head(S3Route route) throws TransferException {
    for (int attempt = 0; ; attempt++) {
      try {
        HeadObjectResponse r = client(route).headObject(
            HeadObjectRequest.builder().bucket(route.bucket()).key(route.key()).build());
        return facts(r.contentLength(), r.eTag(), r.serverSideEncryption(), r.sseCustomerAlgorithm());
      } catch (RuntimeException e) {
        retryOrThrow(e, attempt, "HEAD");
      }
    }
  }

  /**
   * @param route the object
   * @param sink receives the body
   * @return the GET response's facts and the number of bytes delivered
   * @throws TransferException on any failure
   */
  public SafeHttp.Fetched get(S3Route route, ChunkSink sink) throws TransferException {
    ResponseInputStream<GetObjectResponse> in = null;
    for (int attempt = 0; in == null; attempt++) {
      try {
        in = client(route).getObject(GetObjectRequest.builder().bucket(route.bucket()).key(route.key()).build());
      } catch (RuntimeException e) {
        retryOrThrow(e, attempt, "GET");
      }
    }
    try (ResponseInputStream<GetObjectResponse> body = in) {
      GetObjectResponse r = body.response();
      ObjectFacts facts = facts(r.contentLength(), r.eTag(), r.serverSideEncryption(), r.sseCustomerAlgorithm());
      sink.begin(facts.size().orElse(-1L));
      long count = copy(body, sink);
      return new SafeHttp.Fetched(facts, count);
    } catch (IOException e) {
      throw mapIo(e);
    } catch (RuntimeException e) {
      throw map(e, "GET");
    }
  }

  private long copy(ResponseInputStream<GetObjectResponse> body, ChunkSink sink) throws IOException,
      TransferException {
    byte[] buf = new byte[BUFFER];
    long count = 0;
    for (int n; (n = body.read(buf)) >= 0; ) {
      if (Thread.currentThread().isInterrupted()) {
        body.abort();
        throw new TransferException(AttemptOutcome.INTERRUPTED, "interrupted");
      }
      count += n;
      if (count > settings.maxBytes()) {
        body.abort();
        throw new TransferException(AttemptOutcome.TOO_LARGE, "body exceeds the cap");
      }
      sink.write(ByteBuffer.wrap(buf, 0, n));
    }
    return count;
  }

  private void retryOrThrow(RuntimeException e, int attempt, String op) throws TransferException {
    if (e instanceof AwsServiceException ase) {
      int st = ase.statusCode();
      if (st == 429 || st == 503) {
        Optional<String> after = ase.awsErrorDetails() == null || ase.awsErrorDetails().sdkHttpResponse() == null
            ? Optional.empty() : ase.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("Retry-After");
        Optional<java.time.Duration> wait = settings.retry().delay(attempt, after, ZonedDateTime.now());
        if (wait.isPresent()) {
          SafeHttp.sleep(wait.get());
          return;
        }
      }
    }
    throw map(e, op);
  }

  private static TransferException map(RuntimeException e, String op) {
    if (e instanceof AwsServiceException ase) {
      int st = ase.statusCode();
      String code = ase.awsErrorDetails() == null ? "" : " " + ase.awsErrorDetails().errorCode();
      AttemptOutcome o = st == 301 ? AttemptOutcome.WRONG_REGION : AttemptOutcome.forStatus(st);
      return new TransferException(o, op + " answered " + st + code);
    }
    if (e instanceof AbortedException || Thread.currentThread().isInterrupted()) {
      return new TransferException(AttemptOutcome.INTERRUPTED, op + " interrupted");
    }
    if (e instanceof SdkException) {
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        if (c instanceof SocketTimeoutException) {
          return new TransferException(AttemptOutcome.TIMEOUT, op + " timed out");
        }
      }
      return new TransferException(AttemptOutcome.IO_ERROR, op + " failed: " + e.getClass().getSimpleName());
    }
    // IllegalArgumentException and friends: the SDK refused to build the request.
    return new TransferException(AttemptOutcome.INVALID_REQUEST, op + " not possible: " + e.getClass().getSimpleName());
  }

  private static TransferException mapIo(IOException e) {
    if (e instanceof SocketTimeoutException) {
      return new TransferException(AttemptOutcome.TIMEOUT, "GET body stalled");
    }
    if (e instanceof InterruptedIOException) {
      return new TransferException(AttemptOutcome.INTERRUPTED, "GET interrupted");
    }
    return new TransferException(AttemptOutcome.IO_ERROR, "GET failed: " + e.getClass().getSimpleName());
  }

  private static ObjectFacts facts(Long length, String etag, ServerSideEncryption sse, String sseCustomer) {
    // KMS- and customer-key-encrypted objects have ETags that are not MD5s.
    boolean etagIsMd5 = sseCustomer == null && (sse == null || sse == ServerSideEncryption.AES256);
    return new ObjectFacts(
        length == null ? OptionalLong.empty() : OptionalLong.of(length),
        etagIsMd5 ? Md5Headers.fromS3Etag(etag) : Optional.empty());
  }

  private S3Client client(S3Route route) throws TransferException {
    String region = route.region().filter(r -> REGION.matcher(r).matches()).orElse(s3.defaultRegion());
    AwsCredentialsProvider creds;
    if (route.auth() == AuthMode.SIGNED) {
      creds = s3.credentials()
          .orElseThrow(() -> new TransferException(AttemptOutcome.INVALID_REQUEST, "signed route without credentials"))
          .provider();
    } else {
      creds = AnonymousCredentialsProvider.create();
    }
    return clients.computeIfAbsent(region + "|" + route.auth(), k -> build(region, creds));
  }

  private S3Client build(String region, AwsCredentialsProvider creds) {
    S3ClientBuilder b = S3Client.builder()
        .region(Region.of(region))
        .credentialsProvider(creds)
        .httpClient(http)
        .forcePathStyle(s3.pathStyle())
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()));
    if (s3.endpoint().isPresent()) {
      b.endpointOverride(s3.endpoint().get());
    } else {
      // On AWS a bucket may live elsewhere than the published region says: let the SDK follow.
      b.crossRegionAccessEnabled(true);
    }
    return b.build();
  }

  @Override
  public void close() {
    clients.values().forEach(S3Client::close);
    clients.clear();
    http.close();
  }
}
