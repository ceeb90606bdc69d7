package io.github.cloudaccess.validator.reach;

import io.github.cloudaccess.schema.AzureLocation;
import io.github.cloudaccess.schema.GoogleLocation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Probes Google Cloud Storage and Azure Blob objects anonymously over plain HTTPS, at the public
 * endpoints or the configured overrides, and reads each provider's way of saying "missing",
 * "private" and "MD5".
 *
 * <p>Azure answers an anonymous request for a blob in a private container with 404
 * {@code ResourceNotFound}, the same as for a missing one: that is reported as a refusal, since
 * the object is unreadable either way and only {@code BlobNotFound}/{@code ContainerNotFound}
 * say "missing" for sure.
 */
final class BlobProbe {

  /** Azure storage account names: 3 to 24 lowercase letters and digits. */
  private static final Pattern ACCOUNT = Pattern.compile("[a-z0-9]{3,24}");

  private final HttpProbe http;
  private final Endpoints endpoints;

  BlobProbe(HttpProbe http, Endpoints endpoints) {
    this.http = http;
    this.endpoints = endpoints;
  }

  /**
   * @param location a GCS object
   * @param n bytes wanted (1 when only existence and size matter)
   * @return the outcome
   */
  CloudState google(GoogleLocation location, int n) {
    URI uri;
    try {
      uri = URI.create(UrlPaths.join(endpoints.gcs().toString(),
          UrlPaths.encode(location.bucketName()) + "/" + UrlPaths.encode(location.objectName())));
    } catch (IllegalArgumentException e) {
      return CloudState.of(CloudState.Kind.UNADDRESSABLE, "not a usable URL");
    }
    HttpProbe.Fetched f = http.first(uri, n);
    if (f.status() == 404) {
      boolean bucket = f.head() != null
          && new String(f.head(), StandardCharsets.UTF_8).contains("<Code>NoSuchBucket</Code>");
      return CloudState.of(bucket ? CloudState.Kind.MISSING_BUCKET : CloudState.Kind.MISSING_KEY,
          f.describe());
    }
    String md5 = f.headers() == null ? null
        : Digests.md5FromGoogleHash(f.headers().allValues("x-goog-hash"));
    return common(f, n, md5);
  }

  /**
   * @param location an Azure blob
   * @param n bytes wanted (1 when only existence and size matter)
   * @return the outcome
   */
  CloudState azure(AzureLocation location, int n) {
    if (!ACCOUNT.matcher(location.accountName()).matches()) {
      return CloudState.of(CloudState.Kind.UNADDRESSABLE, "not a storage account name");
    }
    String path = UrlPaths.encode(location.containerName()) + "/"
        + UrlPaths.encode(location.blobName());
    URI uri;
    try {
      uri = endpoints.azure()
          .map(base -> URI.create(UrlPaths.join(base.toString(),
              location.accountName() + "/" + path)))
          .orElseGet(() -> URI.create("https://" + location.accountName()
              + ".blob.core.windows.net/" + path));
    } catch (IllegalArgumentException e) {
      return CloudState.of(CloudState.Kind.UNADDRESSABLE, "not a usable URL");
    }
    HttpProbe.Fetched f = http.first(uri, n);
    String code = HttpProbe.header(f, "x-ms-error-code");
    String detail = f.describe() + (code == null ? "" : " " + OneLineText.clip(code));
    if (f.status() == 404) {
      CloudState.Kind kind = "BlobNotFound".equals(code) ? CloudState.Kind.MISSING_KEY
          : "ContainerNotFound".equals(code) ? CloudState.Kind.MISSING_BUCKET
          : CloudState.Kind.DENIED;
      return CloudState.of(kind, detail);
    }
    if (f.status() == 409 && "PublicAccessNotPermitted".equals(code)) {
      return CloudState.of(CloudState.Kind.DENIED, detail);
    }
    // For a range, Content-MD5 covers the range; the blob's own MD5 travels separately.
    String md5 = Digests.md5FromBase64(HttpProbe.header(f, "x-ms-blob-content-md5"));
    if (md5 == null && f.status() == 200) {
      md5 = Digests.md5FromBase64(HttpProbe.header(f, "content-md5"));
    }
    return common(f, n, md5);
  }

  private static CloudState common(HttpProbe.Fetched f, int n, String md5) {
    if (f.failure() != null && !(f.status() == 200 && f.headers() != null)) {
      return CloudState.of(CloudState.Kind.NETFAIL, f.describe());
    }
    if (f.status() == 200 || f.status() == 206) {
      byte[] head = n > 1 && !f.encoded() ? f.head() : null;
      return CloudState.found(HttpProbe.size(f), md5,
          HttpProbe.header(f, "content-type"), head, f.describe());
    }
    if (f.status() == 416) {
      return CloudState.found(0, md5, null, new byte[0], f.describe());
    }
    if (f.throttled()) {
      return CloudState.of(CloudState.Kind.THROTTLED, f.describe());
    }
    if (f.status() == 401 || f.status() == 403) {
      return CloudState.of(CloudState.Kind.DENIED, f.describe());
    }
    return CloudState.of(CloudState.Kind.NETFAIL, f.describe());
  }
}
