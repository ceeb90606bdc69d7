package io.github.cloudaccess.validator.cloud;

/**
 * One non-null {@code cloud_access} cell handed to the checking worker.
 *
 * @param row 1-based row number
 * @param text the cell text exactly as decoded from the document
 * @param line 1-based XML line of the cell
 * @param column 1-based XML column of the cell
 */
public record CloudCell(long row, String text, long line, long column) {}
