"""Column sets and document skeletons (SIA 1.0, SIA 2.0 / ObsCore 1.1, DataLink 1.1).

Rows come from objects/manifest.json, so every response describes an object the reference server
can serve, under the bucket/region/access of its collection (BUCKETS, also in objects/README.md).
"""

import json
import pathlib

from votable import NS, XSI, JSON_FIELD, Column, attrs, esc, td, text_of, binary_stream

ROOT = pathlib.Path(__file__).resolve().parent.parent
OBJECTS = {o["id"]: o for o in json.loads(
    (ROOT / "objects" / "manifest.json").read_text(encoding="utf-8"))["objects"]}

# collection: bucket, region, access (fictional buckets; regions follow IRSA/MAST practice)
BUCKETS = {
    "hst-sim": ("ca-corpus-hst", "us-east-1", "open"),
    "spitzer-sim": ("ca-corpus-spitzer", "us-west-2", "open"),
    "chandra-sim": ("ca-corpus-chandra", "us-east-1", "region"),
    "euclid-sim": ("ca-corpus-euclid", "us-east-1", "restricted"),
}
PIXELS = {"HST": 4096, "Spitzer": 256, "Chandra": 1024, "Euclid": 19200}
RESOLUTION = {"HST": 0.1, "Spitzer": 1.7, "Chandra": 0.5, "Euclid": 0.2}
OBSERVABLE = {"HST": "phot.count", "Spitzer": "phot.flux.density", "Chandra": "phot.count",
              "Euclid": "phot.flux"}
SIA2_ID = "ivo://ivoa.net/std/SIA#query-2.0"
DATALINK_ID = "ivo://ivoa.net/std/DataLink#links-1.1"


def obj(oid):
    return OBJECTS[oid]


def did(o):
    return "ivo://example.org/corpus?" + o["id"]


def access_url(o):
    return "https://data.example.org/corpus/" + o["path"]


def location(o):
    bucket, region, access = BUCKETS[o["collection"]]
    return {"bucket_name": bucket, "key": o["path"], "region": region, "access": access}


