package io.github.cloudaccess.validator;

import java.util.List;

/** Small inline VOTable documents for the stage tests. */
public final class TestDocs {

  /** The 25 ObsCore columns with metadata as ObsCore 1.1 gives it, and one valid row's values. */
  static final List<String[]> OBSCORE = List.of(
      new String[] {"dataproduct_type", "char\" arraysize=\"*", "meta.code.class",
          "ObsDataset.dataProductType", null, "image"},
      new String[] {"calib_level", "int", "meta.code;obs.calib", "ObsDataset.calibLevel", null,
          "2"},
      new String[] {"obs_collection", "char\" arraysize=\"*", "meta.id", "DataID.Collection", null,
          "survey"},
      new String[] {"obs_id", "char\" arraysize=\"*", "meta.id", "DataID.observationID", null,
          "obs-1"},
      new String[] {"obs_publisher_did", "char\" arraysize=\"*", "meta.ref.ivoid",
          "Curation.PublisherDID", null, "ivo://example.org/s?obs-1"},
      new String[] {"access_url", "char\" arraysize=\"*", "meta.ref.url", "Access.Reference",
          null, "https://data.example.org/obs-1.fits"},
      new String[] {"access_format", "char\" arraysize=\"*", "meta.code.mime", "Access.Format",
          null, "image/fits"},
      new String[] {"access_estsize", "long", "phys.size;meta.file", "Access.Size", "kbyte", "12"},
      new String[] {"target_name", "char\" arraysize=\"*", "meta.id;src", "Target.Name", null,
          "M31"},
      new String[] {"s_ra", "double", "pos.eq.ra",
          "Char.SpatialAxis.Coverage.Location.Coord.Position2D.Value2.C1", "deg", "10.6"},
      new String[] {"s_dec", "double", "pos.eq.dec",
          "Char.SpatialAxis.Coverage.Location.Coord.Position2D.Value2.C2", "deg", "41.2"},
      new String[] {"s_fov", "double", "phys.angSize;instr.fov",
          "Char.SpatialAxis.Coverage.Bounds.Extent.diameter", "deg", "0.1"},
      new String[] {"s_region", "char\" arraysize=\"*", "pos.outline;obs.field",
          "Char.SpatialAxis.Coverage.Support.Area", null, "CIRCLE ICRS 10.6 41.2 0.05"},
      new String[] {"s_resolution", "double", "pos.angResolution",
          "Char.SpatialAxis.Resolution.Refval.value", "arcsec", "0.1"},
      new String[] {"t_min", "double", "time.start;obs.exposure",
          "Char.TimeAxis.Coverage.Bounds.Limits.StartTime", "d", "58000.5"},
      new String[] {"t_max", "double", "time.end;obs.exposure",
          "Char.TimeAxis.Coverage.Bounds.Limits.StopTime", "d", "58000.6"},
      new String[] {"t_exptime", "double", "time.duration;obs.exposure",
          "Char.TimeAxis.Coverage.Support.Extent", "s", "600"},
      new String[] {"t_resolution", "double", "time.resolution",
          "Char.TimeAxis.Resolution.Refval.value", "s", "600"},
      new String[] {"em_min", "double", "em.wl;stat.min",
          "Char.SpectralAxis.Coverage.Bounds.Limits.LoLimit", "m", "4e-7"},
      new String[] {"em_max", "double", "em.wl;stat.max",
          "Char.SpectralAxis.Coverage.Bounds.Limits.HiLimit", "m", "5e-7"},
      new String[] {"em_res_power", "double", "spect.resolution",
          "Char.SpectralAxis.Resolution.ResolPower.refVal", null, "3.5"},
      new String[] {"o_ucd", "char\" arraysize=\"*", "meta.ucd", "Char.ObservableAxis.ucd", null,
          "phot.count"},
      new String[] {"pol_states", "char\" arraysize=\"*", "meta.code;phys.polarization",
          "Char.PolarizationAxis.stateList", null, ""},
      new String[] {"facility_name", "char\" arraysize=\"*", "meta.id;instr.tel",
          "Provenance.ObsConfig.Facility.name", null, "Telescope"},
      new String[] {"instrument_name", "char\" arraysize=\"*", "meta.id;instr",
          "Provenance.ObsConfig.Instrument.name", null, "Camera"});

  /** A valid cloud_access value, as it sits in TABLEDATA. */
  public static final String CLOUD = "{&quot;aws&quot;: [{&quot;bucket_name&quot;: "
      + "&quot;nasa-irsa-example&quot;, &quot;key&quot;: &quot;a/b.fits&quot;, "
      + "&quot;region&quot;: &quot;us-east-1&quot;, &quot;access&quot;: &quot;open&quot;}]}";

  /** The recommended cloud_access FIELD. */
  public static final String CLOUD_FIELD =
      "<FIELD name=\"cloud_access\" datatype=\"char\" arraysize=\"*\" xtype=\"json\"/>";

  private TestDocs() {}

