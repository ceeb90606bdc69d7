package io.github.cloudaccess.validator.reach;

import io.github.cloudaccess.schema.AwsLocation;
import io.github.cloudaccess.schema.AzureLocation;
import io.github.cloudaccess.schema.GoogleLocation;
import io.github.cloudaccess.schema.Location;
import io.github.cloudaccess.validator.report.Finding;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compares a found cloud copy with what the row says about the data product: the on-prem copy's
 * size, first FITS block, MD5 and file name, ObsCore {@code access_estsize}, DataLink
 * {@code content_length} and {@code access_format}.
 */
final class ConsistencyRules {

  /** Content-Types that say nothing about the content (upload tools' defaults). */
  private static final Set<String> GENERIC = Set.of("application/octet-stream",
      "binary/octet-stream", "application/binary", "application/unknown");
  /** The spellings of FITS in use; any two of them agree. */
  private static final Set<String> FITS = Set.of("application/fits", "image/fits",
      "application/x-fits", "image/x-fits");

  private ConsistencyRules() {}

  /**
   * @param ref the reference
   * @param cloud a found cloud copy
   * @param prem the on-prem answer, or {@code null} when there is no usable access_url
   * @param out receives the findings
   */
  static void check(ObjectRef ref, CloudState cloud, PremState prem, List<Finding> out) {
    long size = cloud.size();
    if (prem != null && prem.ok()) {
      if (size >= 0 && prem.size() >= 0 && size != prem.size()) {
        AccessJudge.add(out, ref, ReachCodes.SIZE, "cloud object has " + size
            + " bytes, the access_url copy " + prem.size(), null);
      }
      bytes(ref, cloud.head(), prem.head(), out);
      if (cloud.md5() != null && prem.md5() != null && !cloud.md5().equals(prem.md5())) {
        AccessJudge.add(out, ref, ReachCodes.HASH, "cloud MD5 " + cloud.md5()
            + " differs from the access_url copy's " + prem.md5(), null);
      }
    }
    if (size >= 0 && ref.contentLength().isPresent() && ref.contentLength().getAsLong() != size) {
      AccessJudge.add(out, ref, ReachCodes.SIZE, "cloud object has " + size
          + " bytes, content_length says " + ref.contentLength().getAsLong(), null);
    }
    if (size >= 0 && ref.estsizeKbyte().isPresent()
        && !estimateFits(size, ref.estsizeKbyte().getAsLong())) {
      AccessJudge.add(out, ref, ReachCodes.SIZE, "cloud object has " + size
          + " bytes, access_estsize says " + ref.estsizeKbyte().getAsLong() + " kbyte", null);
    }
    name(ref, out);
    contentType(ref, cloud, out);
  }

  /**
   * ObsCore's kbyte is 1000 bytes in VOUnit and 1024 in practice at some archives: a size agrees
   * with the estimate when it is within 1 KiB (the estimate's rounding) of either reading.
   *
   * @param size bytes
   * @param kbyte the estimate
   * @return true when they agree
   */
  static boolean estimateFits(long size, long kbyte) {
    return Math.abs(size - kbyte * 1024) <= 1024 || Math.abs(size - kbyte * 1000) <= 1024;
  }

  private static void bytes(ObjectRef ref, byte[] cloud, byte[] prem, List<Finding> out) {
    if (cloud == null || prem == null) {
      return;
    }
    int n = Math.min(cloud.length, prem.length);
    for (int i = 0; i < n; i++) {
      if (cloud[i] != prem[i]) {
        AccessJudge.add(out, ref, ReachCodes.BYTES, "first " + n + " bytes differ from the "
            + "access_url copy's, first at offset " + i, null);
        return;
      }
    }
  }

  private static void name(ObjectRef ref, List<Finding> out) {
    String key = objectName(ref.location());
    String url = ref.accessUrl().flatMap(PremProbe::usable).map(ConsistencyRules::urlName)
        .orElse(null);
    if (key == null || url == null) {
      return;
    }
    String keyName = key.substring(key.lastIndexOf('/') + 1);
    if (!keyName.equals(url)) {
      AccessJudge.add(out, ref, ReachCodes.NAME, "cloud object name \"" + keyName
          + "\" differs from the access_url file name \"" + url + "\"", null);
    }
  }

  /** @return the URL's last path segment when it looks like a file name and no query follows */
  private static String urlName(URI uri) {
    String path = uri.getPath();
    if (uri.getRawQuery() != null || path == null || path.endsWith("/")) {
      return null;
    }
    String last = path.substring(path.lastIndexOf('/') + 1);
    return last.contains(".") ? last : null;
  }

  private static String objectName(Location location) {
    if (location instanceof AwsLocation a) {
      return a.key();
    } else if (location instanceof GoogleLocation g) {
      return g.objectName();
    } else if (location instanceof AzureLocation z) {
      return z.blobName();
    }
    return null;
  }

  private static void contentType(ObjectRef ref, CloudState cloud, List<Finding> out) {
    String stored = base(cloud.contentType());
    String declared = base(ref.accessFormat().orElse(null));
    if (stored == null || declared == null || GENERIC.contains(stored)
        || stored.equals(declared) || FITS.contains(stored) && FITS.contains(declared)) {
      return;
    }
    AccessJudge.add(out, ref, ReachCodes.CONTENT_TYPE, "cloud object is stored as "
        + OneLineText.clip(stored) + ", access_format says " + OneLineText.clip(declared), null);
  }

  /**
   * @param mediaType a media type with parameters, or null
   * @return type/subtype in lower case, or null when blank
   */
  static String base(String mediaType) {
    if (mediaType == null) {
      return null;
    }
    int semi = mediaType.indexOf(';');
    String b = (semi < 0 ? mediaType : mediaType.substring(0, semi)).trim()
        .toLowerCase(Locale.ROOT);
    return b.isEmpty() ? null : b;
  }
}
