package io.github.cloudaccess.validator.votable;

import java.util.List;
import org.xml.sax.Attributes;

/** Calls several {@link XmlEvents} receivers in order. */
record XmlEventsFanOut(List<XmlEvents> receivers) implements XmlEvents {

  @Override
  public void startElement(String uri, String name, Attributes atts, long line, long column) {
    for (XmlEvents r : receivers) {
      r.startElement(uri, name, atts, line, column);
    }
  }

  @Override
  public void endElement(String name) {
    for (XmlEvents r : receivers) {
      r.endElement(name);
    }
  }

  @Override
  public void id(String id, String element, boolean duplicate, long line, long column) {
    for (XmlEvents r : receivers) {
      r.id(id, element, duplicate, line, column);
    }
  }

  @Override
  public void ref(String ref, String element, long line, long column) {
    for (XmlEvents r : receivers) {
      r.ref(ref, element, line, column);
    }
  }

  @Override
  public void doctype(String name, String publicId, String systemId, long line, long column) {
    for (XmlEvents r : receivers) {
      r.doctype(name, publicId, systemId, line, column);
    }
  }

  @Override
  public void skippedEntity(String name, long line, long column) {
    for (XmlEvents r : receivers) {
      r.skippedEntity(name, line, column);
    }
  }

  @Override
  public void externalStream(TableInfo table, String href, long line, long column) {
    for (XmlEvents r : receivers) {
      r.externalStream(table, href, line, column);
    }
  }

  @Override
  public void streamFailed(TableInfo table, String message, long line, long column) {
    for (XmlEvents r : receivers) {
      r.streamFailed(table, message, line, column);
    }
  }
}