  /**
   * @param version the VOTABLE version
   * @param body everything inside VOTABLE
   * @return the document
   */
  public static String votable(String version, String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<VOTABLE version=\"" + version
        + "\" xmlns=\"http://www.ivoa.net/xml/VOTable/v1.3\">\n" + body + "\n</VOTABLE>\n";
  }

  /** @return the 25 ObsCore FIELD elements, one per line */
  public static String obscoreFields() {
    StringBuilder sb = new StringBuilder();
    for (String[] c : OBSCORE) {
      sb.append("<FIELD name=\"").append(c[0]).append("\" datatype=\"").append(c[1])
          .append("\" ucd=\"").append(c[2]).append("\" utype=\"obscore:").append(c[3])
          .append('"').append(c[4] == null ? "" : " unit=\"" + c[4] + "\"").append("/>\n");
    }
    return sb.toString();
  }

  /** @return the TDs of one valid ObsCore row */
  public static String obscoreCells() {
    StringBuilder sb = new StringBuilder();
    for (String[] c : OBSCORE) {
      sb.append("<TD>").append(c[5]).append("</TD>");
    }
    return sb.toString();
  }

  /**
   * A SIA 2.0 response with the 25 ObsCore columns and one extra FIELD.
   *
   * @param extraField the extra FIELD element (e.g. the cloud column), or empty
   * @param extraCells one TD content per row for the extra column (one row each)
   * @return the document
   */
  public static String sia2(String extraField, String... extraCells) {
    StringBuilder rows = new StringBuilder();
    for (String c : extraCells) {
      rows.append("<TR>").append(obscoreCells())
          .append(extraField.isEmpty() ? "" : "<TD>" + c + "</TD>").append("</TR>\n");
    }
    return votable("1.5", "<RESOURCE type=\"results\">\n"
        + "<INFO name=\"QUERY_STATUS\" value=\"OK\"/>\n"
        + "<INFO name=\"standardID\" value=\"ivo://ivoa.net/std/SIA#query-2.0\"/>\n<TABLE>\n"
        + obscoreFields() + extraField + "\n<DATA><TABLEDATA>\n" + rows
        + "</TABLEDATA></DATA>\n</TABLE>\n</RESOURCE>");
  }

  /** The DataLink 1.1 FIELDs. */
  public static final String DATALINK_FIELDS =
      "<FIELD name=\"ID\" datatype=\"char\" arraysize=\"*\" ucd=\"meta.id;meta.main\"/>\n"
      + "<FIELD name=\"access_url\" datatype=\"char\" arraysize=\"*\" ucd=\"meta.ref.url\"/>\n"
      + "<FIELD name=\"service_def\" datatype=\"char\" arraysize=\"*\" ucd=\"meta.ref\"/>\n"
      + "<FIELD name=\"error_message\" datatype=\"char\" arraysize=\"*\""
      + " ucd=\"meta.code.error\"/>\n"
      + "<FIELD name=\"description\" datatype=\"char\" arraysize=\"*\" ucd=\"meta.note\"/>\n"
      + "<FIELD name=\"semantics\" datatype=\"char\" arraysize=\"*\" ucd=\"meta.code\"/>\n"
      + "<FIELD name=\"content_type\" datatype=\"char\" arraysize=\"*\""
      + " ucd=\"meta.code.mime\"/>\n"
      + "<FIELD name=\"content_length\" datatype=\"long\" unit=\"byte\""
      + " ucd=\"phys.size;meta.file\"/>\n";

  /**
   * A DataLink 1.1 response.
   *
   * @param extraFields FIELDs after the eight standard ones
   * @param rows TR elements
   * @param after RESOURCEs after the results RESOURCE (service descriptors)
   * @return the document
   */
  public static String datalink(String extraFields, String rows, String after) {
    return votable("1.4", "<RESOURCE type=\"results\">\n"
        + "<INFO name=\"QUERY_STATUS\" value=\"OK\"/>\n"
        + "<INFO name=\"standardID\" value=\"ivo://ivoa.net/std/DataLink#links-1.1\"/>\n"
        + "<TABLE>\n" + DATALINK_FIELDS + extraFields + "<DATA><TABLEDATA>\n" + rows
        + "</TABLEDATA></DATA>\n</TABLE>\n</RESOURCE>\n" + after);
  }

  /**
   * One DataLink row.
   *
   * @param id ID
   * @param url access_url ("" for null)
   * @param service service_def
   * @param error error_message
   * @param semantics semantics
   * @param extra extra TDs' content
   * @return the TR element
   */
  public static String link(String id, String url, String service, String error,
      String semantics, String... extra) {
    StringBuilder sb = new StringBuilder("<TR><TD>" + id + "</TD><TD>" + url + "</TD><TD>"
        + service + "</TD><TD>" + error + "</TD><TD>a link</TD><TD>" + semantics
        + "</TD><TD>application/fits</TD><TD>100</TD>");
    for (String e : extra) {
      sb.append("<TD>").append(e).append("</TD>");
    }
    return sb.append("</TR>\n").toString();
  }
}
