package io.github.cloudaccess.schema;

/**
 * Every kind of problem the parser reports about a {@code cloud_access} value.
 *
 * <p>Each kind carries the validator code it maps to ({@code T-CLD-LLLL}); the mapping is
 * one-to-one and total, and the validator's registry test checks that every code named here
 * exists there with the same severity. The first letter of the code is the severity: E makes the
 * value invalid in the profile it was parsed with, W/I do not.
 */
public enum ProblemKind {
  // --- Text and JSON syntax -------------------------------------------------------------------
  /** Not JSON at all, or syntactically invalid JSON (RFC 8259); position given in the message. */
  NOT_JSON("E-CLD-JSON"),
  /** Python literal syntax ({@code {'aws': ...}}, {@code True}, {@code None}): not JSON. */
  PYTHON_LITERAL("E-CLD-PYLT"),
  /** Nesting depth, string length, number length or document length beyond the parser's bounds. */
  LIMIT_EXCEEDED("E-CLD-LIMT"),
  /** Text is whitespace only: not JSON, and not the null cell that means "no cloud copy". */
  BLANK("W-CLD-BLNK"),
  /** Text is the JSON literal {@code null}: write an empty cell (VOTable null) instead. */
  NULL_LITERAL("W-CLD-NULT"),
  /** Text is {@code {}}: write an empty cell (VOTable null) for "no cloud copy" instead. */
  EMPTY_OBJECT("W-CLD-EMTY"),
  /** An object has the same member name twice (RFC 8259 section 4: names SHOULD be unique). */
  DUPLICATE_MEMBER("W-CLD-DUPK"),
  /** Entity text such as {@code &quot;} or {@code &amp;} survives in the value: double escaping. */
  ENTITY_TEXT("W-CLD-ESCX"),

  // --- Container ------------------------------------------------------------------------------
  /** The JSON root is not an object (array, string, number, boolean). */
  ROOT_NOT_OBJECT("E-CLD-ROOT"),
  /** A provider key other than {@code aws}, {@code google}, {@code azure}. */
  UNKNOWN_PROVIDER("W-CLD-PROV"),
  /** A provider holds a single object instead of an array of locations (IRSA's form). */
  PROVIDER_NOT_LIST("W-CLD-DICT"),
  /** A provider holds an empty array or empty object: no location. */
  PROVIDER_EMPTY("W-CLD-PEMP"),

  // --- Location members -----------------------------------------------------------------------
  /** Legacy member names {@code bucket}/{@code path} (fornax README, July 2022). */
  LEGACY_FIELD_NAME("W-CLD-LEGF"),
  /** Both a legacy and the current name are present with different values. */
  LEGACY_CONFLICT("E-CLD-LEGX"),
  /** No {@code access} member: current practice (IRSA), but the 2022 fornax client rejects it. */
  MISSING_ACCESS("I-CLD-NACC"),
  /** No {@code region} member: clients need it to address the bucket without a redirect. */
  MISSING_REGION("W-CLD-NREG"),
  /** A member this toolkit does not define (forward-compatible in lenient, rejected in strict). */
  UNKNOWN_MEMBER("W-CLD-XMEM"),
  /** A {@code uri} member ({@code s3://...}) instead of, or next to, bucket and key. */
  URI_MEMBER("W-CLD-URIM"),
  /** The {@code uri} member is malformed or disagrees with bucket and key. */
  URI_CONFLICT("E-CLD-URIX"),
  /** A required member is missing (e.g. no bucket or no key, and no usable uri). */
  MISSING_MEMBER("E-CLD-REQM"),
  /** A member has the wrong JSON type (key as array, region as object, number for a string). */
  WRONG_TYPE("E-CLD-TYPE"),

  // --- Member values --------------------------------------------------------------------------
  /** {@code access} is not one of {@code open}, {@code region}, {@code restricted}, {@code none}. */
  BAD_ACCESS("E-CLD-ACCV"),
  /** {@code access} is {@code none}: the entry is unusable by design. */
  ACCESS_NONE("W-CLD-ANON"),
  /** Region code malformed for its provider (e.g. {@code us-east1} for AWS). */
  BAD_REGION("E-CLD-REGN"),
  /** Bucket, account or container name violates the provider's naming rules. */
  BAD_BUCKET("E-CLD-BKNM"),
  /** Key empty, longer than 1024 UTF-8 bytes, or holding a {@code .}/{@code ..} path segment. */
  BAD_KEY("E-CLD-KEYX"),
  /** Key starts with {@code /}: S3 keys are literal, so this names a different object. */
  KEY_LEADING_SLASH("W-CLD-KLSL"),
  /** Key contains {@code //} (an empty path segment), usually inherited from a URL. */
  KEY_DOUBLE_SLASH("W-CLD-KDSL"),
  /** Key ends with {@code /}: it names a prefix (directory), not an object. */
  KEY_PREFIX("W-CLD-KPFX"),
  /** Key holds spaces, backslashes, control characters or {@code %XX}: keys are raw, not URLs. */
  KEY_ODD_CHARACTERS("W-CLD-KCHR"),

  // --- Anything else the schema rejects -------------------------------------------------------
  /** A schema violation not covered by a more specific kind (keyword named in the message). */
  SCHEMA_VIOLATION("E-CLD-SCHM");

  private final String code;

  ProblemKind(String code) {
    this.code = code;
  }

  /** @return the validator code this kind maps to, e.g. {@code W-CLD-LEGF} */
  public String code() {
    return code;
  }

  /** @return true when a problem of this kind makes the value invalid */
  public boolean isError() {
    return code.charAt(0) == 'E';
  }
}
