package io.github.cloudaccess.schema;

import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads one {@code azure} location object (this toolkit's proposal: {@code account_name},
 * {@code container_name}, {@code blob_name}, optional {@code region} and {@code access}).
 */
final class AzureEntryReader {

  private static final Set<String> KNOWN =
      Set.of("account_name", "container_name", "blob_name", "region", "access");

  private AzureEntryReader() {}

  /** @return the location, or null when account, container or blob cannot be read */
  static AzureLocation read(JsonNode entry, String pointer, ProblemList sink) {
    Members.reportUnknown(entry, pointer, KNOWN, "azure", sink);
    Members.reportAccessNone(entry, pointer, sink);
    String account = Members.text(entry, "account_name");
    String container = Members.text(entry, "container_name");
    String blob = Members.text(entry, "blob_name");
    if (blob != null) {
      NameChecks.check(blob, JsonPointers.member(pointer, "blob_name"), sink);
    }
    if (account == null || container == null || blob == null) {
      return null;
    }
    return new AzureLocation(account, container, blob,
        Optional.ofNullable(Members.text(entry, "region")), Members.access(entry), pointer);
  }
}
