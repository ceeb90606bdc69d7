package io.github.cloudaccess.server.response;

import io.github.cloudaccess.server.catalogue.Product;
import io.github.cloudaccess.server.cloud.CloudAccessJson;
import io.github.cloudaccess.server.cloud.CloudCell;
import io.github.cloudaccess.server.cloud.Defect;
import io.github.cloudaccess.server.cloud.ResponseOptions;
import io.github.cloudaccess.server.votable.Column;
import java.util.ArrayList;
import java.util.List;

/**
 * The SIA 2.0 result table: the 25 mandatory ObsCore columns plus the five axis lengths (names,
 * UCDs, utypes and units as in test-corpus/tools/tables.py, ObsCore 1.1), then cloud_access when
 * the placement puts it in the discovery table.
 */
public final class ObsCoreTable {

  /** XML ID of the obs_publisher_did FIELD, referenced by the DataLink service descriptor. */
  public static final String DID_FIELD_ID = "obs_publisher_did";

  /** MIME type of a DataLink {links} document (DataLink 3.1). */
  public static final String DATALINK_MIME = "application/x-votable+xml;content=datalink";

  private static final String OC = "obscore:";

  private final ResponseOptions options;
  private final Links links;
  private final List<Column> columns = new ArrayList<>();
  private final int cloudIndex;
  private final int dropIndex;

  /**
   * @param options encoding, form, placement and defect
   * @param links URL builder
   */
  public ObsCoreTable(ResponseOptions options, Links links) {
    this.options = options;
    this.links = links;
    columns.addAll(standard());
    if (!options.placement().inDiscovery()) {
      cloudIndex = -1;
    } else {
      // The hijack defect puts the column where pyvo looks first: before access_url.
      cloudIndex = options.has(Defect.HIJACK) ? 5 : columns.size();
      columns.add(cloudIndex, CloudField.column(options.defect()));
    }
    dropIndex = dropped(columns, options, "t_exptime");
  }

  /** @return the FIELDs in order */
  public List<Column> columns() {
    return columns;
  }

  /** @return the cells of the record's row, in FIELD order */
  public Object[] row(Product p) {
    boolean viaDataLink = !options.placement().inDiscovery();
    List<Object> c = new ArrayList<>(32);
    c.add(p.dataproductType());
    c.add(p.calibLevel());
    c.add(p.collection());
    c.add(p.obsId());
    c.add(p.publisherDid());
    c.add(viaDataLink ? links.links(p, options.overrides()) : links.product(p));
    c.add(viaDataLink ? DATALINK_MIME : Product.FORMAT);
    c.add(p.estsizeKbyte());
    c.add(p.target());
    c.add(p.ra());
    c.add(p.dec());
    c.add(p.fov());
    c.add("CIRCLE ICRS " + p.ra() + " " + p.dec() + " " + Math.round(p.fov() / 2 * 1e6) / 1e6);
    c.add(p.sResolution());
    c.add((long) p.pixels());
    c.add((long) p.pixels());
    c.add(p.tMin());
    c.add(p.tMax());
    c.add(p.exptime());
    c.add(p.tResolution());
    c.add(1L);
    c.add(p.emMin());
    c.add(p.emMax());
    c.add(p.emResPower());
    c.add(1L);
    c.add(p.oUcd());
    c.add(p.polStates());
    c.add(p.polStates() == null ? null : (long) p.polStateList().size());
    c.add(p.facility());
    c.add(p.instrument());
    if (cloudIndex >= 0) {
      c.add(cloudIndex, CloudCell.of(
          CloudAccessJson.render(p, options.form(), options.defect()), options));
    }
    if (dropIndex >= 0) {
      c.remove(dropIndex);
    }
    return c.toArray();
  }

