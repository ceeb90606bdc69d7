package io.github.cloudaccess.schema;

import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads one {@code aws} location object: maps legacy {@code bucket}/{@code path} to
 * {@code bucket_name}/{@code key}, reconciles {@code uri}, and reports what the schema cannot
 * (legacy conflicts, uri disagreement, missing access/region, key hygiene).
 */
final class AwsEntryReader {

  private static final Set<String> KNOWN =
      Set.of("bucket_name", "key", "region", "access", "bucket", "path", "uri");

  private AwsEntryReader() {}

  /** @return the location, or null when bucket or key cannot be read */
  static AwsLocation read(JsonNode entry, String pointer, ProblemList sink) {
    Members.reportUnknown(entry, pointer, KNOWN, "aws", sink);
    String bucket = pick(entry, pointer, "bucket_name", "bucket", sink);
    String key = pick(entry, pointer, "key", "path", sink);
    String keyPointer = JsonPointers.member(pointer, Members.text(entry, "key") != null ? "key" : "path");

    String uri = Members.text(entry, "uri");
    if (entry.has("uri")) {
      sink.add(ProblemKind.URI_MEMBER, JsonPointers.member(pointer, "uri"),
          "Location uses a uri member; the canonical form is bucket_name and key.", null);
    }
    if (uri != null) {
      S3Uri parsed = checkUri(uri, bucket, key, JsonPointers.member(pointer, "uri"), sink);
      if (parsed != null && bucket == null) {
        bucket = parsed.bucket();
      }
      if (parsed != null && key == null) {
        key = parsed.key();
        keyPointer = JsonPointers.member(pointer, "uri");
      }
    }

    if (!entry.has("region")) {
      sink.add(missingRegionProblem(pointer));
    }
    if (!entry.has("access")) {
      sink.add(missingAccessProblem(pointer));
    }
    Members.reportAccessNone(entry, pointer, sink);
    if (key != null) {
      NameChecks.check(key, keyPointer, sink);
    }
    if (bucket == null || key == null) {
      return null;
    }
    return new AwsLocation(bucket, key, Optional.ofNullable(Members.text(entry, "region")),
        Members.access(entry), Optional.ofNullable(uri), pointer);
  }

  /** @return the {@link ProblemKind#MISSING_REGION} problem for the location at {@code pointer} */
  static Problem missingRegionProblem(String pointer) {
    return new Problem(ProblemKind.MISSING_REGION, pointer, 0, 0,
        "No region: clients need it to address the bucket without a redirect.", "Add \"region\".");
  }

  /** @return the {@link ProblemKind#MISSING_ACCESS} problem for the location at {@code pointer} */
  static Problem missingAccessProblem(String pointer) {
    return new Problem(ProblemKind.MISSING_ACCESS, pointer, 0, 0,
        "No access member (current practice; the 2022 fornax client rejects it).", null);
  }

  /** Reads a member under its current name or its 2022-07 legacy name, reporting conflicts. */
  private static String pick(JsonNode entry, String pointer, String name, String legacy, ProblemList sink) {
    String current = Members.text(entry, name);
    String old = Members.text(entry, legacy);
    if (entry.has(legacy)) {
      sink.add(ProblemKind.LEGACY_FIELD_NAME, JsonPointers.member(pointer, legacy),
          "Legacy member \"" + legacy + "\" (fornax README, July 2022); the current name is \""
              + name + "\".", "Rename \"" + legacy + "\" to \"" + name + "\".");
    }
    if (current != null && old != null && !current.equals(old)) {
      sink.add(ProblemKind.LEGACY_CONFLICT, JsonPointers.member(pointer, legacy),
          "\"" + legacy + "\" and \"" + name + "\" disagree.", "Keep only \"" + name + "\".");
    }
    return current != null ? current : old;
  }

  private static S3Uri checkUri(String uri, String bucket, String key, String uriPointer, ProblemList sink) {
    S3Uri parsed = S3Uri.parse(uri);
    if (parsed == null) {
      sink.add(ProblemKind.URI_CONFLICT, uriPointer,
          "uri is not of the form s3://<bucket>/<key>.", null);
      return null;
    }
    if ((bucket != null && !bucket.equals(parsed.bucket())) || (key != null && !key.equals(parsed.key()))) {
      sink.add(ProblemKind.URI_CONFLICT, uriPointer,
          "uri disagrees with bucket_name and key (s3://" + bucket + "/" + key + ").", null);
    }
    return parsed;
  }
}