def obscore_columns():
    """The 25 mandatory ObsCore columns plus the 5 axis lengths ObsCore 1.1 added (taplint's list)."""
    oc = "obscore:"
    return [
        Column("dataproduct_type", "char", lambda o: o["dataproduct_type"], "*", "meta.code.class",
               oc + "ObsDataset.dataProductType", description="data product type"),
        Column("calib_level", "int", lambda o: o["calib_level"], None, "meta.code;obs.calib",
               oc + "ObsDataset.calibLevel", description="calibration level"),
        Column("obs_collection", "char", lambda o: o["collection"], "*", "meta.id",
               oc + "DataID.collection", description="collection name"),
        Column("obs_id", "char", lambda o: o["id"], "*", "meta.id", oc + "DataID.observationID",
               description="observation identifier"),
        Column("obs_publisher_did", "char", did, "*", "meta.ref.ivoid",
               oc + "Curation.publisherDID", description="publisher dataset identifier"),
        Column("access_url", "char", access_url, "*", "meta.ref.url", oc + "Access.reference",
               description="URL of the data product on the archive's own servers"),
        Column("access_format", "char", lambda o: "image/fits", "*", "meta.code.mime",
               oc + "Access.format", description="MIME type of the data product"),
        Column("access_estsize", "long", lambda o: round(o["size"] / 1024), None,
               "phys.size;meta.file", oc + "Access.size", "kbyte", description="estimated size"),
        Column("target_name", "char", lambda o: o["target"], "*", "meta.id;src",
               oc + "Target.name", description="target name"),
        Column("s_ra", "double", lambda o: o["ra"], None, "pos.eq.ra",
               oc + "Char.SpatialAxis.Coverage.Location.Coord.Position2D.Value2.C1", "deg",
               description="ICRS right ascension of the centre"),
        Column("s_dec", "double", lambda o: o["dec"], None, "pos.eq.dec",
               oc + "Char.SpatialAxis.Coverage.Location.Coord.Position2D.Value2.C2", "deg",
               description="ICRS declination of the centre"),
        Column("s_fov", "double", lambda o: o["fov"], None, "phys.angSize;instr.fov",
               oc + "Char.SpatialAxis.Coverage.Bounds.Extent.diameter", "deg",
               description="diameter of the covered region"),
        Column("s_region", "char",
               lambda o: "CIRCLE ICRS %r %r %r" % (o["ra"], o["dec"], round(o["fov"] / 2, 6)),
               "*", "pos.outline;obs.field", oc + "Char.SpatialAxis.Coverage.Support.Area",
               xtype="adql:REGION", description="covered region (STC-S)"),
        Column("s_resolution", "double", lambda o: RESOLUTION[o["facility"]], None,
               "pos.angResolution", oc + "Char.SpatialAxis.Resolution.Refval.value", "arcsec",
               description="spatial resolution"),
        Column("s_xel1", "long", lambda o: PIXELS[o["facility"]], None, "meta.number",
               oc + "Char.SpatialAxis.numBins1", description="pixels along the first axis"),
        Column("s_xel2", "long", lambda o: PIXELS[o["facility"]], None, "meta.number",
               oc + "Char.SpatialAxis.numBins2", description="pixels along the second axis"),
        Column("t_min", "double", lambda o: o["t_min"], None, "time.start;obs.exposure",
               oc + "Char.TimeAxis.Coverage.Bounds.Limits.StartTime", "d",
               description="start time (MJD)"),
        Column("t_max", "double", lambda o: o["t_max"], None, "time.end;obs.exposure",
               oc + "Char.TimeAxis.Coverage.Bounds.Limits.StopTime", "d",
               description="stop time (MJD)"),
        Column("t_exptime", "double", lambda o: o["exptime"], None, "time.duration;obs.exposure",
               oc + "Char.TimeAxis.Coverage.Support.Extent", "s", description="exposure time"),
        Column("t_resolution", "double", lambda o: o["exptime"], None, "time.resolution",
               oc + "Char.TimeAxis.Resolution.Refval.value", "s", description="time resolution"),
        Column("t_xel", "long", lambda o: 1, None, "meta.number", oc + "Char.TimeAxis.numBins",
               description="samples along the time axis"),
        Column("em_min", "double", lambda o: o["em_min"], None, "em.wl;stat.min",
               oc + "Char.SpectralAxis.Coverage.Bounds.Limits.LoLimit", "m",
               description="minimum vacuum wavelength"),
        Column("em_max", "double", lambda o: o["em_max"], None, "em.wl;stat.max",
               oc + "Char.SpectralAxis.Coverage.Bounds.Limits.HiLimit", "m",
               description="maximum vacuum wavelength"),
        Column("em_res_power", "double",
               lambda o: round((o["em_min"] + o["em_max"]) / 2 / (o["em_max"] - o["em_min"]), 3),
               None, "spect.resolution", oc + "Char.SpectralAxis.Resolution.ResolPower.refVal",
               description="spectral resolving power"),
        Column("em_xel", "long", lambda o: 1, None, "meta.number", oc + "Char.SpectralAxis.numBins",
               description="samples along the spectral axis"),
        Column("o_ucd", "char", lambda o: OBSERVABLE[o["facility"]], "*", "meta.ucd",
               oc + "Char.ObservableAxis.ucd", description="UCD of the observable"),
        Column("pol_states", "char", lambda o: None, "*", "meta.code;phys.polarization",
               oc + "Char.PolarizationAxis.stateList", description="polarization states"),
        Column("pol_xel", "long", lambda o: None, None, "meta.number",
               oc + "Char.PolarizationAxis.numBins", null="-1",
               description="polarization states in the data"),
        Column("facility_name", "char", lambda o: o["facility"], "*", "meta.id;instr.tel",
               oc + "Provenance.ObsConfig.Facility.name", description="facility"),
        Column("instrument_name", "char", lambda o: o["instrument"], "*", "meta.id;instr",
               oc + "Provenance.ObsConfig.Instrument.name", description="instrument"),
    ]


def sia1_columns():
    """The eight mandatory SIA 1.0 UCD columns plus recommended ones, in a typical order."""
    def scale(o):
        s = round(o["fov"] / PIXELS[o["facility"]], 10)
        return [-s, s]
    return [
        Column("title", "char", lambda o: "%s %s %s %s" % (o["facility"], o["instrument"],
                                                         o["filter"], o["target"]),
               "*", "VOX:Image_Title", description="image title"),
        Column("instrument", "char", lambda o: o["facility"] + " " + o["instrument"], "*",
               "INST_ID", description="instrument"),
        Column("ra", "double", lambda o: o["ra"], None, "POS_EQ_RA_MAIN", unit="deg",
               description="right ascension of the image centre"),
        Column("dec", "double", lambda o: o["dec"], None, "POS_EQ_DEC_MAIN", unit="deg",
               description="declination of the image centre"),
        Column("mjd_obs", "double", lambda o: o["t_min"], None, "VOX:Image_MJDateObs", unit="d",
               description="start of the observation (MJD)"),
        Column("naxes", "int", lambda o: 2, None, "VOX:Image_Naxes", description="image axes"),
        Column("naxis", "int", lambda o: [PIXELS[o["facility"]]] * 2, "*", "VOX:Image_Naxis",
               description="pixels along each axis"),
        Column("scale", "double", scale, "*", "VOX:Image_Scale", unit="deg/pix",
               description="pixel scale along each axis"),
        Column("format", "char", lambda o: "image/fits", "*", "VOX:Image_Format",
               description="MIME type"),
        Column("band", "char", lambda o: o["filter"], "*", "VOX:BandPass_ID",
               description="band pass name"),
        Column("band_lo", "double", lambda o: o["em_min"], None, "VOX:BandPass_LoLimit", unit="m",
               description="lower band limit"),
        Column("band_hi", "double", lambda o: o["em_max"], None, "VOX:BandPass_HiLimit", unit="m",
               description="upper band limit"),
        Column("filesize", "int", lambda o: o["size"], None, "VOX:Image_FileSize", unit="byte",
               description="file size"),
        Column("access_url", "char", access_url, "*", "VOX:Image_AccessReference",
               description="URL of the image on the archive's own servers"),
    ]


