package io.github.cloudaccess.validator.reach;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the providers are reached: the public endpoints, or overrides for S3-compatible stores,
 * emulators and tests ({@code --s3-endpoint}, {@code --gcs-endpoint}, {@code --azure-endpoint}).
 *
 * @param s3 an S3 endpoint override, empty for AWS's regional endpoints
 * @param pathStyle address buckets as {@code <endpoint>/<bucket>/<key>} (needed by most custom
 *     endpoints, which have no per-bucket host names)
 * @param gcs the Google Cloud Storage XML-API base; objects are {@code <base>/<bucket>/<object>}
 * @param azure an Azure Blob base override, whose blobs are {@code <base>/<account>/<container>/<blob>}
 *     (Azurite's layout); empty for {@code https://<account>.blob.core.windows.net/<container>/<blob>}
 */
public record Endpoints(Optional<URI> s3, boolean pathStyle, URI gcs, Optional<URI> azure) {

  /** The public Google endpoint. */
  public static final URI GOOGLE = URI.create("https://storage.googleapis.com");

  /** Requires absolute http(s) URIs, so a typo fails at start-up, not per object. */
  public Endpoints {
    s3.ifPresent(Endpoints::requireHttp);
    requireHttp(gcs);
    azure.ifPresent(Endpoints::requireHttp);
  }

  /** @return the public endpoints of the three providers */
  public static Endpoints publicCloud() {
    return new Endpoints(Optional.empty(), false, GOOGLE, Optional.empty());
  }

  /**
   * @param endpoint an S3-compatible endpoint
   * @param path true for path-style addressing
   * @return a copy using it
   */
  public Endpoints withS3(URI endpoint, boolean path) {
    return new Endpoints(Optional.of(endpoint), path, gcs, azure);
  }

  /**
   * @param base the Google base URL
   * @return a copy using it
   */
  public Endpoints withGcs(URI base) {
    return new Endpoints(s3, pathStyle, base, azure);
  }

  /**
   * @param base the Azure base URL (path-style)
   * @return a copy using it
   */
  public Endpoints withAzure(URI base) {
    return new Endpoints(s3, pathStyle, gcs, Optional.of(base));
  }

  private static void requireHttp(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new IllegalArgumentException("endpoint must be an absolute http(s) URL: " + uri);
    }
  }
}
