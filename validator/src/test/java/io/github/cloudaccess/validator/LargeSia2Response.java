package io.github.cloudaccess.validator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongFunction;

/**
 * Writes a large, valid SIA 2.0 TABLEDATA response with an entity-escaped {@code cloud_access}
 * column, streaming (for the memory test and for profiling); about 530 bytes per row. Access
 * URLs name data.example.invalid, which never resolves, so an object check over it asks no real
 * DNS.
 */
public final class LargeSia2Response {

  private static final String[][] COLUMNS = {
      {"dataproduct_type", "char", "*", "meta.code.class", "ObsDataset.dataProductType", null},
      {"calib_level", "int", null, "meta.code;obs.calib", "ObsDataset.calibLevel", null},
      {"obs_collection", "char", "*", "meta.id", "DataID.Collection", null},
      {"obs_id", "char", "*", "meta.id", "DataID.observationID", null},
      {"obs_publisher_did", "char", "*", "meta.ref.ivoid", "Curation.PublisherDID", null},
      {"access_url", "char", "*", "meta.ref.url", "Access.Reference", null},
      {"access_format", "char", "*", "meta.code.mime", "Access.Format", null},
      {"access_estsize", "long", null, "phys.size;meta.file", "Access.Size", "kbyte"},
      {"target_name", "char", "*", "meta.id;src", "Target.Name", null},
      {"s_ra", "double", null, "pos.eq.ra", "Char.SpatialAxis.Coverage.Location.Coord.Position2D"
          + ".Value2.C1", "deg"},
      {"s_dec", "double", null, "pos.eq.dec", "Char.SpatialAxis.Coverage.Location.Coord"
          + ".Position2D.Value2.C2", "deg"},
      {"s_fov", "double", null, "phys.angSize;instr.fov", "Char.SpatialAxis.Coverage.Bounds"
          + ".Extent.diameter", "deg"},
      {"s_region", "char", "*", "pos.outline;obs.field", "Char.SpatialAxis.Coverage.Support"
          + ".Area", "deg"},
      {"s_resolution", "double", null, "pos.angResolution", "Char.SpatialAxis.Resolution.Refval"
          + ".value", "arcsec"},
      {"t_min", "double", null, "time.start;obs.exposure", "Char.TimeAxis.Coverage.Bounds.Limits"
          + ".StartTime", "d"},
      {"t_max", "double", null, "time.end;obs.exposure", "Char.TimeAxis.Coverage.Bounds.Limits"
          + ".StopTime", "d"},
      {"t_exptime", "double", null, "time.duration;obs.exposure", "Char.TimeAxis.Coverage.Support"
          + ".Extent", "s"},
      {"t_resolution", "double", null, "time.resolution", "Char.TimeAxis.Resolution.Refval.value",
          "s"},
      {"em_min", "double", null, "em.wl;stat.min", "Char.SpectralAxis.Coverage.Bounds.Limits"
          + ".LoLimit", "m"},
      {"em_max", "double", null, "em.wl;stat.max", "Char.SpectralAxis.Coverage.Bounds.Limits"
          + ".HiLimit", "m"},
      {"em_res_power", "double", null, "spect.resolution", "Char.SpectralAxis.Resolution"
          + ".ResolPower.refVal", null},
      {"o_ucd", "char", "*", "meta.ucd", "Char.ObservableAxis.ucd", null},
      {"pol_states", "char", "*", "meta.code;phys.polarization", "Char.PolarizationAxis"
          + ".stateList", null},
      {"facility_name", "char", "*", "meta.id;instr.tel", "Provenance.ObsConfig.Facility.name",
          null},
      {"instrument_name", "char", "*", "meta.id;instr", "Provenance.ObsConfig.Instrument.name",
          null},
  };

  private LargeSia2Response() {}

