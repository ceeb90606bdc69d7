package io.github.cloudaccess.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudaccess.server.catalogue.Product;
import io.github.cloudaccess.server.catalogue.StoreLayout;
import io.github.cloudaccess.server.s3.S3Clients;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The embedded store as an AWS SDK client sees it: open objects read anonymously, private ones
 * refuse anonymous callers with 403 and serve the generated credentials, and the S3 copy is the
 * same octets as the HTTP copy (the altered/resized variants are not).
 */
class S3AccessTest {

  private static S3Client anonymous;
  private static S3Client signed;

  @BeforeAll
  static void clients() {
    RunningServer s = SharedServer.get();
    anonymous = S3Clients.anonymous(s.s3Endpoint(), "us-east-1");
    signed = S3Clients.authenticated(s.s3Endpoint(), "us-east-1", s.s3Credentials());
  }

  @AfterAll
  static void close() {
    anonymous.close();
    signed.close();
  }

  private static Product inCollection(String collection) {
    return SharedServer.get().catalogue().products().stream()
        .filter(p -> p.collection().equals(collection)).findFirst().orElseThrow();
  }

  private static byte[] http(Product p) {
    try {
      return SharedServer.HTTP.send(HttpRequest.newBuilder(SharedServer.get().productUri(p))
          .timeout(java.time.Duration.ofSeconds(20)).build(),
          HttpResponse.BodyHandlers.ofByteArray()).body();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] get(S3Client c, String bucket, String key) {
    ResponseBytes<GetObjectResponse> b = c.getObjectAsBytes(r -> r.bucket(bucket).key(key));
    return b.asByteArray();
  }

  @Test
  void anOpenObjectReadsAnonymouslyAndEqualsTheHttpCopy() {
    Product p = inCollection("hst-sim");
    assertThat(p.copies().get(0).bucket()).isEqualTo(StoreLayout.HST);
    assertThat(get(anonymous, "ca-corpus-hst", p.path())).isEqualTo(http(p));
  }

  @Test
  void restrictedRegionAndNoneObjectsRefuseAnonymousCallers() {
    for (String[] bk : new String[][] {
        {"ca-corpus-euclid", inCollection("euclid-sim").path()},
        {"ca-corpus-chandra", inCollection("chandra-sim").path()}}) {
      assertThatThrownBy(() -> get(anonymous, bk[0], bk[1]))
          .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode())
              .isEqualTo(403));
    }
    Product cold = SharedServer.get().catalogue().products().stream()
        .filter(p -> p.copies().size() > 1).findFirst().orElseThrow();
    assertThat(cold.copies().get(1).bucket()).isEqualTo(StoreLayout.COLD);
    assertThatThrownBy(() -> get(anonymous, "ca-corpus-cold", cold.path()))
        .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode())
            .isEqualTo(403));
    assertThat(get(signed, "ca-corpus-cold", cold.path())).isEqualTo(http(cold));
  }

  @Test
  void theCredentialsReadRestrictedObjects() {
    Product p = inCollection("euclid-sim");
    assertThat(get(signed, "ca-corpus-euclid", p.path())).isEqualTo(http(p));
  }

  @Test
  void wrongCredentialsAreRefused() {
    RunningServer s = SharedServer.get();
    try (S3Client wrong = S3Clients.authenticated(s.s3Endpoint(), "us-east-1",
        new io.github.cloudaccess.server.s3.S3Credentials(s.s3Credentials().accessKeyId(),
            "0000000000000000000000000000000000000000"))) {
      Product p = inCollection("euclid-sim");
      assertThatThrownBy(() -> get(wrong, "ca-corpus-euclid", p.path()))
          .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode())
              .isEqualTo(403));
    }
  }

  @Test
  void headBucketTellsTheBucketRegion() {
    assertThat(signed.headBucket(r -> r.bucket("ca-corpus-spitzer")).bucketRegion())
        .isEqualTo("us-west-2");
    assertThat(signed.headBucket(r -> r.bucket("ca-corpus-hst")).bucketRegion())
        .isEqualTo("us-east-1");
  }

  @Test
  void s3EtagIsTheMd5OfTheSameBytes() {
    Product p = inCollection("spitzer-sim");
    String etag = anonymous.headObject(r -> r.bucket("ca-corpus-spitzer").key(p.path())).eTag();
    assertThat(etag).isEqualTo(SharedServer.get().catalogue().bytes(p).etag());
  }

  @Test
  void theDefectVariantsDifferFromTheHttpCopy() throws Exception {
    SharedServer.get().defectVariantsStored().get(60, java.util.concurrent.TimeUnit.SECONDS);
    Product p = inCollection("hst-sim");
    byte[] original = http(p);
    byte[] altered = get(anonymous, "ca-corpus-hst", "altered/" + p.path());
    assertThat(altered).hasSameSizeAs(original).isNotEqualTo(original);
    assertThat(Arrays.copyOf(altered, 2879)).isEqualTo(Arrays.copyOf(original, 2879));
    byte[] resized = get(anonymous, "ca-corpus-hst", "resized/" + p.path());
    assertThat(resized).hasSize(original.length + 2880);
    assertThat(Arrays.copyOf(resized, original.length)).isEqualTo(original);
    assertThatThrownBy(() -> get(anonymous, "ca-corpus-hst", "missing/" + p.path()))
        .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode())
            .isEqualTo(404));
  }
}