  /** The missing-column defect removes one mandatory column; @return its former index or -1. */
  static int dropped(List<Column> columns, ResponseOptions options, String name) {
    if (!options.has(Defect.MISSING_COLUMN)) {
      return -1;
    }
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        columns.remove(i);
        return i;
      }
    }
    return -1;
  }

  private static List<Column> standard() {
    return List.of(
        Column.chars("dataproduct_type", "meta.code.class", OC + "ObsDataset.dataProductType",
            "data product type"),
        Column.scalar("calib_level", "int", "meta.code;obs.calib", OC + "ObsDataset.calibLevel",
            null, "calibration level"),
        Column.chars("obs_collection", "meta.id", OC + "DataID.collection", "collection name"),
        Column.chars("obs_id", "meta.id", OC + "DataID.observationID", "observation identifier"),
        Column.chars("obs_publisher_did", "meta.ref.ivoid", OC + "Curation.publisherDID",
            "publisher dataset identifier (the DataLink ID)").withId(DID_FIELD_ID),
        Column.chars("access_url", "meta.ref.url", OC + "Access.reference",
            "URL of the data product (or of its DataLink links)"),
        Column.chars("access_format", "meta.code.mime", OC + "Access.format",
            "MIME type of what access_url returns"),
        Column.scalar("access_estsize", "long", "phys.size;meta.file", OC + "Access.size",
            "kbyte", "estimated size"),
        Column.chars("target_name", "meta.id;src", OC + "Target.name", "target name"),
        Column.scalar("s_ra", "double", "pos.eq.ra",
            OC + "Char.SpatialAxis.Coverage.Location.Coord.Position2D.Value2.C1", "deg",
            "ICRS right ascension of the centre"),
        Column.scalar("s_dec", "double", "pos.eq.dec",
            OC + "Char.SpatialAxis.Coverage.Location.Coord.Position2D.Value2.C2", "deg",
            "ICRS declination of the centre"),
        Column.scalar("s_fov", "double", "phys.angSize;instr.fov",
            OC + "Char.SpatialAxis.Coverage.Bounds.Extent.diameter", "deg",
            "diameter of the covered region"),
        Column.chars("s_region", "pos.outline;obs.field",
            OC + "Char.SpatialAxis.Coverage.Support.Area",
            "covered region (STC-S): the circle the service matches against")
            .withXtype("adql:REGION"),
        Column.scalar("s_resolution", "double", "pos.angResolution",
            OC + "Char.SpatialAxis.Resolution.Refval.value", "arcsec", "spatial resolution"),
        Column.scalar("s_xel1", "long", "meta.number", OC + "Char.SpatialAxis.numBins1", null,
            "pixels along the first axis"),
        Column.scalar("s_xel2", "long", "meta.number", OC + "Char.SpatialAxis.numBins2", null,
            "pixels along the second axis"),
        Column.scalar("t_min", "double", "time.start;obs.exposure",
            OC + "Char.TimeAxis.Coverage.Bounds.Limits.StartTime", "d", "start time (MJD)"),
        Column.scalar("t_max", "double", "time.end;obs.exposure",
            OC + "Char.TimeAxis.Coverage.Bounds.Limits.StopTime", "d", "stop time (MJD)"),
        Column.scalar("t_exptime", "double", "time.duration;obs.exposure",
            OC + "Char.TimeAxis.Coverage.Support.Extent", "s", "exposure time"),
        Column.scalar("t_resolution", "double", "time.resolution",
            OC + "Char.TimeAxis.Resolution.Refval.value", "s", "time resolution"),
        Column.scalar("t_xel", "long", "meta.number", OC + "Char.TimeAxis.numBins", null,
            "samples along the time axis"),
        Column.scalar("em_min", "double", "em.wl;stat.min",
            OC + "Char.SpectralAxis.Coverage.Bounds.Limits.LoLimit", "m",
            "minimum vacuum wavelength"),
        Column.scalar("em_max", "double", "em.wl;stat.max",
            OC + "Char.SpectralAxis.Coverage.Bounds.Limits.HiLimit", "m",
            "maximum vacuum wavelength"),
        Column.scalar("em_res_power", "double", "spect.resolution",
            OC + "Char.SpectralAxis.Resolution.ResolPower.refVal", null,
            "spectral resolving power"),
        Column.scalar("em_xel", "long", "meta.number", OC + "Char.SpectralAxis.numBins", null,
            "samples along the spectral axis"),
        Column.chars("o_ucd", "meta.ucd", OC + "Char.ObservableAxis.ucd", "UCD of the observable"),
        Column.chars("pol_states", "meta.code;phys.polarization",
            OC + "Char.PolarizationAxis.stateList", "polarization states"),
        Column.scalar("pol_xel", "long", "meta.number", OC + "Char.PolarizationAxis.numBins",
            null, "polarization states in the data"),
        Column.chars("facility_name", "meta.id;instr.tel", OC + "Provenance.ObsConfig.Facility.name",
            "facility"),
        Column.chars("instrument_name", "meta.id;instr",
            OC + "Provenance.ObsConfig.Instrument.name", "instrument"));
  }
}
