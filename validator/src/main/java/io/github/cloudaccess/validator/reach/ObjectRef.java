package io.github.cloudaccess.validator.reach;

import io.github.cloudaccess.schema.Location;
import io.github.cloudaccess.validator.report.Position;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One cloud copy to check: a parsed location with what the same row says about the on-prem copy.
 *
 * @param position where findings about this copy point (source, XML line and column of the cell,
 *     table row, JSON pointer of the location inside the value)
 * @param location the parsed location (AWS, Google, Azure; other providers are counted, not checked)
 * @param accessUrl the row's access_url / AccessReference text, empty when the row has none
 * @param estsizeKbyte ObsCore {@code access_estsize} in kbyte, when known
 * @param contentLength DataLink {@code content_length} in bytes, when known
 * @param accessFormat the row's access_format / Image_Format / content_type, when known
 */
public record ObjectRef(
    Position position,
    Location location,
    Optional<String> accessUrl,
    OptionalLong estsizeKbyte,
    OptionalLong contentLength,
    Optional<String> accessFormat) {

  /** Rejects nulls: absent values are empty optionals. */
  public ObjectRef {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(accessUrl, "accessUrl");
    Objects.requireNonNull(estsizeKbyte, "estsizeKbyte");
    Objects.requireNonNull(contentLength, "contentLength");
    Objects.requireNonNull(accessFormat, "accessFormat");
  }

  /**
   * A reference without on-prem information; the position's pointer becomes the location's.
   *
   * @param cell where the cloud_access cell is (source, line, column, row)
   * @param location the parsed location
   * @return the reference
   */
  public static ObjectRef of(Position cell, Location location) {
    Position at = new Position(cell.source(), cell.line(), cell.column(), cell.row(),
        location.pointer());
    return new ObjectRef(at, location, Optional.empty(), OptionalLong.empty(),
        OptionalLong.empty(), Optional.empty());
  }

  /** @return the 1-based table row, 0 when unknown */
  public long row() {
    return position.row();
  }

  /**
   * @param url the access_url text
   * @return a copy with the on-prem URL
   */
  public ObjectRef withAccessUrl(String url) {
    return new ObjectRef(position, location, Optional.ofNullable(url), estsizeKbyte,
        contentLength, accessFormat);
  }

  /**
   * @param kbyte ObsCore access_estsize
   * @return a copy with the estimated size
   */
  public ObjectRef withEstsize(long kbyte) {
    return new ObjectRef(position, location, accessUrl, OptionalLong.of(kbyte), contentLength,
        accessFormat);
  }

  /**
   * @param bytes DataLink content_length
   * @return a copy with the declared length
   */
  public ObjectRef withContentLength(long bytes) {
    return new ObjectRef(position, location, accessUrl, estsizeKbyte, OptionalLong.of(bytes),
        accessFormat);
  }

  /**
   * @param mediaType access_format
   * @return a copy with the declared format
   */
  public ObjectRef withAccessFormat(String mediaType) {
    return new ObjectRef(position, location, accessUrl, estsizeKbyte, contentLength,
        Optional.ofNullable(mediaType));
  }
}
