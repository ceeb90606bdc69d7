package io.github.cloudaccess.validator.report;

/**
 * What a report says about the run itself, before any input.
 *
 * @param tool the tool's name, e.g. {@code cloud_access validator}
 * @param version the tool's version
 * @param profile the schema profile, lower case ({@code lenient} or {@code strict})
 * @param protocol the forced protocol, lower case, or {@code auto}
 * @param failOn the failure threshold
 * @param maxRepeat findings kept per code and input
 */
public record RunInfo(
    String tool, String version, String profile, String protocol, FailOn failOn, int maxRepeat) {}
