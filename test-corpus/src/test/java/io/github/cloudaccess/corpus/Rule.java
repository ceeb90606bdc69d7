package io.github.cloudaccess.corpus;

/** Every invariant the corpus sanity checker enforces; tests assert on these, not on messages. */
public enum Rule {
  /** A case file is not JSON. */
  JSON_SYNTAX,
  /** A case file does not validate against case-schema.json. */
  SCHEMA,
  /** A file in cases/v1.0 has no known prefix, or holds tests of another file kind's shape. */
  FILE_KIND,
  /** A description is 100 characters or longer. */
  DESCRIPTION_LENGTH,
  /** A description says "should" or "test that", or has surrounding blanks. */
  DESCRIPTION_WORDING,
  /** Two groups, or two tests, share a description. */
  DESCRIPTION_DUPLICATE,
  /** A code token does not match T-SSS-LLLL. */
  CODE_PATTERN,
  /** A code token is not in the registry it must come from. */
  CODE_UNKNOWN,
  /** A pass/valid test lists an E code, or an untestable test lists an E or no F code. */
  VERDICT_CODES,
  /** A referenced response does not exist or lies outside responses/. */
  RESPONSE_MISSING,
  /** A file in responses/ is referenced by no document test. */
  RESPONSE_UNUSED,
  /** The manifest is malformed or holds fewer objects or collections than required. */
  OBJECT_MANIFEST,
  /** A generated object's size or sha256 differs from the manifest. */
  OBJECT_BYTES
}
