package io.github.cloudaccess.server.http;

import com.sun.net.httpserver.HttpExchange;
import io.github.cloudaccess.server.response.Links;
import io.github.cloudaccess.server.response.ServiceDescriptors;
import io.github.cloudaccess.server.votable.Xml;
import java.io.IOException;

/**
 * VOSI capabilities (SIA 2.0 2.3: SIA#query-2.0 with a ParamHTTP interface; also SIA 1.0 and
 * DataLink 1.1) and availability, as {@code text/xml}.
 */
final class VosiEndpoints {

  private VosiEndpoints() {}

  /** @return the capabilities route */
  static Route capabilities(Links links) {
    return (ex, path) -> {
      if (!readOnly(ex)) {
        return;
      }
      Reply.stream(ex, 200, "text/xml", xml -> capabilitiesDocument(xml, links));
    };
  }

  /** @return the availability route */
  static Route availability() {
    return (ex, path) -> {
      if (!readOnly(ex)) {
        return;
      }
      Reply.stream(ex, 200, "text/xml", xml -> {
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.open("vosi:availability",
            "xmlns:vosi", "http://www.ivoa.net/xml/VOSIAvailability/v1.0").nl();
        xml.element("vosi:available", "true");
        xml.element("vosi:note", "cloud_access reference server is accepting queries");
        xml.close("vosi:availability");
      });
    };
  }

  static boolean readOnly(HttpExchange ex) throws IOException {
    String m = ex.getRequestMethod();
    if ("GET".equals(m) || "HEAD".equals(m)) {
      return true;
    }
    ex.getResponseHeaders().set("Allow", "GET, HEAD");
    Reply.bytes(ex, 405, "text/plain; charset=UTF-8",
        ("UsageFault: method " + m + " not allowed\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return false;
  }

  private static void capabilitiesDocument(Xml xml, Links links) throws IOException {
    xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.open("vosi:capabilities",
        "xmlns:vosi", "http://www.ivoa.net/xml/VOSICapabilities/v1.0",
        "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
        "xmlns:vr", "http://www.ivoa.net/xml/VOResource/v1.0",
        "xmlns:vs", "http://www.ivoa.net/xml/VODataService/v1.1",
        "xmlns:sia", "http://www.ivoa.net/xml/SIA/v1.1").nl();
    simple(xml, "ivo://ivoa.net/std/VOSI#capabilities", links.capabilities(), "full", null);
    simple(xml, "ivo://ivoa.net/std/VOSI#availability", links.availability(), "full", null);
    simple(xml, ServiceDescriptors.SIA2_ID, links.sia2(), "base", "2.0");
    sia1(xml, links);
    simple(xml, ServiceDescriptors.DATALINK_ID, links.datalink(), "base", "1.1");
    xml.close("vosi:capabilities");
  }

  private static void simple(Xml xml, String standardId, String url, String use, String version)
      throws IOException {
    xml.open("capability", "standardID", standardId).nl();
    xml.open("interface", "xsi:type", "vs:ParamHTTP", "role", version == null ? null : "std",
        "version", version).nl();
    xml.element("accessURL", url, "use", use);
    xml.close("interface");
    xml.close("capability");
  }

  private static void sia1(Xml xml, Links links) throws IOException {
    xml.open("capability", "standardID", "ivo://ivoa.net/std/SIA",
        "xsi:type", "sia:SimpleImageAccess").nl();
    xml.open("interface", "xsi:type", "vs:ParamHTTP", "role", "std", "version", "1.0").nl();
    xml.element("accessURL", links.sia1(), "use", "base");
    xml.close("interface");
    xml.element("imageServiceType", "Pointed");
    xml.open("maxQueryRegionSize").nl().element("long", "180").element("lat", "180")
        .close("maxQueryRegionSize");
    xml.open("maxImageExtent").nl().element("long", "1").element("lat", "1")
        .close("maxImageExtent");
    xml.open("maxImageSize").nl().element("long", "19200").element("lat", "19200")
        .close("maxImageSize");
    xml.element("maxFileSize", "1048576");
    xml.element("maxRecords", "10000");
    xml.open("testQuery").nl();
    xml.open("pos").nl().element("long", "10.68").element("lat", "41.27").close("pos");
    xml.open("size").nl().element("long", "1").element("lat", "1").close("size");
    xml.close("testQuery");
    xml.close("capability");
  }
}
