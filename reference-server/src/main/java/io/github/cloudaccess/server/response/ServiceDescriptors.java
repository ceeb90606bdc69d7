package io.github.cloudaccess.server.response;

import io.github.cloudaccess.server.votable.Xml;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The meta RESOURCEs of a SIA 2.0 response: the self-description (SIA 2.0 3.1.2, legacy
 * {@code adhoc:service name="this"} form) and the DataLink service descriptor (SIA 2.0 3.1.1,
 * DataLink 4) whose ID input takes its value from the obs_publisher_did column.
 */
public final class ServiceDescriptors {

  /** SIA 2.0 query standardID. */
  public static final String SIA2_ID = "ivo://ivoa.net/std/SIA#query-2.0";
  /** DataLink 1.1 links standardID. */
  public static final String DATALINK_ID = "ivo://ivoa.net/std/DataLink#links-1.1";
  /** XML ID of the DataLink descriptor RESOURCE. */
  public static final String DATALINK_RESOURCE_ID = "datalink_service";

  /** name, datatype, unit, ucd, xtype, description of every SIA 2.0 input. */
  private static final List<String[]> SIA2_INPUTS = List.of(
      new String[] {"POS", "char", null, "pos.outline;obs", null,
          "CIRCLE lon lat r | RANGE lon1 lon2 lat1 lat2 | POLYGON lon lat ... (ICRS, degrees)"},
      new String[] {"BAND", "double", "m", "em.wl;stat.interval", "interval",
          "wavelength interval lo hi (metres, -Inf/+Inf allowed)"},
      new String[] {"TIME", "double", "d", "time.interval;obs.exposure", "interval",
          "time interval lo hi (MJD)"},
      new String[] {"POL", "char", null, "meta.code;phys.polarization", null,
          "polarization state (I, Q, U, V, ...)"},
      new String[] {"FOV", "double", "deg", "phys.angSize;instr.fov", "interval",
          "range of field-of-view diameters"},
      new String[] {"SPATRES", "double", "arcsec", "pos.angResolution", "interval",
          "range of spatial resolutions"},
      new String[] {"EXPTIME", "double", "s", "time.duration;obs.exposure", "interval",
          "range of exposure times"},
      new String[] {"TIMERES", "double", "s", "time.resolution", "interval",
          "range of time resolutions"},
      new String[] {"SPECRP", "double", null, "spect.resolution", "interval",
          "range of spectral resolving powers"},
      new String[] {"ID", "char", null, "meta.ref.ivoid", null,
          "publisher DID (compared case-insensitively)"},
      new String[] {"COLLECTION", "char", null, "meta.id", null, "collection name"},
      new String[] {"FACILITY", "char", null, "meta.id;instr.tel", null, "facility name"},
      new String[] {"INSTRUMENT", "char", null, "meta.id;instr", null, "instrument name"},
      new String[] {"DPTYPE", "char", null, "meta.code.class", null, "image or cube"},
      new String[] {"CALIB", "int", null, "meta.code;obs.calib", null, "calibration level"},
      new String[] {"TARGET", "char", null, "meta.id;src", null, "target name"},
      new String[] {"FORMAT", "char", null, "meta.code.mime", null, "MIME type of access_url"},
      new String[] {"MAXREC", "int", null, "meta.number", null, "most rows to return"},
      new String[] {"RESPONSEFORMAT", "char", null, "meta.code.mime", null,
          "votable, application/x-votable+xml[;serialization=BINARY2]"});

  private ServiceDescriptors() {}

  /** Writes the SIA 2.0 self-description. */
  public static void sia2Self(Xml xml, Links links) throws IOException {
    xml.open("RESOURCE", "type", "meta", "utype", "adhoc:service", "name", "this").nl();
    xml.element("DESCRIPTION", "Self-description of this SIA 2.0 query service");
    param(xml, "standardID", "char", SIA2_ID, null, null);
    param(xml, "accessURL", "char", links.sia2(), null, null);
    xml.open("GROUP", "name", "inputParams").nl();
    for (String[] in : SIA2_INPUTS) {
      xml.open("PARAM", "name", in[0], "datatype", in[1],
          "arraysize", "int".equals(in[1]) ? null : "*", "unit", in[2], "ucd", in[3],
          "xtype", in[4], "value", "");
      xml.element("DESCRIPTION", in[5]);
      xml.close("PARAM");
    }
    xml.close("GROUP");
    xml.close("RESOURCE");
  }

  /**
   * Writes the DataLink descriptor; request overrides become fixed-value input PARAMs, which
   * DataLink 4.3 says clients must send, so links come back in the same style.
   */
  public static void datalink(Xml xml, Links links, Map<String, String> overrides)
      throws IOException {
    xml.open("RESOURCE", "type", "meta", "utype", "adhoc:service",
        "ID", DATALINK_RESOURCE_ID, "name", "datalink").nl();
    xml.element("DESCRIPTION", "DataLink links of each record (access_url of the product, its"
        + " FITS header and, per placement, the cloud_access column)");
    param(xml, "standardID", "char", DATALINK_ID, null, null);
    param(xml, "accessURL", "char", links.datalink(), null, null);
    param(xml, "contentType", "char", ObsCoreTable.DATALINK_MIME, null, null);
    xml.open("GROUP", "name", "inputParams").nl();
    xml.empty("PARAM", "name", "ID", "datatype", "char", "arraysize", "*",
        "ucd", "meta.id;meta.main", "ref", ObsCoreTable.DID_FIELD_ID, "value", "");
    for (Map.Entry<String, String> e : overrides.entrySet()) {
      param(xml, e.getKey(), "char", e.getValue(), null, null);
    }
    xml.close("GROUP");
    xml.close("RESOURCE");
  }

  private static void param(Xml xml, String name, String datatype, String value, String ucd,
      String unit) throws IOException {
    xml.empty("PARAM", "name", name, "datatype", datatype, "arraysize", "*", "ucd", ucd,
        "unit", unit, "value", value);
  }
}
