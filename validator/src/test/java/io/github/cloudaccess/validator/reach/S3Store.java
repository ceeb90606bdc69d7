package io.github.cloudaccess.validator.reach;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.ForwardingBlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.services.s3.model.BucketCannedACL;
import software.amazon.awssdk.services.s3.model.HeadBucketRequest;
import software.amazon.awssdk.services.s3.model.HeadBucketResponse;
import software.amazon.awssdk.services.s3.model.ObjectCannedACL;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * One in-process s3proxy per test JVM on loopback (starting one costs seconds), with AWS
 * signatures required: public-read objects stand for {@code open} copies, private ones for the
 * rest. HeadBucket answers carry each bucket's region as {@code x-amz-bucket-region}, as AWS's do.
 */
final class S3Store {

  /** The access key id s3proxy accepts (a test value). */
  static final String ID = "AKIDREACHTEST7Q";
  /** Its secret. */
  static final String SECRET = "reach-test-secret-5e4d3c2b1a";

  private static S3Store instance;

  private final BlobStore store;
  private final Map<String, String> regions = new ConcurrentHashMap<>();
  private final URI endpoint;

  private S3Store() throws Exception {
    store = new Regional(new TransientNio2BlobStore(), regions);
    S3Proxy proxy = S3Proxy.builder()
        .blobStore(store)
        .endpoint(URI.create("http://127.0.0.1:0"))
        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ID, SECRET)
        .stopTimeout(100)
        .build();
    proxy.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!"STARTED".equals(proxy.getState())) {
      if (System.nanoTime() > deadline) {
        proxy.stop();
        throw new IllegalStateException("s3proxy did not start: " + proxy.getState());
      }
      Thread.sleep(5);
    }
    endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
  }

  /** @return the shared store, started on first use */
  static synchronized S3Store get() throws Exception {
    if (instance == null) {
      instance = new S3Store();
    }
    return instance;
  }

  /** @return the endpoint */
  URI endpoint() {
    return endpoint;
  }

  /**
   * @return options for this store: path-style override, short timeouts, quick retries
   */
  ReachOptions options() {
    return ReachOptions.defaults()
        .withEndpoints(Endpoints.publicCloud().withS3(endpoint, true))
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))
        .withRetries(2, Duration.ofMillis(5));
  }

  /** @return the keys s3proxy accepts */
  static Optional<S3Keys> keys() {
    return Optional.of(new S3Keys(ID, SECRET, null));
  }

  /**
   * Creates a bucket if missing.
   *
   * @param name the bucket
   * @param publicRead anonymous listing allowed
   * @param region what HeadBucket reports as its region
   */
  void bucket(String name, boolean publicRead, String region) {
    if (!store.containerExists(name)) {
      store.createContainer(name);
    }
    store.setContainerAccess(name, publicRead ? BucketCannedACL.PUBLIC_READ
        : BucketCannedACL.PRIVATE);
    regions.put(name, region);
  }

  /**
   * @param bucket an existing bucket
   * @param key the key
   * @param data the bytes
   * @param publicRead readable anonymously
   * @param contentType the stored Content-Type
   */
  void put(String bucket, String key, byte[] data, boolean publicRead, String contentType) {
    store.putBlob(PutObjectRequest.builder().bucket(bucket).key(key)
        .contentLength((long) data.length).contentType(contentType)
        .acl(publicRead ? ObjectCannedACL.PUBLIC_READ : ObjectCannedACL.PRIVATE).build(),
        new ByteArrayInputStream(data));
  }

  /** Adds the bucket's region to HeadBucket answers, which s3proxy sends as a header. */
  private static final class Regional extends ForwardingBlobStore {
    private final Map<String, String> regions;

    Regional(BlobStore delegate, Map<String, String> regions) {
      super(delegate);
      this.regions = regions;
    }

    @Override
    public HeadBucketResponse headBucket(HeadBucketRequest request) {
      HeadBucketResponse r = super.headBucket(request);
      String region = regions.get(request.bucket());
      return region == null ? r : r.toBuilder().bucketRegion(region).build();
    }
  }
}
