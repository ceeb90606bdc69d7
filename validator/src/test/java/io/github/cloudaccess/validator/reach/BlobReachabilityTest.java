package io.github.cloudaccess.validator.reach;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.github.cloudaccess.validator.reach.Refs.codesAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.cloudaccess.schema.Access;
import io.github.cloudaccess.schema.AzureLocation;
import io.github.cloudaccess.schema.GoogleLocation;
import io.github.cloudaccess.schema.Location;
import io.github.cloudaccess.schema.OtherLocation;
import io.github.cloudaccess.validator.CollectingReporter;
import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.report.Position;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Google Cloud Storage and Azure Blob locations against WireMock standing in for both public
 * endpoints: found with size and MD5, missing object versus missing bucket, refusals in each
 * provider's dialect, and the comparison with an on-prem copy.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class BlobReachabilityTest {

  private static final String MD5 = "0123456789abcdef0123456789abcdef";
  private static WireMockServer wm;
  private static ReachOptions options;

  @BeforeAll
  static void start() {
    wm = new WireMockServer(options().port(0).bindAddress("127.0.0.1").gzipDisabled(true));
    wm.start();
    URI base = URI.create("http://127.0.0.1:" + wm.port());
    options = ReachOptions.defaults()
        .withEndpoints(Endpoints.publicCloud().withGcs(URI.create(base + "/gcs"))
            .withAzure(URI.create(base + "/az")))
        .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(5))
        .withRetries(1, Duration.ofMillis(5));
    String b64 = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(MD5));

    wm.stubFor(get(urlPathEqualTo("/gcs/gbucket/dir/ok.fits")).willReturn(aResponse()
        .withStatus(206).withHeader("Content-Range", "bytes 0-0/1234")
        .withHeader("x-goog-hash", "crc32c=AAAAAA==").withHeader("x-goog-hash", "md5=" + b64)
        .withHeader("Content-Type", "application/fits").withBody("S")));
    wm.stubFor(get(urlPathEqualTo("/gcs/gbucket/dir/missing.fits")).willReturn(aResponse()
        .withStatus(404).withBody("<Error><Code>NoSuchKey</Code></Error>")));
    wm.stubFor(get(urlPathEqualTo("/gcs/gone/x.fits")).willReturn(aResponse()
        .withStatus(404).withBody("<Error><Code>NoSuchBucket</Code></Error>")));
    wm.stubFor(get(urlPathEqualTo("/gcs/gbucket/private.fits")).willReturn(aResponse()
        .withStatus(403).withBody("<Error><Code>AccessDenied</Code></Error>")));
    wm.stubFor(get(urlPathEqualTo("/gcs/gbucket/a%20b.fits")).willReturn(aResponse()
        .withStatus(206).withHeader("Content-Range", "bytes 0-0/1").withBody("S")));

    wm.stubFor(get(urlPathEqualTo("/az/acct/cont/ok.fits")).willReturn(aResponse()
        .withStatus(206).withHeader("Content-Range", "bytes 0-0/1234")
        .withHeader("x-ms-blob-content-md5", b64).withBody("S")));
    wm.stubFor(get(urlPathEqualTo("/az/acct/cont/missing.fits")).willReturn(aResponse()
        .withStatus(404).withHeader("x-ms-error-code", "BlobNotFound")));
    wm.stubFor(get(urlPathEqualTo("/az/acct/gone/x.fits")).willReturn(aResponse()
        .withStatus(404).withHeader("x-ms-error-code", "ContainerNotFound")));
    wm.stubFor(get(urlPathEqualTo("/az/acct/private/x.fits")).willReturn(aResponse()
        .withStatus(404).withHeader("x-ms-error-code", "ResourceNotFound")));
    wm.stubFor(get(urlPathEqualTo("/az/acct/nopublic/x.fits")).willReturn(aResponse()
        .withStatus(409).withHeader("x-ms-error-code", "PublicAccessNotPermitted")));

    wm.stubFor(get(urlPathEqualTo("/prem/ok.fits")).willReturn(aResponse().withStatus(206)
        .withHeader("Content-Range", "bytes 0-0/1000").withHeader("ETag", "\"" + MD5 + "\"")
        .withBody("S")));
  }

  @AfterAll
  static void stop() {
    wm.stop();
  }

  private static ObjectRef ref(long row, Location location) {
    return ObjectRef.of(new Position(Refs.SOURCE, row, 1, row, null), location);
  }

  private static GoogleLocation gcs(String bucket, String object, Access access) {
    return new GoogleLocation(bucket, object, Optional.empty(), Optional.ofNullable(access),
        "/google");
  }

  private static AzureLocation azure(String container, String blob, Access access) {
    return new AzureLocation("acct", container, blob, Optional.empty(),
        Optional.ofNullable(access), "/azure");
  }

  private static ReachSummary run(CollectingReporter r, ObjectRef... refs) {
    try (ReachabilityChecker checker = new ReachabilityChecker(options)) {
      return checker.check(Stream.of(refs), Refs.SOURCE, r);
    }
  }

  @Test
  void googleOutcomesAreTold() {
    CollectingReporter r = new CollectingReporter();
    ReachSummary s = run(r,
        ref(1, gcs("gbucket", "dir/ok.fits", Access.OPEN)).withContentLength(1234),
        ref(2, gcs("gbucket", "dir/missing.fits", Access.OPEN)),
        ref(3, gcs("gone", "x.fits", Access.OPEN)),
        ref(4, gcs("gbucket", "private.fits", Access.OPEN)),
        ref(5, gcs("gbucket", "a b.fits", null)),
        ref(6, gcs("gbucket", "dir/ok.fits", Access.OPEN)).withEstsize(5));
    assertThat(codesAt(r, 1)).as(r.describe()).isEmpty();
    assertThat(codesAt(r, 2)).containsExactly(ReachCodes.MISSING_KEY);
    assertThat(codesAt(r, 3)).containsExactly(ReachCodes.MISSING_BUCKET);
    assertThat(codesAt(r, 4)).containsExactly(ReachCodes.OPEN_DENIED);
    assertThat(codesAt(r, 5)).as("spaces are percent-encoded").isEmpty();
    assertThat(codesAt(r, 6)).containsExactly(Code.E_OBJ_SIZE);
    assertThat(s.missingBuckets()).isEqualTo(1);
    assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/gcs/gbucket/dir/ok.fits")))
        .get(0).getHeader("Range")).isEqualTo("bytes=0-0");
  }

  @Test
  void azureOutcomesAreTold() {
    CollectingReporter r = new CollectingReporter();
    ReachSummary s = run(r,
        ref(1, azure("cont", "ok.fits", Access.OPEN)),
        ref(2, azure("cont", "missing.fits", Access.OPEN)),
        ref(3, azure("gone", "x.fits", Access.OPEN)),
        ref(4, azure("private", "x.fits", Access.OPEN)),
        ref(5, azure("nopublic", "x.fits", Access.OPEN)),
        ref(6, azure("cont", "ok.fits", Access.RESTRICTED)));
    assertThat(codesAt(r, 1)).as(r.describe()).isEmpty();
    assertThat(codesAt(r, 2)).containsExactly(ReachCodes.MISSING_KEY);
    assertThat(codesAt(r, 3)).containsExactly(ReachCodes.MISSING_BUCKET);
    assertThat(codesAt(r, 4)).containsExactly(ReachCodes.OPEN_DENIED);
    assertThat(codesAt(r, 5)).containsExactly(ReachCodes.OPEN_DENIED);
    assertThat(codesAt(r, 6)).containsExactly(ReachCodes.RESTRICTED_SKIPPED);
    assertThat(s.found()).isEqualTo(1);
  }

  @Test
  void cloudCopiesAreComparedWithTheOnPremCopy() {
    CollectingReporter r = new CollectingReporter();
    String prem = "http://127.0.0.1:" + wm.port() + "/prem/ok.fits";
    run(r, ref(1, gcs("gbucket", "dir/ok.fits", Access.OPEN)).withAccessUrl(prem),
        ref(2, azure("cont", "ok.fits", Access.OPEN)).withAccessUrl(prem),
        ref(3, new OtherLocation("prem", "{}", Optional.empty(), "/prem")));
    // Same MD5 and first byte, 1234 against 1000 bytes: sizes differ, nothing else.
    assertThat(codesAt(r, 1)).as(r.describe()).containsExactly(Code.E_OBJ_SIZE);
    assertThat(codesAt(r, 2)).as(r.describe()).containsExactly(Code.E_OBJ_SIZE);
    assertThat(codesAt(r, 3)).as("other providers are counted, not checked").isEmpty();
  }
}
