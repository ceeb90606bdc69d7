"""Response builders shared by the families in make_responses.py and its family modules.

Python 3 stdlib only. Every builder returns the document as text; write() stores it under
responses/ and remembers the name so make_responses.py can count what it wrote.
"""

from tables import (ROOT, DATALINK_ID, SIA2_ID, cloud_field, datalink_columns, did, document,
                    info, location, obj, obscore_columns, sia1_columns, table_lines,
                    access_url)
from votable import compact, esc

OUT = ROOT / "responses"
WRITTEN = []

SIA2_ROWS = ["obj-0001", "obj-0028", "obj-0080"]  # HST, Spitzer, Euclid
SIA1_ROWS = ["obj-0030", "obj-0031", "obj-0033"]  # Spitzer, like IRSA's SIA 1.0 service
DATALINK_URL = "https://data.example.org/datalink/links"


def write(name, content):
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    (OUT / name).write_bytes(data)
    WRITTEN.append(name)


def swap(text, old, new, count=1):
    """text with old replaced by new; fails unless old occurs exactly count times."""
    found = text.count(old)
    if found != count:
        raise ValueError("expected %d of %r, found %d" % (count, old, found))
    return text.replace(old, new)


def drop_cell(text, row, column):
    """text without the TD of 0-based column in 1-based data row (each TD on its own line)."""
    lines = text.split("\n")
    starts = [i for i, line in enumerate(lines) if line.strip() == "<TR>"]
    tds = [i for i in range(starts[row - 1] + 1, len(lines)) if lines[i].lstrip().startswith("<TD")]
    del lines[tds[column]]
    return "\n".join(lines)


def ca_list(o):
    return {"aws": [location(o)]}


def entity(value):
    """The JSON text with every " written as &quot; (what many VOTable writers emit)."""
    return esc(compact(value), quotes=True)


def plain(value):
    return esc(compact(value))


def cdata(text):
    return "<![CDATA[" + text + "]]>"


def patched(columns, fields):
    """columns with attributes replaced: fields = {column name: {attribute: value}}."""
    by_name = {c.name: c for c in columns}
    for name, attrs in (fields or {}).items():
        for key, value in attrs.items():
            if not hasattr(by_name[name], key):
                raise ValueError("no column attribute " + key)
            setattr(by_name[name], key, value)
    return columns


def sia2(oids, cells, version="1.5", cloud="default", statuses=("OK", None), standard_id=True,
         drop=(), overrides=None, serialization=None, typed=None, prolog=None, fields=None,
         add=(), extra=()):
    """A SIA 2.0 response; statuses = (QUERY_STATUS before the TABLE, after it); None = absent.

    fields: {column name: {attribute: value}} changes ObsCore FIELDs; add: extra Columns after
    the ObsCore ones; extra: lines of further RESOURCEs after the results RESOURCE.
    """
    rows = [obj(o) for o in oids]
    columns = patched([c for c in obscore_columns() if c.name not in drop], fields) + list(add)
    if cloud == "default":
        cloud = cloud_field()
    lines = ['  <RESOURCE type="results">']
    if statuses[0]:
        lines.append(info("QUERY_STATUS", statuses[0]))
    if standard_id:
        lines.append(info("standardID", SIA2_ID))
    lines += table_lines(columns, rows, cloud, cells, overrides, serialization, typed)
    if statuses[1]:
        lines.append(info("QUERY_STATUS", statuses[1]))
    lines.append("  </RESOURCE>")
    return document(version, lines + list(extra), prolog)


def sia1(oids, cells, cloud="default", drop=(), statuses=("OK", None), cloud_at=None,
         fields=None, add=(), add_at=None, overrides=None, before=(), after=()):
    """A SIA 1.0 response (VOTable 1.4); add: extra Columns inserted at index add_at (default:
    after the SIA columns); before/after: lines of RESOURCEs around the results RESOURCE."""
    rows = [obj(o) for o in oids]
    columns = patched([c for c in sia1_columns() if c.name not in drop], fields)
    at = len(columns) if add_at is None else add_at
    columns = columns[:at] + list(add) + columns[at:]
    if cloud == "default":
        cloud = cloud_field()
    lines = list(before) + ['  <RESOURCE type="results">']
    if statuses[0]:
        lines.append(info("QUERY_STATUS", statuses[0]))
    lines += table_lines(columns, rows, cloud, cells, overrides, cloud_at=cloud_at)
    if statuses[1]:
        lines.append(info("QUERY_STATUS", statuses[1]))
    lines.append("  </RESOURCE>")
    return document("1.4", lines + list(after))


