package io.github.cloudaccess.validator.votable;

import org.xml.sax.Attributes;

/** Collects one INFO element's attributes and text (capped) while it is open. */
final class InfoCollector {

  /** Longest INFO text kept. */
  private static final int MAX_TEXT = 64 * 1024;

  private final StringBuilder text = new StringBuilder();
  private boolean open;
  private String name;
  private String value;
  private String id;
  private long line;
  private long column;

  void start(Attributes atts, long atLine, long atColumn) {
    open = true;
    text.setLength(0);
    name = atts.getValue("name");
    value = atts.getValue("value");
    id = atts.getValue("ID");
    line = atLine;
    column = atColumn;
  }

  void characters(char[] ch, int start, int length) {
    if (open && text.length() < MAX_TEXT) {
      text.append(ch, start, Math.min(length, MAX_TEXT - text.length()));
    }
  }

  InfoElement end(boolean afterTable, boolean inTable) {
    open = false;
    return new InfoElement(name, value, id, text.toString().strip(), afterTable, inTable, line,
        column);
  }
}
