package io.github.cloudaccess.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Walks the providers of a root object and normalises every readable location to the canonical
 * model, reporting the container-level findings (unknown provider, dict form, empty provider).
 * Entries that are not objects are skipped here; the schema reports their type.
 */
final class LocationReader {

  private LocationReader() {}

  /** @return the canonical value; never null for an object root */
  static CloudAccess read(JsonNode root, ProblemList sink) {
    List<Location> locations = new ArrayList<>(2);
    for (Map.Entry<String, JsonNode> member : root.properties()) {
      String provider = member.getKey();
      int kind = CommonShapes.providerIndex(provider);
      String pointer = kind >= 0 ? CommonShapes.pointer(kind, -1) : JsonPointers.member("", provider);
      boolean known = kind >= 0;
      if (!known) {
        sink.add(ProblemKind.UNKNOWN_PROVIDER, pointer,
            "Provider \"" + provider + "\" is not aws, google or azure; its fields are not checked.",
            null);
      }
      readContainer(provider, kind, member.getValue(), pointer, locations, sink);
    }
    return new CloudAccess(locations);
  }

  /** @param kind the {@link CommonShapes} index of a known provider, or -1 */
  private static void readContainer(String provider, int kind, JsonNode value, String pointer,
      List<Location> out, ProblemList sink) {
    if (value.isArray()) {
      if (value.isEmpty()) {
        reportEmpty(pointer, sink);
      }
      for (int i = 0; i < value.size(); i++) {
        JsonNode entry = value.get(i);
        if (entry.isObject()) {
          String at = kind >= 0 ? CommonShapes.pointer(kind, i) : JsonPointers.index(pointer, i);
          addIfRead(out, readEntry(provider, entry, at, sink));
        }
      }
    } else if (value.isObject()) {
      if (value.isEmpty()) {
        reportEmpty(pointer, sink);
        return;
      }
      if (kind >= 0) {
        sink.add(dictFormProblem(pointer));
      }
      addIfRead(out, readEntry(provider, value, pointer, sink));
    }
  }

  /** @return the {@link ProblemKind#PROVIDER_NOT_LIST} problem for the provider at {@code pointer} */
  static Problem dictFormProblem(String pointer) {
    return new Problem(ProblemKind.PROVIDER_NOT_LIST, pointer, 0, 0,
        "Provider holds a single object, not an array of locations.",
        "Wrap the location in an array: consumers written for the list form expect one.");
  }

  private static void reportEmpty(String pointer, ProblemList sink) {
    sink.add(ProblemKind.PROVIDER_EMPTY, pointer, "Provider holds no location.",
        "Omit the provider, or write an empty cell when there is no cloud copy at all.");
  }

  private static void addIfRead(List<Location> out, Location location) {
    if (location != null) {
      out.add(location);
    }
  }

  private static Location readEntry(String provider, JsonNode entry, String pointer, ProblemList sink) {
    return switch (provider) {
      case "aws" -> AwsEntryReader.read(entry, pointer, sink);
      case "google" -> GoogleEntryReader.read(entry, pointer, sink);
      case "azure" -> AzureEntryReader.read(entry, pointer, sink);
      default -> new OtherLocation(provider, entry.toString(), Members.access(entry), pointer);
    };
  }
}