def datalink_columns():
    """DataLink 1.1 {links} columns; rows are dicts keyed by column name."""
    names = [
        ("ID", "char", "*", "meta.id;meta.main", None),
        ("access_url", "char", "*", "meta.ref.url", None),
        ("service_def", "char", "*", "meta.ref", None),
        ("error_message", "char", "*", "meta.code.error", None),
        ("description", "char", "*", "meta.note", None),
        ("semantics", "char", "*", "meta.code", None),
        ("content_type", "char", "*", "meta.code.mime", None),
        ("content_length", "long", None, "phys.size;meta.file", "byte"),
        ("content_qualifier", "char", "*", "meta.code.class", None),
        ("local_semantics", "char", "*", "meta.id.assoc", None),
        ("link_auth", "char", "*", "meta.code", None),
        ("link_authorized", "boolean", None, "meta.code", None),
    ]
    return [Column(n, dt, (lambda r, n=n: r.get(n)), size, ucd, unit=unit)
            for n, dt, size, ucd, unit in names]


def cloud_field(**overrides):
    """The cloud_access FIELD; keyword arguments replace or (with None) drop attributes."""
    a = dict(JSON_FIELD)
    a.update(overrides)
    name = a.pop("name", "cloud_access")
    return Column(name, a.pop("datatype"), None, a.pop("arraysize", None), a.pop("ucd", None),
                  a.pop("utype", None), a.pop("unit", None), a.pop("xtype", None),
                  description="cloud copies of the data product (JSON)")


def document(version, resource_lines, prolog=None):
    head = [prolog or '<?xml version="1.0" encoding="UTF-8"?>',
            '<VOTABLE version="%s" xmlns="%s" xmlns:xsi="%s">' % (version, NS, XSI)]
    return "\n".join(head + resource_lines + ["</VOTABLE>", ""])


def table_lines(columns, rows, cloud=None, cloud_cells=None, overrides=None, serialization=None,
                typed_cloud=None, cloud_at=None):
    """Lines of a TABLE element.

    columns/rows: Column objects and the row items they read (manifest objects or dicts).
    cloud: the cloud_access Column (appended last) or None; cloud_cells: per row, the raw XML
    fragment for its TD (None = empty TD). overrides: {(row index, column name): raw XML}.
    serialization: None (TABLEDATA), "BINARY" or "BINARY2"; typed_cloud then gives the cell
    strings (None = null). cloud_at: index among the columns where the cloud FIELD goes
    (default: last).
    """
    overrides = overrides or {}
    at = len(columns) if cloud_at is None else cloud_at
    cols = columns[:at] + ([cloud] if cloud else []) + columns[at:]
    lines = ["    <TABLE>"]
    for c in cols:
        lines += c.field()
    if serialization:
        typed = []
        for i, r in enumerate(rows):
            row = [c.value(r) for c in columns]
            if cloud:
                row.insert(at, typed_cloud[i])
            typed.append(row)
        lines += ["      <DATA>", "        <%s>" % serialization,
                  '          <STREAM encoding="base64">']
        lines += binary_stream(cols, typed, serialization == "BINARY2")
        lines += ["          </STREAM>", "        </%s>" % serialization, "      </DATA>"]
    else:
        lines += ["      <DATA>", "        <TABLEDATA>"]
        for i, r in enumerate(rows):
            lines.append("          <TR>")
            for c in cols:
                if c is cloud:
                    lines.append(td(cloud_cells[i], "            "))
                elif (i, c.name) in overrides:
                    lines.append(td(overrides[(i, c.name)], "            "))
                else:
                    t = text_of(c.value(r))
                    lines.append(td(None if t is None else esc(t), "            "))
            lines.append("          </TR>")
        lines += ["        </TABLEDATA>", "      </DATA>"]
    lines.append("    </TABLE>")
    return lines


def info(name, value, text=None, indent="    "):
    if text is None:
        return indent + "<INFO%s/>" % attrs({"name": name, "value": value})
    return indent + "<INFO%s>%s</INFO>" % (attrs({"name": name, "value": value}), esc(text))