  /**
   * @param file where to write
   * @param rows number of data rows
   * @throws IOException when writing fails
   */
  public static void write(Path file, long rows) throws IOException {
    write(file, rows, i -> new Row("https://data.example.invalid/survey/obs-" + i + ".fits",
        1000 + i % 5000, "{\"aws\": {\"bucket_name\": \"nasa-irsa-example\", \"key\": "
            + "\"survey/images/" + (i % 997) + "/obs-" + i + "_calibrated_image.fits\", "
            + "\"region\": \"us-east-1\"}}"));
  }

  /**
   * What varies between rows when a caller chooses.
   *
   * @param accessUrl the access_url, XML-safe text
   * @param estsizeKbyte access_estsize
   * @param cloudAccess the cloud_access JSON, written entity-escaped
   */
  public record Row(String accessUrl, long estsizeKbyte, String cloudAccess) {}

  /**
   * @param file where to write
   * @param rows number of data rows
   * @param row the varying values of row i (1-based)
   * @throws IOException when writing fails
   */
  public static void write(Path file, long rows, LongFunction<Row> row) throws IOException {
    try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
        StandardCharsets.UTF_8), 1 << 16)) {
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<VOTABLE version=\"1.5\" xmlns=\""
          + "http://www.ivoa.net/xml/VOTable/v1.3\">\n<RESOURCE type=\"results\">\n"
          + "<INFO name=\"QUERY_STATUS\" value=\"OK\"/>\n"
          + "<INFO name=\"standardID\" value=\"ivo://ivoa.net/std/SIA#query-2.0\"/>\n<TABLE>\n");
      for (String[] c : COLUMNS) {
        w.write("<FIELD name=\"" + c[0] + "\" datatype=\"" + c[1] + "\""
            + (c[2] == null ? "" : " arraysize=\"" + c[2] + "\"") + " ucd=\"" + c[3]
            + "\" utype=\"obscore:" + c[4] + "\"" + (c[5] == null ? "" : " unit=\"" + c[5] + "\"")
            + "/>\n");
      }
      w.write("<FIELD name=\"cloud_access\" datatype=\"char\" arraysize=\"*\" xtype=\"json\"/>\n"
          + "<DATA><TABLEDATA>\n");
      StringBuilder sb = new StringBuilder(1024);
      for (long i = 1; i <= rows; i++) {
        sb.setLength(0);
        row(sb, i, row.apply(i));
        w.append(sb);
      }
      w.write("</TABLEDATA></DATA>\n</TABLE>\n</RESOURCE>\n</VOTABLE>\n");
    }
  }

  private static void row(StringBuilder sb, long i, Row r) {
    String id = "obs-" + i;
    double ra = (i * 0.37) % 360;
    double dec = ((i * 0.11) % 180) - 90;
    sb.append("<TR><TD>image</TD><TD>").append(i % 4).append("</TD><TD>survey-").append(i % 7)
        .append("</TD><TD>").append(id).append("</TD><TD>ivo://example.org/survey?")
        .append(id).append("</TD><TD>").append(r.accessUrl())
        .append("</TD><TD>image/fits</TD><TD>").append(r.estsizeKbyte())
        .append("</TD><TD>field ").append(i % 100).append("</TD><TD>").append(ra)
        .append("</TD><TD>").append(dec).append("</TD><TD>0.1</TD><TD>CIRCLE ICRS ").append(ra)
        .append(' ').append(dec).append(" 0.05</TD><TD>0.8</TD><TD>58000.5</TD><TD>58000.6"
        + "</TD><TD>600</TD><TD>600</TD><TD>4.0e-07</TD><TD>5.0e-07</TD><TD>3.5</TD>"
        + "<TD>phot.count</TD><TD/><TD>Example Telescope</TD><TD>Example Camera</TD><TD>")
        .append(r.cloudAccess().replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;"))
        .append("</TD></TR>\n");
  }

  /**
   * Writes a file from the command line: {@code LargeSia2Response FILE ROWS}.
   *
   * @param args file and row count
   * @throws IOException when writing fails
   */
  public static void main(String[] args) throws IOException {
    write(Path.of(args[0]), Long.parseLong(args[1]));
  }
}
