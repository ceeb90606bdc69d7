package io.github.cloudaccess.server.cloud;

import io.github.cloudaccess.server.votable.Markup;
import io.github.cloudaccess.server.votable.Xml;

/**
 * Turns a cloud_access text into the TD content for the chosen encoding, or deliberately
 * wrong for the escaping defects.
 */
public final class CloudCell {

  /**
   * A private-use character the invalid-utf8 defect puts in the text; the response stream turns
   * its UTF-8 bytes into the single Latin-1 byte 0xE9 (see
   * {@link io.github.cloudaccess.server.http.Latin1Injector}).
   */
  public static final char LATIN1_E_ACUTE_MARKER = '\uE000';

  private CloudCell() {}

  /**
   * @param text the value, or null for a null cell
   * @param options encoding and defect
   * @return the cell for a {@link io.github.cloudaccess.server.votable.TableBody}, or null
   */
  public static Markup of(String text, ResponseOptions options) {
    if (text == null) {
      return null;
    }
    String xml = switch (effective(options)) {
      case CDATA -> options.has(Defect.CDATA_UNSPLIT)
          ? "<![CDATA[" + text + "]]>"
          : Xml.cdata(text);
      case ESCAPED, BINARY2 -> escaped(text, options.defect());
    };
    return new Markup(xml, text);
  }

  private static String escaped(String text, Defect d) {
    return switch (d) {
      // A raw & is the fault; quotes and < stay escaped so nothing else is wrong.
      case RAW_AMPERSAND -> text.replace("<", "&lt;").replace("\"", "&quot;");
      case DOUBLE_ESCAPE -> Xml.escapeText(Xml.escapeText(text));
      case RAW_LESS_THAN -> Xml.escapeText(text).replace("&lt;", "<");
      case UNDECLARED_ENTITY -> Xml.escapeText(text).replace("&amp;nbsp;", "&nbsp;");
      case CONTROL_CHARACTER -> Xml.escapeText(text.replace('\u0001', '\uE001'))
          .replace('\uE001', '\u0001');
      case CONTROL_REFERENCE -> Xml.escapeText(text.replace('\u0001', '\uE001'))
          .replace("\uE001", "&#1;");
      default -> Xml.escapeText(text);
    };
  }

  /**
   * @return true when the defect can only be shown in TABLEDATA (it is about XML character
   *     data, or a BINARY2 cell could not hold the text at all)
   */
  public static boolean forcesTabledata(Defect d) {
    return effectiveFor(d, CellEncoding.BINARY2) != CellEncoding.BINARY2;
  }

  /**
   * The escaping defects only make sense in character data, so they force the TABLEDATA
   * encoding they need.
   *
   * @return the encoding cells are actually written in
   */
  public static CellEncoding effective(ResponseOptions options) {
    return effectiveFor(options.defect(), options.encoding());
  }

  private static CellEncoding effectiveFor(Defect d, CellEncoding chosen) {
    return switch (d) {
      case RAW_AMPERSAND, DOUBLE_ESCAPE, RAW_LESS_THAN, UNDECLARED_ENTITY, CONTROL_CHARACTER,
          CONTROL_REFERENCE, INVALID_UTF8, INT_DATATYPE -> CellEncoding.ESCAPED;
      case CDATA_UNSPLIT -> CellEncoding.CDATA;
      default -> chosen;
    };
  }
}
