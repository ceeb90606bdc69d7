package io.github.cloudaccess.server.votable;

import java.io.IOException;
import java.util.List;

/** TABLEDATA serialization: one {@code <TR>} per row, one line per row. */
public final class Tabledata implements TableBody {

  private final Xml xml;

  /** @param xml the document writer */
  public Tabledata(Xml xml) {
    this.xml = xml;
  }

  /** @param columns unused: TABLEDATA is self-describing per cell */
  public static Tabledata of(Xml xml, List<Column> columns) {
    return new Tabledata(xml);
  }

  @Override
  public void start() throws IOException {
    xml.raw("<DATA><TABLEDATA>\n");
  }

  @Override
  public void row(Object[] cells) throws IOException {
    StringBuilder b = new StringBuilder(512);
    b.append("<TR>");
    for (Object c : cells) {
      if (c == null) {
        b.append("<TD/>");
      } else {
        b.append("<TD>").append(text(c)).append("</TD>");
      }
    }
    b.append("</TR>\n");
    xml.raw(b.toString());
  }

  /** @return the TD content for a non-null value */
  static String text(Object c) {
    if (c instanceof Markup m) {
      return m.xml();
    }
    if (c instanceof String s) {
      return Xml.escapeText(s);
    }
    if (c instanceof Boolean b) {
      return b ? "T" : "F";
    }
    if (c instanceof double[] a) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < a.length; i++) {
        b.append(i == 0 ? "" : " ").append(a[i]);
      }
      return b.toString();
    }
    if (c instanceof int[] a) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < a.length; i++) {
        b.append(i == 0 ? "" : " ").append(a[i]);
      }
      return b.toString();
    }
    return c.toString();
  }

  @Override
  public void end() throws IOException {
    xml.raw("</TABLEDATA></DATA>\n");
  }

  @Override
  public void abandon() throws IOException {
    xml.flush();
  }
}
