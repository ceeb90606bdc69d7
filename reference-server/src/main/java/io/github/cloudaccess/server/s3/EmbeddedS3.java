package io.github.cloudaccess.server.s3;

import io.github.cloudaccess.server.catalogue.Bucket;
import io.github.cloudaccess.server.catalogue.Catalogue;
import io.github.cloudaccess.server.catalogue.Product;
import io.github.cloudaccess.server.catalogue.StoreLayout;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.services.s3.model.ObjectCannedACL;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * An in-process s3proxy over an in-memory store on loopback, holding every product under its
 * corpus path in the bucket of its collection (see {@link StoreLayout}), plus the variants the
 * object defects point at: {@code altered/<key>} (same size, one header byte differs) and
 * {@code resized/<key>} (one extra zero block). Objects of open buckets get a public-read ACL;
 * everything else needs the generated credentials.
 */
public final class EmbeddedS3 implements AutoCloseable {

  /** Key prefix of the copies whose bytes differ from the HTTP copy. */
  public static final String ALTERED = "altered/";
  /** Key prefix of the copies whose size differs from the HTTP copy. */
  public static final String RESIZED = "resized/";

  private static final long START_TIMEOUT_MS = 30_000;

  private final S3Proxy proxy;
  private final BlobStore store;
  private final S3Credentials credentials;
  private final URI endpoint;

  private EmbeddedS3(S3Proxy proxy, BlobStore store, S3Credentials credentials) {
    this.proxy = proxy;
    this.store = store;
    this.credentials = credentials;
    this.endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
  }

  /**
   * Starts the store, empty; {@link #load} fills it.
   *
   * @return the running store
   * @throws Exception when s3proxy does not start within 30 s
   */
  public static EmbeddedS3 start() throws Exception {
    Map<String, String> regions = new HashMap<>();
    for (Bucket b : StoreLayout.buckets()) {
      regions.put(b.name(), b.region());
    }
    BlobStore store = new RegionalBlobStore(new TransientNio2BlobStore(), regions);
    S3Credentials credentials = S3Credentials.generate();
    S3Proxy proxy = S3Proxy.builder()
        .blobStore(store)
        .endpoint(URI.create("http://127.0.0.1:0"))
        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, credentials.accessKeyId(),
            credentials.secretAccessKey())
        /* No graceful phase: in-process SDK clients (the validator's, the reference client's)
           keep idle keep-alive connections in the JDK's cache, which a graceful stop waits on
           and then fails with a TimeoutException, leaving Jetty in state FAILED. Requests in
           flight when the owner stops the store are not worth finishing. */
        .stopTimeout(0)
        .build();
    proxy.start();
    long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
    while (!"STARTED".equals(proxy.getState())) {
      if (System.currentTimeMillis() > deadline) {
        proxy.stop();
        throw new IllegalStateException("s3proxy did not start: " + proxy.getState());
      }
      Thread.sleep(5);
    }
    return new EmbeddedS3(proxy, store, credentials);
  }

  /**
   * Creates the buckets and puts every product, straight into the store (no HTTP round trip, no
   * signing).
   *
   * @param catalogue the products
   */
  public void load(Catalogue catalogue) {
    for (Bucket b : StoreLayout.buckets()) {
      store.createContainer(b.name());
    }
    forEachStoredCopy(catalogue, this::put);
  }

  /**
   * Puts the variants the object defects point at: {@code altered/<key>} and
   * {@code resized/<key>}. Only those defects need them, so start-up runs this in the background
   * and the defect responses wait for it.
   *
   * @param catalogue the products
   */
  public void loadVariants(Catalogue catalogue) {
    forEachStoredCopy(catalogue, (bucket, key, data) -> {
      byte[] altered = data.clone();
      // The last byte of the header block is padding: changing it keeps the size and the FITS
      // validity but changes the first 2880 bytes and the MD5.
      int at = Math.min(2880, altered.length) - 1;
      altered[at] = (byte) (altered[at] ^ 0x01);
      put(bucket, ALTERED + key, altered);
      byte[] resized = new byte[data.length + 2880];
      System.arraycopy(data, 0, resized, 0, data.length);
      put(bucket, RESIZED + key, resized);
    });
  }

  /** Receives one stored copy. */
  @FunctionalInterface
  private interface CopyVisitor {
    void visit(Bucket bucket, String key, byte[] data);
  }

  private static void forEachStoredCopy(Catalogue catalogue, CopyVisitor visitor) {
    for (Product p : catalogue.products()) {
      byte[] data = catalogue.bytes(p).copy();
      visitor.visit(StoreLayout.primary(p.collection()), p.path(), data);
      if (StoreLayout.hasColdCopy(p.index())) {
        visitor.visit(StoreLayout.COLD, p.path(), data);
      }
    }
  }

  private void put(Bucket bucket, String key, byte[] data) {
    // The ACL rides on the put: a separate setBlobAccess costs another metadata write.
    store.putBlob(PutObjectRequest.builder()
        .bucket(bucket.name())
        .key(key)
        .contentLength((long) data.length)
        .contentType(Product.FORMAT)
        .acl(bucket.publicRead() ? ObjectCannedACL.PUBLIC_READ : ObjectCannedACL.PRIVATE)
        .build(), new ByteArrayInputStream(data));
  }

  /** @return the endpoint, {@code http://127.0.0.1:<port>} */
  public URI endpoint() {
    return endpoint;
  }

  /** @return the key pair that reads every object */
  public S3Credentials credentials() {
    return credentials;
  }

  @Override
  public void close() throws Exception {
    proxy.stop();
  }
}
