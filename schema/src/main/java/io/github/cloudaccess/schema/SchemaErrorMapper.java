package io.github.cloudaccess.schema;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.Set;

/**
 * Turns one networknt {@link Error} into a {@link Problem}: the keyword and the name of the
 * offending member decide the {@link ProblemKind}; the instance location becomes the pointer.
 *
 * <p>Mapping: {@code type} to WRONG_TYPE (ROOT_NOT_OBJECT at the root); {@code required} to
 * MISSING_MEMBER at the object that lacks it; {@code enum} on {@code access} to BAD_ACCESS;
 * {@code pattern}/{@code minLength}/{@code maxLength} on a bucket, account or container name to
 * BAD_BUCKET, on {@code region} to BAD_REGION, on a key, object or blob name to BAD_KEY, on
 * {@code uri} to URI_CONFLICT; {@code additionalProperties} to SCHEMA_VIOLATION at the unexpected
 * member; everything else to SCHEMA_VIOLATION.
 */
final class SchemaErrorMapper {

  private static final Set<String> BUCKET_FIELDS =
      Set.of("bucket_name", "bucket", "account_name", "container_name");
  private static final Set<String> KEY_FIELDS = Set.of("key", "path", "object_name", "blob_name");
  private static final Set<String> VALUE_KEYWORDS = Set.of("pattern", "minLength", "maxLength");

  private SchemaErrorMapper() {}

  static Problem map(Error error) {
    NodePath at = error.getInstanceLocation();
    String pointer = at.toString();
    String field = lastName(at);
    String keyword = String.valueOf(error.getKeyword());
    String message = SchemaMessages.describe(error, keyword, field);
    ProblemKind kind;
    switch (keyword) {
      case "type" -> kind = pointer.isEmpty() ? ProblemKind.ROOT_NOT_OBJECT : ProblemKind.WRONG_TYPE;
      case "required" -> kind = ProblemKind.MISSING_MEMBER;
      case "enum" -> kind = "access".equals(field)
          ? (error.getInstanceNode() != null && error.getInstanceNode().isString()
              ? ProblemKind.BAD_ACCESS : ProblemKind.WRONG_TYPE)
          : ProblemKind.SCHEMA_VIOLATION;
      case "additionalProperties", "unevaluatedProperties" -> {
        kind = ProblemKind.SCHEMA_VIOLATION;
        if (error.getProperty() != null) {
          pointer = JsonPointers.member(pointer, error.getProperty());
        }
      }
      default -> kind = VALUE_KEYWORDS.contains(keyword) ? valueKind(field) : ProblemKind.SCHEMA_VIOLATION;
    }
    return new Problem(kind, pointer, 0, 0, message, null);
  }

  private static ProblemKind valueKind(String field) {
    if (field == null) {
      return ProblemKind.SCHEMA_VIOLATION;
    }
    if (BUCKET_FIELDS.contains(field)) {
      return ProblemKind.BAD_BUCKET;
    }
    if (KEY_FIELDS.contains(field)) {
      return ProblemKind.BAD_KEY;
    }
    return switch (field) {
      case "region" -> ProblemKind.BAD_REGION;
      case "uri" -> ProblemKind.URI_CONFLICT;
      default -> ProblemKind.SCHEMA_VIOLATION;
    };
  }

  /** @return the last member name of the location, or null when it ends in an index or is the root */
  private static String lastName(NodePath at) {
    int n = at.getNameCount();
    if (n == 0) {
      return null;
    }
    Object last = at.getElement(n - 1);
    return last instanceof String s ? s : null;
  }
}
