package io.github.cloudaccess.corpus;

/**
 * One finding a document test requires: some finding with this code at this place.
 *
 * @param code the validator code, e.g. {@code E-XML-AMPR}
 * @param line the 1-based XML line it must be reported at, 0 when the test does not say
 * @param row the 1-based table row it must be reported at, 0 when the test does not say
 */
public record ExpectedFinding(String code, long line, long row) {}
