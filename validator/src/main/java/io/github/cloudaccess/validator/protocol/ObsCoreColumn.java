package io.github.cloudaccess.validator.protocol;

import java.util.List;
import java.util.Set;

/**
 * One mandatory ObsCore column as SIA 2.0 (section 3.1) requires it, with the metadata of both
 * ObsCore 1.0 (REC 2011) and ObsCore 1.1 (REC 2017 with its 2018 erratum): a UCD matching either
 * version is right.
 *
 * @param name the column name
 * @param kind what the values are: text, integer or floating
 * @param units accepted spellings of the unit; empty when the column has none
 * @param ucds accepted UCDs (ObsCore 1.0 and 1.1), compared without case
 * @param utype the utype without prefix, compared without case (1.1 homogenised the case)
 * @param notNull true when ObsCore forbids NULL values
 */
public record ObsCoreColumn(
    String name, Kind kind, Set<String> units, Set<String> ucds, String utype, boolean notNull) {

  /** The value class a column's datatype must belong to. */
  public enum Kind {
    /** char or unicodeChar. */
    TEXT,
    /** short, int or long. */
    INTEGER,
    /** float or double (an integer type is compatible but imperfect). */
    FLOATING
  }

  private static final Set<String> NONE = Set.of();
  private static final Set<String> DEG = Set.of("deg", "degree", "degrees");
  private static final String SPATIAL = "Char.SpatialAxis.";
  private static final String TIME = "Char.TimeAxis.";
  private static final String SPECTRAL = "Char.SpectralAxis.";

  /** The 25 mandatory columns, in the order of the ObsCore table. */
  public static final List<ObsCoreColumn> MANDATORY = List.of(
      text("dataproduct_type", "ObsDataset.dataProductType", false, "meta.id", "meta.code.class"),
      new ObsCoreColumn("calib_level", Kind.INTEGER, NONE, Set.of("meta.code;obs.calib"),
          "ObsDataset.calibLevel", true),
      text("obs_collection", "DataID.Collection", true, "meta.id"),
      text("obs_id", "DataID.observationID", true, "meta.id"),
      text("obs_publisher_did", "Curation.PublisherDID", true, "meta.ref.url;meta.curation",
          "meta.ref.uri;meta.curation", "meta.ref.ivoid", "meta.ref.ivoid;meta.curation"),
      text("access_url", "Access.Reference", false, "meta.ref.url"),
      text("access_format", "Access.Format", false, "meta.code.mime"),
      new ObsCoreColumn("access_estsize", Kind.INTEGER, Set.of("kbyte", "kB"),
          Set.of("phys.size;meta.file"), "Access.Size", false),
      text("target_name", "Target.Name", false, "meta.id;src"),
      floating("s_ra", DEG, SPATIAL + "Coverage.Location.Coord.Position2D.Value2.C1",
          "pos.eq.ra", "pos.eq.ra;meta.main"),
      floating("s_dec", DEG, SPATIAL + "Coverage.Location.Coord.Position2D.Value2.C2",
          "pos.eq.dec", "pos.eq.dec;meta.main"),
      floating("s_fov", DEG, SPATIAL + "Coverage.Bounds.Extent.diameter",
          "phys.angSize;instr.fov"),
      text("s_region", SPATIAL + "Coverage.Support.Area", false, "phys.angArea;obs",
          "pos.outline;obs.field"),
      floating("s_resolution", Set.of("arcsec"), SPATIAL + "Resolution.Refval.value",
          "pos.angResolution"),
      floating("t_min", Set.of("d"), TIME + "Coverage.Bounds.Limits.StartTime",
          "time.start;obs.exposure"),
      floating("t_max", Set.of("d"), TIME + "Coverage.Bounds.Limits.StopTime",
          "time.end;obs.exposure"),
      floating("t_exptime", Set.of("s"), TIME + "Coverage.Support.Extent",
          "time.duration;obs.exposure"),
      floating("t_resolution", Set.of("s"), TIME + "Resolution.Refval.value", "time.resolution"),
      floating("em_min", Set.of("m"), SPECTRAL + "Coverage.Bounds.Limits.LoLimit",
          "em.wl;stat.min"),
      floating("em_max", Set.of("m"), SPECTRAL + "Coverage.Bounds.Limits.HiLimit",
          "em.wl;stat.max"),
      floating("em_res_power", NONE, SPECTRAL + "Resolution.ResolPower.refVal",
          "spect.resolution"),
      text("o_ucd", "Char.ObservableAxis.ucd", false, "meta.ucd"),
      text("pol_states", "Char.PolarizationAxis.stateList", false,
          "meta.code;phys.polarization"),
      text("facility_name", "Provenance.ObsConfig.Facility.name", false, "meta.id;instr.tel"),
      text("instrument_name", "Provenance.ObsConfig.Instrument.name", false, "meta.id;instr"));

  /** dataproduct_type values of ObsCore 1.1 (1.0 lacks {@code measurements}). */
  public static final Set<String> DATAPRODUCT_TYPES = Set.of("image", "cube", "spectrum", "sed",
      "timeseries", "visibility", "event", "measurements");

  private static ObsCoreColumn text(String name, String utype, boolean notNull, String... ucds) {
    return new ObsCoreColumn(name, Kind.TEXT, NONE, Set.of(ucds), utype, notNull);
  }

  private static ObsCoreColumn floating(String name, Set<String> units, String utype,
      String... ucds) {
    return new ObsCoreColumn(name, Kind.FLOATING, units, Set.of(ucds), utype, false);
  }

  /**
   * @param name a column name
   * @return the mandatory column of that name (case-insensitive), or null
   */
  public static ObsCoreColumn named(String name) {
    for (ObsCoreColumn c : MANDATORY) {
      if (c.name.equalsIgnoreCase(name)) {
        return c;
      }
    }
    return null;
  }
}
