package io.github.cloudaccess.validator.reach;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadBucketResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.RequestPayer;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The four S3 requests the checks send (HeadObject, ranged GetObject, HeadBucket, ListObjectsV2),
 * each under the per-host limit, retried when throttled, timed, and turned into an
 * {@link S3Answer} whatever happens: nothing here throws.
 */
final class S3Calls {

  private static final String REGION_HEADER = "x-amz-bucket-region";

  private final S3Clients clients;
  private final HostLimiter limiter;
  private final Retrier retrier;
  private final RequestStats stats;

  S3Calls(S3Clients clients, HostLimiter limiter, Retrier retrier, RequestStats stats) {
    this.clients = clients;
    this.limiter = limiter;
    this.retrier = retrier;
    this.stats = stats;
  }

  /** @return the clients, for {@link S3Clients#fixedEndpoint()} and {@link S3Clients#hasKeys()} */
  S3Clients clients() {
    return clients;
  }

  /**
   * @param at where and how to ask
   * @param key the literal key
   * @return the HeadObject answer
   */
  S3Answer headObject(Target at, String key) {
    return call(at, () -> {
      HeadObjectResponse r = clients.client(at.region(), at.signed()).headObject(b -> b
          .bucket(at.bucket()).key(key).requestPayer(payer(at)));
      return new S3Answer(r.sdkHttpResponse().statusCode(), null, header(r.sdkHttpResponse()),
          r.contentLength() == null ? -1 : r.contentLength(), r.eTag(), r.contentType(), null,
          null, null, false);
    });
  }

  /**
   * @param at where and how to ask
   * @param key the literal key
   * @param n bytes wanted from the start
   * @return the answer of {@code GET Range: bytes=0-(n-1)}, with the bytes read
   */
  S3Answer firstBytes(Target at, String key, int n) {
    return call(at, () -> {
      try (ResponseInputStream<GetObjectResponse> in = clients.client(at.region(), at.signed())
          .getObject(b -> b.bucket(at.bucket()).key(key).range("bytes=0-" + (n - 1))
              .requestPayer(payer(at)))) {
        GetObjectResponse r = in.response();
        byte[] head = in.readNBytes(n);
        long size = Ranges.total(r.contentRange());
        if (size < 0) {
          size = r.contentLength() == null ? -1 : r.contentLength();
          if (size > n) {
            in.abort(); // the server ignored Range: do not drain the whole object
          }
        }
        return new S3Answer(r.sdkHttpResponse().statusCode(), null,
            header(r.sdkHttpResponse()), size, r.eTag(), r.contentType(), head, null, null,
            false);
      } catch (IOException e) {
        return S3Answer.failed("reading the object failed: " + e.getMessage(), false);
      }
    });
  }

  /**
   * @param at where and how to ask
   * @return the HeadBucket answer, with the bucket's region when the server tells it
   */
  S3Answer headBucket(Target at) {
    return call(at, () -> {
      HeadBucketResponse r = clients.client(at.region(), at.signed())
          .headBucket(b -> b.bucket(at.bucket()));
      String region = r.bucketRegion() != null ? r.bucketRegion() : header(r.sdkHttpResponse());
      return new S3Answer(r.sdkHttpResponse().statusCode(), null, region, -1, null, null, null,
          null, null, false);
    });
  }

  /**
   * @param at where and how to ask
   * @param prefix the key prefix
   * @param startAfter list keys after this one, or {@code null} from the start
   * @return one page of at most 1,000 keys
   */
  S3Answer list(Target at, String prefix, String startAfter) {
    return call(at, () -> {
      ListObjectsV2Response r = clients.client(at.region(), at.signed()).listObjectsV2(b -> b
          .bucket(at.bucket()).prefix(prefix.isEmpty() ? null : prefix).startAfter(startAfter)
          .maxKeys(1000).requestPayer(payer(at)));
      List<S3Answer.Listed> entries = r.contents().stream()
          .map(o -> new S3Answer.Listed(o.key(), o.size() == null ? -1 : o.size(), o.eTag()))
          .toList();
      boolean truncated = Boolean.TRUE.equals(r.isTruncated());
      return new S3Answer(r.sdkHttpResponse().statusCode(), null, null, -1, null, null, null,
          new S3Answer.Page(entries, truncated), null, false);
    });
  }

  private S3Answer call(Target at, Supplier<S3Answer> attempt) {
    String host = clients.host(at.bucket(), at.region());
    return retrier.run(() -> limiter.call(host, () -> timed(attempt),
        () -> S3Answer.failed("interrupted", false)), S3Answer::throttled);
  }

  private S3Answer timed(Supplier<S3Answer> attempt) {
    long start = System.nanoTime();
    try {
      return attempt.get();
    } catch (S3Exception e) {
      String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
      SdkHttpResponse response = e.awsErrorDetails() == null ? null
          : e.awsErrorDetails().sdkHttpResponse();
      return new S3Answer(e.statusCode(), code, response == null ? null : header(response), -1,
          null, null, null, null, null, false);
    } catch (IllegalArgumentException e) {
      // Names from untrusted JSON: the SDK validates bucket names while building the request.
      return S3Answer.failed("not addressable: " + e.getMessage(), true);
    } catch (SdkClientException e) {
      return S3Answer.failed(rootCause(e), causedByBadArgument(e));
    } catch (SdkException e) {
      return S3Answer.failed(e.getMessage(), false);
    } finally {
      stats.latency(System.nanoTime() - start);
    }
  }

  /**
   * The SDK's client messages are paragraphs of advice; the root cause says what happened in a
   * few words ({@code UnknownHostException: s3.us-east-1.amazonaws.com}).
   */
  private static String rootCause(Throwable t) {
    Throwable root = t;
    for (int depth = 0; root.getCause() != null && depth < 16; depth++) {
      root = root.getCause();
    }
    if (root == t) {
      return t.getMessage();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private static boolean causedByBadArgument(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof IllegalArgumentException) {
        return true;
      }
    }
    return false;
  }

  private static String header(SdkHttpResponse response) {
    return response.firstMatchingHeader(REGION_HEADER).orElse(null);
  }

  private static RequestPayer payer(Target at) {
    return at.requesterPays() ? RequestPayer.REQUESTER : null;
  }

  /**
   * Where and how one request is sent.
   *
   * @param bucket the bucket
   * @param region the region addressed
   * @param signed sign with the configured keys
   * @param requesterPays send {@code x-amz-request-payer: requester}
   */
  record Target(String bucket, String region, boolean signed, boolean requesterPays) {

    /**
     * @param other region
     * @return a copy addressing another region
     */
    Target inRegion(String other) {
      return new Target(bucket, other, signed, requesterPays);
    }

    /** @return a copy that agrees to pay */
    Target paying() {
      return new Target(bucket, region, signed, true);
    }
  }
}
