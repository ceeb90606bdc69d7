package io.github.cloudaccess.schema;

import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads one {@code google} location object (this toolkit's proposal: {@code bucket_name},
 * {@code object_name}, optional {@code region} and {@code access}).
 */
final class GoogleEntryReader {

  private static final Set<String> KNOWN = Set.of("bucket_name", "object_name", "region", "access");

  private GoogleEntryReader() {}

  /** @return the location, or null when bucket or object name cannot be read */
  static GoogleLocation read(JsonNode entry, String pointer, ProblemList sink) {
    Members.reportUnknown(entry, pointer, KNOWN, "google", sink);
    Members.reportAccessNone(entry, pointer, sink);
    String bucket = Members.text(entry, "bucket_name");
    String object = Members.text(entry, "object_name");
    if (object != null) {
      NameChecks.check(object, JsonPointers.member(pointer, "object_name"), sink);
    }
    if (bucket == null || object == null) {
      return null;
    }
    return new GoogleLocation(bucket, object, Optional.ofNullable(Members.text(entry, "region")),
        Members.access(entry), pointer);
  }
}
