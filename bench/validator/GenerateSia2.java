import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a large, deterministic SIA 2.0 query response with a {@code cloud_access} column, row by
 * row, for the validator benchmark.
 *
 * <p>Run with the JDK's single-file source launcher, no dependencies:
 * {@code java bench/validator/GenerateSia2.java --rows 1000000 --encoding escaped --out FILE}.
 * Encodings: {@code escaped} (TABLEDATA, JSON quotes written as {@code &quot;}), {@code cdata}
 * (TABLEDATA, the JSON cell wrapped in CDATA) and {@code binary2} (base64 BINARY2 stream).
 *
 * <p>The document is VOTable 1.4: one {@code RESOURCE type="results"} with {@code QUERY_STATUS}
 * OK and the SIA 2.0 {@code standardID} INFO before the TABLE, the 25 mandatory ObsCore 1.1
 * columns (datatypes, units, UCDs, utypes as in the ObsCore 1.1 table) and {@code cloud_access}
 * ({@code char}, {@code arraysize="*"}, {@code xtype="json"}). Rows imitate three IRSA
 * collections (Euclid Q1 mosaics, Spitzer SEIP, AllWISE atlas) with their real public buckets
 * and regions; every row is meant to pass every check, so a validator should report no error.
 * The same seed always gives the same bytes (java.util.Random's algorithm is specified).
 */
public final class GenerateSia2 {

  private GenerateSia2() {}

  /** How the table data is serialised. */
  enum Encoding {
    /** TABLEDATA with XML-escaped cells. */
    ESCAPED,
    /** TABLEDATA with the cloud_access cell in a CDATA section. */
    CDATA,
    /** BINARY2: base64 stream, per-row null flags, big-endian values. */
    BINARY2
  }

  /** Value classes of the columns, with their VOTable datatype. */
  enum Kind {
    TEXT("char"),
    INT("int"),
    LONG("long"),
    DOUBLE("double");

    final String datatype;

    Kind(String datatype) {
      this.datatype = datatype;
    }
  }

  /**
   * One FIELD of the table.
   *
   * @param name column name
   * @param kind value class
   * @param unit unit or null
   * @param ucd UCD or null
   * @param utype utype or null
   * @param xtype xtype or null
   */
  record Column(String name, Kind kind, String unit, String ucd, String utype, String xtype) {}

  /**
   * The command line.
   *
   * @param rows number of rows
   * @param encoding serialisation
   * @param out output file
   * @param seed random seed
   */
  record Options(long rows, Encoding encoding, Path out, long seed) {}

  private static final String OC = "obscore:";
  private static final String SP = OC + "Char.SpatialAxis.";
  private static final String TM = OC + "Char.TimeAxis.";
  private static final String EM = OC + "Char.SpectralAxis.";

  /** The 25 mandatory ObsCore columns (ObsCore 1.1 metadata) followed by cloud_access. */
  static final List<Column> COLUMNS = List.of(
      text("dataproduct_type", "meta.code.class", OC + "ObsDataset.dataProductType"),
      new Column("calib_level", Kind.INT, null, "meta.code;obs.calib",
          OC + "ObsDataset.calibLevel", null),
      text("obs_collection", "meta.id", OC + "DataID.collection"),
      text("obs_id", "meta.id", OC + "DataID.observationID"),
      text("obs_publisher_did", "meta.ref.ivoid", OC + "Curation.publisherDID"),
      text("access_url", "meta.ref.url", OC + "Access.reference"),
      text("access_format", "meta.code.mime", OC + "Access.format"),
      new Column("access_estsize", Kind.LONG, "kbyte", "phys.size;meta.file", OC + "Access.size",
          null),
      text("target_name", "meta.id;src", OC + "Target.name"),
      real("s_ra", "deg", "pos.eq.ra", SP + "Coverage.Location.Coord.Position2D.Value2.C1"),
      real("s_dec", "deg", "pos.eq.dec", SP + "Coverage.Location.Coord.Position2D.Value2.C2"),
      real("s_fov", "deg", "phys.angSize;instr.fov", SP + "Coverage.Bounds.Extent.diameter"),
      text("s_region", "pos.outline;obs.field", SP + "Coverage.Support.Area"),
      real("s_resolution", "arcsec", "pos.angResolution", SP + "Resolution.Refval.value"),
      real("t_min", "d", "time.start;obs.exposure", TM + "Coverage.Bounds.Limits.StartTime"),
      real("t_max", "d", "time.end;obs.exposure", TM + "Coverage.Bounds.Limits.StopTime"),
      real("t_exptime", "s", "time.duration;obs.exposure", TM + "Coverage.Support.Extent"),
      real("t_resolution", "s", "time.resolution", TM + "Resolution.Refval.value"),
      real("em_min", "m", "em.wl;stat.min", EM + "Coverage.Bounds.Limits.LoLimit"),
      real("em_max", "m", "em.wl;stat.max", EM + "Coverage.Bounds.Limits.HiLimit"),
      real("em_res_power", null, "spect.resolution", EM + "Resolution.ResolPower.refVal"),
      text("o_ucd", "meta.ucd", OC + "Char.ObservableAxis.ucd"),
      text("pol_states", "meta.code;phys.polarization", OC + "Char.PolarizationAxis.stateList"),
      text("facility_name", "meta.id;instr.tel", OC + "Provenance.ObsConfig.Facility.name"),
      text("instrument_name", "meta.id;instr", OC + "Provenance.ObsConfig.Instrument.name"),
      new Column("cloud_access", Kind.TEXT, null, null, null, "json"));

  /** Index of the cloud_access column. */
  static final int CLOUD = COLUMNS.size() - 1;

  private static Column text(String name, String ucd, String utype) {
    return new Column(name, Kind.TEXT, null, ucd, utype, null);
  }

  private static Column real(String name, String unit, String ucd, String utype) {
    return new Column(name, Kind.DOUBLE, unit, ucd, utype, null);
  }

  /**
   * Entry point.
   *
   * @param args {@code --rows N --encoding escaped|cdata|binary2 --out FILE [--seed S]}
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Options o;
    try {
      o = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("GenerateSia2: " + e.getMessage());
      System.err.println("usage: java GenerateSia2.java --rows N --encoding escaped|cdata|binary2"
          + " --out FILE [--seed S]");
      System.exit(2);
      return;
    }
    long start = System.nanoTime();
    Path parent = o.out().toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(o.out()), 1 << 20)) {
      write(o, file);
    }
    System.err.printf(Locale.ROOT, "GenerateSia2: %d rows, %s, %d bytes, %.1f s -> %s%n",
        o.rows(), o.encoding().name().toLowerCase(Locale.ROOT), Files.size(o.out()),
        (System.nanoTime() - start) / 1e9, o.out());
  }

  static Options parse(String[] args) {
    long rows = 1000;
    Encoding encoding = null;
    Path out = null;
    long seed = 20250101L;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + a);
      }
      String v = args[++i];
      switch (a) {
        case "--rows" -> rows = Long.parseLong(v);
        case "--encoding" -> encoding = Encoding.valueOf(v.toUpperCase(Locale.ROOT));
        case "--out" -> out = Path.of(v);
        case "--seed" -> seed = Long.parseLong(v);
        default -> throw new IllegalArgumentException("unknown option " + a);
      }
    }
    if (encoding == null || out == null || rows < 0) {
      throw new IllegalArgumentException("--encoding and --out are required, --rows >= 0");
    }
    return new Options(rows, encoding, out, seed);
  }

  /** Writes the whole document: header, rows (streamed), footer. */
  static void write(Options o, OutputStream file) throws IOException {
    Ascii out = new Ascii(file);
    header(out, o);
    RowMaker maker = new RowMaker(new Random(o.seed()));
    Row row = new Row(COLUMNS.size());
    if (o.encoding() == Encoding.BINARY2) {
      out.write("<DATA><BINARY2><STREAM encoding=\"base64\">\n");
      out.flush();
      Binary2Rows b = new Binary2Rows(file);
      for (long i = 0; i < o.rows(); i++) {
        maker.fill(row, i);
        b.write(row);
      }
      b.finish();
      out.write("\n</STREAM></BINARY2></DATA>\n");
    } else {
      out.write("<DATA><TABLEDATA>\n");
      boolean cdata = o.encoding() == Encoding.CDATA;
      for (long i = 0; i < o.rows(); i++) {
        maker.fill(row, i);
        tableDataRow(out, row, cdata);
      }
      out.write("</TABLEDATA></DATA>\n");
    }
    out.write("</TABLE>\n</RESOURCE>\n</VOTABLE>\n");
    out.flush();
  }

  private static void header(Ascii out, Options o) throws IOException {
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<!-- bench/validator/GenerateSia2.java rows=" + o.rows() + " encoding="
        + o.encoding().name().toLowerCase(Locale.ROOT) + " seed=" + o.seed() + " -->\n");
    out.write("<VOTABLE version=\"1.4\" xmlns=\"http://www.ivoa.net/xml/VOTable/v1.3\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n");
    out.write("<RESOURCE type=\"results\">\n");
    out.write("<INFO name=\"QUERY_STATUS\" value=\"OK\">Query successful</INFO>\n");
    out.write("<INFO name=\"standardID\" value=\"ivo://ivoa.net/std/SIA#query-2.0\"/>\n");
    out.write("<INFO name=\"request\" value=\"https://sia.example.org/sia2/query?POS=CIRCLE+180+0"
        + "+180&amp;MAXREC=" + o.rows() + "\"/>\n");
    out.write("<TABLE name=\"results\">\n");
    for (Column c : COLUMNS) {
      StringBuilder f = new StringBuilder("<FIELD name=\"").append(c.name())
          .append("\" datatype=\"").append(c.kind().datatype).append('"');
      if (c.kind() == Kind.TEXT) {
        f.append(" arraysize=\"*\"");
      }
      attr(f, "unit", c.unit());
      attr(f, "ucd", c.ucd());
      attr(f, "utype", c.utype());
      attr(f, "xtype", c.xtype());
      out.write(f.append("/>\n").toString());
    }
  }

  private static void attr(StringBuilder b, String name, String value) {
    if (value != null) {
      b.append(' ').append(name).append("=\"").append(value).append('"');
    }
  }

  private static void tableDataRow(Ascii out, Row row, boolean cdata) throws IOException {
    out.write("<TR>");
    for (int c = 0; c < row.text.length; c++) {
      String v = row.text[c];
      if (v == null) {
        out.write("<TD/>");
      } else if (cdata && c == CLOUD) {
        out.write("<TD><![CDATA[");
        out.write(v);
        out.write("]]></TD>");
      } else {
        out.write("<TD>");
        out.writeEscaped(v);
        out.write("</TD>");
      }
    }
    out.write("</TR>\n");
  }

  /**
   * One row's values: the text form (null for a null cell) and, for numeric columns, the binary
   * value, both derived from the same scaled integers so the encodings carry the same data.
   */
  static final class Row {
    final String[] text;
    final double[] dbl;
    final long[] lng;

    Row(int n) {
      text = new String[n];
      dbl = new double[n];
      lng = new long[n];
    }

    void text(int c, String v) {
      text[c] = v;
    }

    void integer(int c, long v) {
      lng[c] = v;
      text[c] = Long.toString(v);
    }

    /** Sets a double from an integer count of 10^-decimals units. */
    void fixed(int c, long scaled, int decimals) {
      text[c] = Fixed.format(scaled, decimals);
      dbl[c] = Double.parseDouble(text[c]);
    }

    /** Sets a double from its text (exponent forms such as 5.5e-07). */
    void real(int c, String v) {
      text[c] = v;
      dbl[c] = Double.parseDouble(v);
    }

    void nullCell(int c) {
      text[c] = null;
      dbl[c] = Double.NaN;
      lng[c] = 0;
    }
  }

  /** Decimal text of scaled integers without String.format (which dominates run time). */
  static final class Fixed {
    private static final long[] POW = {1, 10, 100, 1000, 10_000, 100_000, 1_000_000};

    static String format(long scaled, int decimals) {
      if (decimals == 0) {
        return Long.toString(scaled);
      }
      long abs = Math.abs(scaled);
      String frac = Long.toString(abs % POW[decimals] + POW[decimals]).substring(1);
      return (scaled < 0 ? "-" : "") + (abs / POW[decimals]) + "." + frac;
    }
  }

  /** An observing band: name, wavelength limits (m), resolving power, resolution, UCD. */
  record Band(String name, String instrument, String emMin, String emMax, String resPower,
      long resolutionMas, String oucd) {}

  private static final Band[] EUCLID = {
      new Band("VIS", "VIS", "5.5e-07", "9e-07", "2.07", 160, "phot.flux;em.opt"),
      new Band("NIR-Y", "NISP", "9.49e-07", "1.212e-06", "4.1", 480, "phot.flux;em.IR.NIR"),
      new Band("NIR-J", "NISP", "1.168e-06", "1.567e-06", "3.4", 480, "phot.flux;em.IR.NIR"),
      new Band("NIR-H", "NISP", "1.523e-06", "2.021e-06", "3.5", 480, "phot.flux;em.IR.NIR")};

  private static final Band[] SPITZER = {
      new Band("IRAC.1", "IRAC", "3.13e-06", "3.96e-06", "4.3", 1660, "phot.flux;em.IR.3-4um"),
      new Band("IRAC.2", "IRAC", "3.92e-06", "5.06e-06", "3.9", 1720, "phot.flux;em.IR.4-8um"),
      new Band("IRAC.3", "IRAC", "4.9e-06", "6.5e-06", "3.6", 1880, "phot.flux;em.IR.4-8um"),
      new Band("IRAC.4", "IRAC", "6.25e-06", "9.59e-06", "2.4", 1980, "phot.flux;em.IR.8-15um"),
      new Band("MIPS.1", "MIPS", "2.07e-05", "2.62e-05", "4.0", 5900, "phot.flux;em.IR.15-30um")};

  private static final Band[] WISE = {
      new Band("w1", "WISE", "2.75e-06", "3.87e-06", "2.9", 6100, "phot.flux;em.IR.3-4um"),
      new Band("w2", "WISE", "3.96e-06", "5.34e-06", "3.3", 6400, "phot.flux;em.IR.4-8um"),
      new Band("w3", "WISE", "7.44e-06", "1.727e-05", "1.2", 6500, "phot.flux;em.IR.8-15um"),
      new Band("w4", "WISE", "1.976e-05", "2.386e-05", "4.6", 12000, "phot.flux;em.IR.15-30um")};

  /**
   * Fills rows: picks a collection per row, then a sky position, epoch, band and the matching
   * URL, IVOID and cloud_access value.
   */
  static final class RowMaker {
    private final Random rnd;
    private final StringBuilder sb = new StringBuilder(512);
    private long wiseRows;

    RowMaker(Random rnd) {
      this.rnd = rnd;
    }

    void fill(Row r, long i) {
      /* Sky position uniform on the sphere between dec -85 and +85 (keeps polygons simple). */
      long ra = (long) (rnd.nextDouble() * 360_000_000L); // micro-degrees
      double sinDec = (rnd.nextDouble() * 2 - 1) * Math.sin(Math.toRadians(85));
      long dec = Math.round(Math.toDegrees(Math.asin(sinDec)) * 1e6);
      r.fixed(9, ra, 6);
      r.fixed(10, dec, 6);
      r.text(0, "image");
      r.text(6, "image/fits");
      r.nullCell(17); // t_resolution: not defined for a stacked image
      r.nullCell(22); // pol_states: no polarimetry
      int pick = rnd.nextInt(10);
      if (pick < 4) {
        euclid(r, i, ra, dec);
      } else if (pick < 7) {
        spitzer(r, i, ra, dec);
      } else {
        wise(r, ra, dec);
      }
    }

    private void euclid(Row r, long i, long ra, long dec) {
      Band b = EUCLID[(int) (i & 3)];
      long tile = 101_500_000L + (i >> 2) * 7 % 999_983L;
      String id = tile + "_" + b.name();
      r.integer(1, 3);
      r.text(2, "euclid_DpdMerBksMosaic");
      r.text(3, id);
      r.text(4, "ivo://irsa.ipac/euclid_DpdMerBksMosaic?" + id);
      String path = "q1/MER/" + tile + "/" + b.instrument() + "/EUC_MER_BGSUB-MOSAIC-" + b.name()
          + "_TILE" + tile + ".fits";
      r.text(5, "https://irsa.ipac.caltech.edu/ibe/data/euclid/" + path);
      r.integer(7, 1_400_000 + rnd.nextInt(120_000));
      r.text(8, "TILE" + tile);
      common(r, b, ra, dec, 73_333, 60_340_00000L, 450_000L, b.instrument().equals("VIS") ? 22_400
          : 4_480, "Euclid");
      cloud(r, "nasa-irsa-euclid-q1", path, "us-east-1");
    }

    private void spitzer(Row r, long i, long ra, long dec) {
      Band b = SPITZER[rnd.nextInt(SPITZER.length)];
      long aor = 4_000_000L + (i * 13 % 67_000_000L);
      String id = "r" + aor + "_" + b.name();
      r.integer(1, 3);
      r.text(2, "spitzer_seip");
      r.text(3, id);
      r.text(4, "ivo://irsa.ipac/spitzer_seip?" + id);
      String path = "spitzer/seip/r" + aor + "/" + b.name() + ".mosaic.fits";
      r.text(5, "https://irsa.ipac.caltech.edu/data/SPITZER/Enhanced/SEIP/" + path.substring(13));
      r.integer(7, 20_000 + rnd.nextInt(400_000));
      r.text(8, "r" + aor);
      common(r, b, ra, dec, 20_000 + rnd.nextInt(60_000), 53_000_00000L, 2_200_000L,
          1_000 + rnd.nextInt(30_000), "Spitzer");
      cloud(r, "nasa-irsa-spitzer", path, "us-west-2");
    }

    /** AllWISE single-exposure (L1b) frames: scan id and frame number from a row counter. */
    private void wise(Row r, long ra, long dec) {
      Band b = WISE[rnd.nextInt(WISE.length)];
      long j = wiseRows++;
      long scan = j / 250;
      String scanId = String.valueOf(100_000 + scan / 2 % 100_000).substring(1)
          + (scan % 2 == 0 ? "a" : "b");
      String frame = String.valueOf(1001 + j % 250).substring(1);
      String id = scanId + frame + "-" + b.name();
      r.integer(1, 1);
      r.text(2, "wise_allsky_4band_p1bm_frm");
      r.text(3, id);
      r.text(4, "ivo://irsa.ipac/wise_allsky_4band_p1bm_frm?" + id);
      String path = "wise/allsky/4band_p1bm_frm/" + scanId.substring(4) + "/" + scanId + "/"
          + frame + "/" + id + "-int-1b.fits";
      r.text(5, "https://irsa.ipac.caltech.edu/ibe/data/" + path);
      r.integer(7, 4_000 + rnd.nextInt(200));
      r.nullCell(8); // survey frames have no target
      common(r, b, ra, dec, 78_000, 55_200_00000L, 40_000L, b.name().compareTo("w3") < 0 ? 77
          : 88, "WISE");
      cloud(r, "nasa-irsa-wise", path, "us-west-2");
    }

    /** Columns that depend on the band and the sky position only. */
    private void common(Row r, Band b, long ra, long dec, long fovE5, long mjdStartE5,
        long mjdSpreadE5, long exptimeE1, String facility) {
      r.fixed(11, fovE5, 5);
      r.text(12, polygon(ra, dec, fovE5 * 5)); // half the field, in micro-degrees
      r.fixed(13, b.resolutionMas(), 3);
      long tMin = mjdStartE5 + (long) (rnd.nextDouble() * mjdSpreadE5);
      r.fixed(14, tMin, 5);
      r.fixed(15, tMin + Math.max(1, Math.round(exptimeE1 / 8.64)), 5);
      r.fixed(16, exptimeE1, 1);
      r.real(18, b.emMin());
      r.real(19, b.emMax());
      r.real(20, b.resPower());
      r.text(21, b.oucd());
      r.text(23, facility);
      r.text(24, b.instrument());
    }

    /** A square footprint, corners counter-clockwise, in degrees with 4 decimals. */
    private String polygon(long ra, long dec, long halfE6) {
      double cosDec = Math.cos(Math.toRadians(dec / 1e6));
      long dRa = Math.round(halfE6 / cosDec);
      sb.setLength(0);
      sb.append("POLYGON ICRS");
      corner(ra - dRa, dec - halfE6);
      corner(ra + dRa, dec - halfE6);
      corner(ra + dRa, dec + halfE6);
      corner(ra - dRa, dec + halfE6);
      return sb.toString();
    }

    private void corner(long raE6, long decE6) {
      long raE4 = Math.floorMod(Math.round(raE6 / 100.0), 3_600_000L);
      sb.append(' ').append(Fixed.format(raE4, 4)).append(' ')
          .append(Fixed.format(Math.round(decE6 / 100.0), 4));
    }

    /** The list form of the convention: one AWS location with all four members. */
    private void cloud(Row r, String bucket, String key, String region) {
      sb.setLength(0);
      sb.append("{\"aws\": [{\"bucket_name\": \"").append(bucket).append("\", \"key\": \"")
          .append(key).append("\", \"region\": \"").append(region)
          .append("\", \"access\": \"open\"}]}");
      r.text(CLOUD, sb.toString());
    }
  }

  /** Buffers ASCII text as bytes; the generated values are all ASCII. */
  static final class Ascii {
    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private int n;

    Ascii(OutputStream out) {
      this.out = out;
    }

    void write(String s) throws IOException {
      for (int i = 0, len = s.length(); i < len; i++) {
        put(s.charAt(i));
      }
    }

    void writeEscaped(String s) throws IOException {
      for (int i = 0, len = s.length(); i < len; i++) {
        char ch = s.charAt(i);
        switch (ch) {
          case '"' -> write("&quot;");
          case '&' -> write("&amp;");
          case '<' -> write("&lt;");
          case '>' -> write("&gt;");
          default -> put(ch);
        }
      }
    }

    private void put(char ch) throws IOException {
      if (ch > 0x7e) {
        throw new IllegalStateException("non-ASCII character in generated text");
      }
      if (n == buf.length) {
        flush();
      }
      buf[n++] = (byte) ch;
    }

    void flush() throws IOException {
      out.write(buf, 0, n);
      n = 0;
      out.flush();
    }
  }

  /**
   * BINARY2 rows: null-flag bytes (most significant bit first, one bit per column), then each
   * value big-endian; {@code char[*]} as a 4-byte count and the bytes. Base64 in 76-column lines.
   */
  static final class Binary2Rows {
    private final DataOutputStream data;
    private final byte[] flags = new byte[(COLUMNS.size() + 7) / 8];

    Binary2Rows(OutputStream file) {
      /* The base64 encoder must be closed to write its padding, but the file must stay open. */
      OutputStream keepOpen = new FilterOutputStream(file) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
          flush();
        }
      };
      OutputStream b64 = Base64.getMimeEncoder(76, new byte[] {'\n'}).wrap(keepOpen);
      data = new DataOutputStream(new BufferedOutputStream(b64, 1 << 16));
    }

    void write(Row r) throws IOException {
      Arrays.fill(flags, (byte) 0);
      for (int c = 0; c < COLUMNS.size(); c++) {
        if (r.text[c] == null) {
          flags[c >> 3] |= (byte) (0x80 >>> (c & 7));
        }
      }
      data.write(flags);
      for (int c = 0; c < COLUMNS.size(); c++) {
        switch (COLUMNS.get(c).kind()) {
          case TEXT -> {
            String v = r.text[c] == null ? "" : r.text[c];
            data.writeInt(v.length());
            data.writeBytes(v); // ASCII only, so one byte per char is exact
          }
          case INT -> data.writeInt((int) r.lng[c]);
          case LONG -> data.writeLong(r.lng[c]);
          case DOUBLE -> data.writeDouble(r.dbl[c]);
          default -> throw new IllegalStateException();
        }
      }
    }

    void finish() throws IOException {
      data.close();
    }
  }
}