def links(rows, cloud_cells, standard_id=True, services=(), version="1.4", fields=None,
          drop=(), descriptors=()):
    """A DataLink 1.1 {links} response; services: (ID, object) SODA descriptors to append;
    descriptors: further lines of RESOURCEs to append."""
    columns = patched([c for c in datalink_columns() if c.name not in drop], fields)
    lines = ['  <RESOURCE type="results">', info("QUERY_STATUS", "OK")]
    if standard_id:
        lines.append(info("standardID", DATALINK_ID))
    lines += table_lines(columns, rows, cloud_field(), cloud_cells)
    lines.append("  </RESOURCE>")
    for sid, target in services:
        lines += soda_descriptor(sid, target)
    return document(version, lines + list(descriptors))


def soda_descriptor(sid, o):
    return [
        '  <RESOURCE type="meta" utype="adhoc:service" ID="%s">' % sid,
        "    <DESCRIPTION>Synchronous cutouts of the image</DESCRIPTION>",
        '    <PARAM name="standardID" datatype="char" arraysize="*"'
        ' value="ivo://ivoa.net/std/SODA#sync-1.0"/>',
        '    <PARAM name="accessURL" datatype="char" arraysize="*"'
        ' value="https://data.example.org/soda/sync"/>',
        '    <GROUP name="inputParams">',
        '      <PARAM name="ID" datatype="char" arraysize="*" ucd="meta.id;meta.dataset"'
        ' value="%s"/>' % did(o),
        '      <PARAM name="CIRCLE" datatype="double" arraysize="3" xtype="circle" unit="deg"'
        ' ucd="pos.outline;obs" value="">',
        "        <DESCRIPTION>Cutout region (ICRS centre and radius)</DESCRIPTION>",
        "      </PARAM>",
        "    </GROUP>",
        "  </RESOURCE>",
    ]


def datalink_descriptor(ref="primaryID", url=DATALINK_URL, sid_type='datatype="char"'):
    """The DataLink {links} service descriptor of a discovery response (DataLink 4.2 example):
    its ID input parameter takes its values from the FIELD whose XML ID is ref."""
    return [
        '  <RESOURCE type="meta" utype="adhoc:service" name="datalink">',
        "    <DESCRIPTION>Links to the data product, previews and cutouts</DESCRIPTION>",
        '    <PARAM name="standardID" %s arraysize="*"'
        ' value="ivo://ivoa.net/std/DataLink#links-1.1"/>' % sid_type,
        '    <PARAM name="accessURL" datatype="char" arraysize="*" value="%s"/>' % url,
        '    <PARAM name="contentType" datatype="char" arraysize="*"'
        ' value="application/x-votable+xml;content=datalink"/>',
        '    <GROUP name="inputParams">',
        '      <PARAM name="ID" datatype="char" arraysize="*" ucd="meta.id;meta.main"'
        ' ref="%s" value=""/>' % ref,
        "    </GROUP>",
        "  </RESOURCE>",
    ]


def sia2_self_descriptor(standard_id=SIA2_ID):
    """An SIA 2.0 self-description (SIA 2.0 3.1.2, DataLink 1.1 4.4: utype adhoc:this), with
    three of its input parameters."""
    return [
        '  <RESOURCE type="meta" utype="adhoc:this" name="this">',
        "    <DESCRIPTION>This SIA 2.0 query service</DESCRIPTION>",
        '    <PARAM name="standardID" datatype="char" arraysize="*" value="%s"/>' % standard_id,
        '    <PARAM name="accessURL" datatype="char" arraysize="*"'
        ' value="https://data.example.org/sia2/query"/>',
        '    <GROUP name="inputParams">',
        '      <PARAM name="POS" datatype="char" arraysize="*" ucd="pos.outline;obs"'
        ' value=""/>',
        '      <PARAM name="BAND" datatype="double" arraysize="*" unit="m" ucd="em.wl"'
        ' xtype="interval" value=""/>',
        '      <PARAM name="COLLECTION" datatype="char" arraysize="*" ucd="meta.id"'
        ' value=""/>',
        "    </GROUP>",
        "  </RESOURCE>",
    ]


def this_row(o, **extra):
    row = {"ID": did(o), "access_url": access_url(o), "description": "FITS image",
           "semantics": "#this", "content_type": "image/fits", "content_length": o["size"],
           "content_qualifier": "#image", "link_auth": "false"}
    row.update(extra)
    return row


def preview_row(o, **extra):
    row = {"ID": did(o), "access_url": access_url(o).replace(".fits", ".png"),
           "description": "PNG preview", "semantics": "#preview", "content_type": "image/png",
           "link_auth": "false"}
    row.update(extra)
    return row


__all__ = ["OUT", "WRITTEN", "SIA2_ROWS", "SIA1_ROWS", "DATALINK_URL", "write", "swap",
           "drop_cell",
           "ca_list", "entity", "plain", "cdata", "patched", "sia2", "sia1", "links",
           "soda_descriptor", "datalink_descriptor", "sia2_self_descriptor", "this_row",
           "preview_row"]
