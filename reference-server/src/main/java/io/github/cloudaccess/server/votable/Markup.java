package io.github.cloudaccess.server.votable;

/**
 * A cell whose TABLEDATA form is given as ready markup, so that the cloud_access column can be
 * written escaped, as CDATA, or deliberately wrong; binary serializations use {@code value}.
 *
 * @param xml the content between {@code <TD>} and {@code </TD>}, written verbatim
 * @param value the logical text of the cell (what a parser should read)
 */
public record Markup(String xml, String value) {}
