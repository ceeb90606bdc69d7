package io.github.cloudaccess.validator.live;

/**
 * One query parameter as sent on the wire (before percent-encoding).
 *
 * @param name the parameter name, case kept
 * @param value the value, decoded
 */
public record Param(String name, String value) {}
