package io.github.cloudaccess.client.transfer;

import io.github.cloudaccess.client.plan.AzureRoute;
import io.github.cloudaccess.client.plan.GoogleRoute;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the public HTTPS URLs of Google Cloud Storage objects and Azure blobs.
 *
 * <p>Google: {@code <gcsBase>/<bucket>/<object>} (default base
 * {@code https://storage.googleapis.com}). Azure: {@code https://<account>.blob.core.windows.net/
 * <container>/<blob>}, or with a base override (an emulator) {@code <azureBase>/<account>/
 * <container>/<blob>}. Names are percent-encoded byte by byte except RFC 3986 unreserved
 * characters and the {@code /} separators; {@code .} and {@code ..} segments are encoded too, so
 * no server normalises them into another object.
 *
 * @param gcsBase the GCS base URL
 * @param azureBase the Azure base URL override, empty for the public endpoint
 */
public record BlobEndpoints(URI gcsBase, Optional<URI> azureBase) {

  /** The public GCS endpoint. */
  public static final URI GCS_PUBLIC = URI.create("https://storage.googleapis.com");

  public BlobEndpoints {
    Objects.requireNonNull(gcsBase, "gcsBase");
    Objects.requireNonNull(azureBase, "azureBase");
  }

  /** @return the public endpoints */
  public static BlobEndpoints defaults() {
    return new BlobEndpoints(GCS_PUBLIC, Optional.empty());
  }

  /** @return the object's URL */
  public URI google(GoogleRoute r) {
    return URI.create(strip(gcsBase.toString()) + "/" + encodePath(r.bucket()) + "/" + encodePath(r.objectName()));
  }

  /** @return the blob's URL */
  public URI azure(AzureRoute r) {
    String tail = "/" + encodePath(r.container()) + "/" + encodePath(r.blob());
    if (azureBase.isPresent()) {
      return URI.create(strip(azureBase.get().toString()) + "/" + encodePath(r.account()) + tail);
    }
    return URI.create("https://" + r.account() + ".blob.core.windows.net" + tail);
  }

  private static String strip(String base) {
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /**
   * @param path a name whose {@code /} are separators
   * @return the percent-encoded path
   */
  static String encodePath(String path) {
    StringBuilder b = new StringBuilder();
    String[] segs = path.split("/", -1);
    for (int i = 0; i < segs.length; i++) {
      if (i > 0) {
        b.append('/');
      }
      String s = segs[i];
      if (s.equals(".") || s.equals("..")) {
        b.append(s.replace(".", "%2E"));
        continue;
      }
      for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
        int c = x & 0xff;
        boolean unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '-' || c == '.' || c == '_' || c == '~';
        if (unreserved) {
          b.append((char) c);
        } else {
          b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
              .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
        }
      }
    }
    return b.toString();
  }
}
