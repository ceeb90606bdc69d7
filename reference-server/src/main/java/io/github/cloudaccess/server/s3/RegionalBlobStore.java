package io.github.cloudaccess.server.s3;

import java.util.Map;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.ForwardingBlobStore;
import software.amazon.awssdk.services.s3.model.HeadBucketRequest;
import software.amazon.awssdk.services.s3.model.HeadBucketResponse;

/**
 * Adds the bucket's region to HeadBucket answers, which s3proxy then sends as
 * {@code x-amz-bucket-region} the way AWS does; the transient store itself has no regions.
 * This is what lets a validator detect a cloud_access value that declares the wrong region.
 */
final class RegionalBlobStore extends ForwardingBlobStore {

  private final Map<String, String> regions;

  /**
   * @param delegate the real store
   * @param regions region code per bucket name
   */
  RegionalBlobStore(BlobStore delegate, Map<String, String> regions) {
    super(delegate);
    this.regions = Map.copyOf(regions);
  }

  @Override
  public HeadBucketResponse headBucket(HeadBucketRequest request) {
    HeadBucketResponse r = super.headBucket(request);
    String region = regions.get(request.bucket());
    return region == null ? r : r.toBuilder().bucketRegion(region).build();
  }
}
