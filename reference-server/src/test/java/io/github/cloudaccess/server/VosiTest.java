package io.github.cloudaccess.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** VOSI capabilities and availability, and the service descriptors inside SIA 2.0 results. */
class VosiTest {

  @Test
  void capabilitiesListSia2Sia1DataLinkAndVosi() {
    HttpResponse<String> r = SharedServer.get("/sia2/capabilities");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/xml");
    Document d = Votables.dom(r.body());
    NodeList caps = d.getElementsByTagName("capability");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < caps.getLength(); i++) {
      Element c = (Element) caps.item(i);
      ids.add(c.getAttribute("standardID"));
      if (c.getAttribute("standardID").equals("ivo://ivoa.net/std/SIA#query-2.0")) {
        Element iface = (Element) c.getElementsByTagName("interface").item(0);
        assertThat(iface.getAttribute("xsi:type")).isEqualTo("vs:ParamHTTP");
        assertThat(iface.getAttribute("role")).isEqualTo("std");
        assertThat(iface.getAttribute("version")).isEqualTo("2.0");
        assertThat(iface.getElementsByTagName("accessURL").item(0).getTextContent())
            .isEqualTo(SharedServer.get().sia2Uri().toString());
      }
    }
    assertThat(ids).contains("ivo://ivoa.net/std/SIA#query-2.0", "ivo://ivoa.net/std/SIA",
        "ivo://ivoa.net/std/DataLink#links-1.1", "ivo://ivoa.net/std/VOSI#capabilities",
        "ivo://ivoa.net/std/VOSI#availability");
    assertThat(SharedServer.get("/datalink/capabilities").body()).isEqualTo(r.body());
  }

  @Test
  void availabilitySaysAvailable() {
    HttpResponse<String> r = SharedServer.get("/sia2/availability");
    assertThat(r.statusCode()).isEqualTo(200);
    Document d = Votables.dom(r.body());
    assertThat(d.getElementsByTagNameNS("http://www.ivoa.net/xml/VOSIAvailability/v1.0",
        "available").item(0).getTextContent()).isEqualTo("true");
  }

  @Test
  void sia2ResultsCarrySelfDescriptionAndDataLinkDescriptor() {
    Votables.Parsed p = Votables.parse(SharedServer.get("/sia2/query?MAXREC=0").body());
    NodeList resources = p.doc().getElementsByTagNameNS(Votables.NS, "RESOURCE");
    Element self = null;
    Element datalink = null;
    for (int i = 0; i < resources.getLength(); i++) {
      Element e = (Element) resources.item(i);
      if ("this".equals(e.getAttribute("name"))) {
        self = e;
      } else if ("datalink_service".equals(e.getAttribute("ID"))) {
        datalink = e;
      }
    }
    assertThat(self).isNotNull();
    assertThat(self.getAttribute("utype")).isEqualTo("adhoc:service");
    assertThat(paramValue(self, "standardID")).isEqualTo("ivo://ivoa.net/std/SIA#query-2.0");
    List<String> inputs = new ArrayList<>();
    Element group = (Element) self.getElementsByTagNameNS(Votables.NS, "GROUP").item(0);
    NodeList ps = group.getElementsByTagNameNS(Votables.NS, "PARAM");
    for (int i = 0; i < ps.getLength(); i++) {
      Element e = (Element) ps.item(i);
      inputs.add(e.getAttribute("name"));
      if (e.getAttribute("name").equals("BAND")) {
        assertThat(e.getAttribute("xtype")).isEqualTo("interval");
        assertThat(e.getAttribute("unit")).isEqualTo("m");
      }
    }
    assertThat(inputs).contains("POS", "BAND", "TIME", "POL", "FOV", "SPATRES", "EXPTIME",
        "TIMERES", "SPECRP", "ID", "COLLECTION", "FACILITY", "INSTRUMENT", "DPTYPE", "CALIB",
        "TARGET", "FORMAT", "MAXREC");
    assertThat(datalink).isNotNull();
    assertThat(paramValue(datalink, "standardID"))
        .isEqualTo("ivo://ivoa.net/std/DataLink#links-1.1");
    assertThat(paramValue(datalink, "accessURL"))
        .isEqualTo(SharedServer.get().datalinkUri().toString());
    Element id = (Element) datalink.getElementsByTagNameNS(Votables.NS, "PARAM").item(3);
    assertThat(id.getAttribute("name")).isEqualTo("ID");
    assertThat(id.getAttribute("ref")).isEqualTo(p.field("obs_publisher_did").getAttribute("ID"));
  }

  private static String paramValue(Element resource, String name) {
    NodeList ps = resource.getElementsByTagNameNS(Votables.NS, "PARAM");
    for (int i = 0; i < ps.getLength(); i++) {
      Element e = (Element) ps.item(i);
      if (e.getAttribute("name").equals(name)) {
        return e.getAttribute("value");
      }
    }
    return null;
  }
}
