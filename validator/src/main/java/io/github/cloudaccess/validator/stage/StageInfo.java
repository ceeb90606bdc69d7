package io.github.cloudaccess.validator.stage;

/**
 * One entry of the pipeline's stage list, for announcements and {@code --list-stages}-style
 * output.
 *
 * @param code the three-letter stage code
 * @param description what the stage does, imperative mood
 */
public record StageInfo(String code, String description) implements Stage {}
