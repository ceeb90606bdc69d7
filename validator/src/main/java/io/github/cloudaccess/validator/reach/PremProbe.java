package io.github.cloudaccess.validator.reach;

import io.github.cloudaccess.validator.http.FailureKind;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Fetches the start of the on-prem copy behind a row's access_url (one ranged GET) and reduces the
 * answer to its size, MD5 where one is certain, Content-Type and first bytes.
 *
 * <p>A server that ignores Range and sends a large file is cut at the fetcher's byte cap: its
 * Content-Length still gives the size; its bytes are then not compared.
 */
final class PremProbe {

  private final HttpProbe http;

  PremProbe(HttpProbe http) {
    this.http = http;
  }

  /**
   * @param accessUrl the access_url text from the row
   * @return an absolute http(s) URI, or empty when the text is not one (other stages judge it)
   */
  static Optional<URI> usable(String accessUrl) {
    try {
      URI uri = new URI(accessUrl.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
          ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /**
   * A refused connection, a reset and a bad answer come from a host that is there: the
   * archive's. A name that does not resolve and a connection that never opens say as much about
   * the validator's own network (a CI runner without internet) as about the archive: could not
   * test, unless the run shows that the validator's DNS and network work ({@link
   * NetworkEvidence}). The validator's own limits and faults are never the archive's.
   *
   * @param kind why the fetch failed
   * @param evidence what the run shows of the validator's network
   * @return {@link PremState.Kind#UNREACHABLE} or {@link PremState.Kind#NOT_TESTED}
   */
  static PremState.Kind judge(FailureKind kind, NetworkEvidence evidence) {
    if (kind.validatorSide()) {
      return PremState.Kind.NOT_TESTED;
    }
    boolean ours = kind == FailureKind.DNS || kind == FailureKind.CONNECT_TIMEOUT;
    return ours && evidence != NetworkEvidence.NAME_RESOLVED ? PremState.Kind.NOT_TESTED
        : PremState.Kind.UNREACHABLE;
  }

  /**
   * @param uri the access_url
   * @param n bytes wanted from the start
   * @param evidence what the run shows of the validator's network
   * @return the outcome
   */
  PremState fetch(URI uri, int n, NetworkEvidence evidence) {
    HttpProbe.Fetched f = http.first(uri, n);
    boolean capped = f.failure() != null && f.failure().kind() == FailureKind.BODY_TOO_LARGE
        && f.status() == 200;
    if (f.failure() != null && !capped) {
      return PremState.failed(judge(f.failure().kind(), evidence), f.status(), f.describe());
    }
    if (f.status() == 416) {
      return new PremState(PremState.Kind.OK, 416, 0, null,
          HttpProbe.header(f, "content-type"), new byte[0], f.describe());
    }
    if (f.status() != 200 && f.status() != 206) {
      return PremState.failed(PremState.Kind.BAD_STATUS, f.status(), f.describe());
    }
    // Content-MD5 of a 206 covers the part only; a strong MD5-shaped ETag covers the file.
    String md5 = f.status() == 200 ? Digests.md5FromBase64(HttpProbe.header(f, "content-md5"))
        : null;
    if (md5 == null) {
      md5 = Digests.md5FromEtag(HttpProbe.header(f, "etag"));
    }
    long size = f.encoded() ? -1 : HttpProbe.size(f);
    byte[] head = f.encoded() || capped ? null : f.head();
    return new PremState(PremState.Kind.OK, f.status(), size, md5,
        HttpProbe.header(f, "content-type"), head, f.describe());
  }
}
