package io.github.cloudaccess.schema;

/**
 * One problem found in a {@code cloud_access} value.
 *
 * @param kind what is wrong
 * @param pointer JSON pointer (RFC 6901) of the offending member; {@code ""} for the whole value
 * @param line 1-based line inside the value text for syntax problems, 0 when not applicable
 * @param column 1-based column inside the value text for syntax problems, 0 when not applicable
 * @param message one human-readable sentence; never asserted on by tests
 * @param hint how to fix it, or {@code null}
 */
public record Problem(ProblemKind kind, String pointer, int line, int column, String message, String hint) {}
