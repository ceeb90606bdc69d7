package io.github.cloudaccess.validator.votable;

/**
 * One PARAM element (kept for RESOURCE-level checks such as service descriptors).
 *
 * @param name the {@code name} attribute, or null
 * @param value the {@code value} attribute, or null
 * @param datatype the {@code datatype} attribute, or null
 * @param ref the {@code ref} attribute, or null
 * @param group the {@code name} of the enclosing GROUP, or null
 * @param line 1-based line of the start tag
 * @param column 1-based column of the start tag
 */
public record ParamInfo(
    String name, String value, String datatype, String ref, String group, long line, long column) {}
