package io.github.cloudaccess.validator.live;

import io.github.cloudaccess.validator.Input;
import io.github.cloudaccess.validator.xml.SecureSax;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads VOSI documents (VOSI 1.1): the capabilities of a service, and its availability.
 * Elements are matched by local name, so any namespace prefix is accepted.
 */
public final class Vosi {

  /** The SIA 2.0 query capability (SIA 2.0 section 2.3). */
  public static final String SIA2 = "ivo://ivoa.net/std/sia#query-2.0";
  /** The SIA 1.0 capability. */
  public static final String SIA1 = "ivo://ivoa.net/std/sia";

  private Vosi() {}

  /**
   * One capability element.
   *
   * @param standardId its standardID attribute, or {@code null}
   * @param accessUrls the accessURLs of its interfaces, in order
   */
  public record Capability(String standardId, List<String> accessUrls) {

    /** Freezes the list. */
    public Capability {
      accessUrls = List.copyOf(accessUrls);
    }

    /**
     * @param id a standardID, compared case-insensitively (IVOIDs are)
     * @return true when this capability has it
     */
    public boolean is(String id) {
      return standardId != null && standardId.trim().toLowerCase(Locale.ROOT).equals(id);
    }
  }

  /**
   * @param input a fetched body
   * @return its capabilities, or {@code null} when it is not a well-formed capabilities document
   */
  public static List<Capability> capabilities(Input input) {
    Handler h = parse(input);
    return h == null || !"capabilities".equals(h.root) ? null : List.copyOf(h.capabilities);
  }

  /**
   * @param input a fetched body
   * @return the {@code available} value, or {@code null} when it is not an availability document
   */
  public static Boolean available(Input input) {
    Handler h = parse(input);
    if (h == null || !"availability".equals(h.root) || h.available == null) {
      return null;
    }
    return Boolean.valueOf(h.available.trim().equalsIgnoreCase("true"));
  }

  private static Handler parse(Input input) {
    Handler h = new Handler();
    try (InputStream in = input.open()) {
      XMLReader reader = SecureSax.newReader();
      reader.setContentHandler(h);
      reader.setErrorHandler(h);
      reader.parse(new InputSource(in));
      return h;
    } catch (SAXException | IOException | RuntimeException e) {
      return null;
    }
  }

  /** Collects capabilities, their access URLs and the availability flag. */
  private static final class Handler extends DefaultHandler {
    String root;
    String available;
    final List<Capability> capabilities = new ArrayList<>();
    private String standardId;
    private List<String> urls;
    private StringBuilder text;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
      String name = localName.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : localName;
      if (root == null) {
        root = name;
      }
      if (name.equals("capability")) {
        standardId = atts.getValue("standardID");
        urls = new ArrayList<>();
      } else if (name.equals("accessURL") || name.equals("available")) {
        text = new StringBuilder();
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (text != null && text.length() < 4096) {
        text.append(ch, start, Math.min(length, 4096 - text.length()));
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      String name = localName.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : localName;
      if (name.equals("accessURL") && urls != null && text != null) {
        urls.add(text.toString().trim());
      } else if (name.equals("available") && text != null) {
        available = text.toString();
      } else if (name.equals("capability") && urls != null) {
        capabilities.add(new Capability(standardId, urls));
        urls = null;
      }
      if (!name.equals("capability")) {
        text = null;
      }
    }
  }
}
