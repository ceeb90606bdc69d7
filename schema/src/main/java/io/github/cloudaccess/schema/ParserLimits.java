package io.github.cloudaccess.schema;

/**
 * The bounds the parser puts on untrusted {@code cloud_access} text; anything beyond them is
 * reported as {@link ProblemKind#LIMIT_EXCEEDED} instead of being parsed.
 *
 * <p>Rationale: a real value is about 150-300 characters with depth 3; the bounds leave two to
 * three orders of magnitude of headroom while keeping the worst case well under a millisecond per
 * kilobyte, so a hostile cell cannot stall a validator that reads a million of them.
 */
public final class ParserLimits {

  /** Maximum length of the whole value in characters (1 MiB). */
  public static final int MAX_DOCUMENT_CHARS = 1 << 20;

  /** Maximum nesting depth of arrays and objects; a real value uses 3. */
  public static final int MAX_NESTING_DEPTH = 32;

  /** Maximum length of one JSON string value in characters (64 KiB). */
  public static final int MAX_STRING_CHARS = 64 * 1024;

  /** Maximum length of one member name in characters. */
  public static final int MAX_NAME_CHARS = 4096;

  /** Maximum number of digits in one JSON number. */
  public static final int MAX_NUMBER_CHARS = 100;

  /** Maximum number of JSON tokens; bounds the work done on "many members" values. */
  public static final int MAX_TOKENS = 20_000;

  /** Maximum number of schema evaluation steps (networknt execution limit). */
  public static final long MAX_EVALUATION_STEPS = 1_000_000;

  /** Maximum schema evaluation depth (networknt execution limit). */
  public static final int MAX_EVALUATION_DEPTH = 64;

  private ParserLimits() {}
}
