package io.github.cloudaccess.client.plan;

/**
 * What the planner does with an S3 key that starts with {@code /} (HEASARC's 2022 form).
 *
 * <p>Rationale: S3 keys are literal, so {@code /FTP/x} and {@code FTP/x} are different objects.
 * The 2022 fornax client stripped one leading slash; IRSA-style consumers use the key as is. The
 * default tries both, literal first, and the plan says so (never a silent normalisation).
 */
public enum LeadingSlashPolicy {
  /** Route the literal key, then a second route with exactly one leading {@code /} removed. */
  LITERAL_THEN_STRIPPED,
  /** Route the literal key only. */
  LITERAL_ONLY,
  /** Route the key with one leading {@code /} removed only (the fornax 2022 behaviour). */
  STRIPPED_ONLY
}
