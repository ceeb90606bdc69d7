package io.github.cloudaccess.server.cloud;

import io.github.cloudaccess.server.votable.Markup;
import io.github.cloudaccess.server.votable.Xml;

/**
 * Turns a cloud_access text into the TD content for the chosen encoding, or deliberately
 * wrong for the escaping defects.
 */
public final class CloudCell {

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
      default -> Xml.escapeText(text);
    };
  }

  /**
   * The escaping defects only make sense in character data, so they force the TABLEDATA
   * encoding they need.
   *
   * @return the encoding cells are actually written in
   */
  public static CellEncoding effective(ResponseOptions options) {
    return switch (options.defect()) {
      case RAW_AMPERSAND, DOUBLE_ESCAPE -> CellEncoding.ESCAPED;
      case CDATA_UNSPLIT -> CellEncoding.CDATA;
      default -> options.encoding();
    };
  }
}
