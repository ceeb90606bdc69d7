package io.github.cloudaccess.validator.objects;

import io.github.cloudaccess.validator.live.Column;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Finds, among a results table's columns, the ones a reachability check reads: the
 * {@code cloud_access} value and what the same row says about the on-prem copy.
 *
 * <p>Names win over UCDs, as in the CLD stage and the reference client: ObsCore (SIA 2.0) names,
 * then SIA 1.0 UCDs, then DataLink names. The access URL is never the cloud column itself, even
 * when that column carries an access-reference UCD (pyvo PR #445 hijack).
 *
 * @param cloud {@code cloud_access}, or the pyvo #709 markers
 * @param accessUrl ObsCore / DataLink {@code access_url}, or SIA 1.0
 *     {@code VOX:Image_AccessReference}
 * @param estsizeKbyte ObsCore {@code access_estsize} (kbyte)
 * @param bytes SIA 1.0 {@code VOX:Image_FileSize} or DataLink {@code content_length} (bytes)
 * @param format {@code access_format}, SIA 1.0 {@code VOX:Image_Format} or DataLink
 *     {@code content_type}
 * @param errorMessage DataLink {@code error_message}, or {@code null}
 */
record RowColumns(Column cloud, Column accessUrl, Column estsizeKbyte, Column bytes,
    Column format, Column errorMessage) {

  /**
   * @param columns the table's columns
   * @return the columns found ({@code null} members for those absent)
   */
  static RowColumns of(List<Column> columns) {
    Column cloud = first(columns, c -> named(c, "cloud_access"));
    if (cloud == null) {
      cloud = first(columns, c -> "adhoc:cloudstorage".equalsIgnoreCase(strip(c.utype()))
          || c.hasUcd("meta.ref.cloudstorage"));
    }
    Column notCloud = cloud;
    Predicate<Column> other = c -> c != notCloud;
    Column url = first(columns, other.and(c -> named(c, "access_url")));
    if (url == null) {
      url = first(columns, other.and(c -> c.hasUcd("VOX:Image_AccessReference")));
    }
    Column estsize = first(columns, other.and(c -> named(c, "access_estsize")));
    Column bytes = first(columns, other.and(c -> named(c, "content_length")));
    if (bytes == null) {
      bytes = first(columns, other.and(c -> c.hasUcd("VOX:Image_FileSize")));
    }
    Column format = first(columns, other.and(c -> named(c, "access_format")));
    if (format == null) {
      format = first(columns, other.and(c -> c.hasUcd("VOX:Image_Format")));
    }
    if (format == null) {
      format = first(columns, other.and(c -> named(c, "content_type")));
    }
    return new RowColumns(cloud, url, estsize, bytes, format,
        first(columns, c -> named(c, "error_message")));
  }

  private static Column first(List<Column> columns, Predicate<Column> test) {
    return columns.stream().filter(test).findFirst().orElse(null);
  }

  private static boolean named(Column c, String name) {
    return c.name() != null && c.name().strip().toLowerCase(Locale.ROOT).equals(name);
  }

  private static String strip(String s) {
    return s == null ? null : s.strip();
  }
}
