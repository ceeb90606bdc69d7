"""XML prolog, VOTable structure and DALI results-RESOURCE responses (Python 3 stdlib only).

Called by make_responses.py. Each response changes one thing in an otherwise valid SIA 2.0 (or
SIA 1.0) answer about the manifest objects of SIA2_ROWS (SIA1_ROWS); the document cases in
cases/v1.0/document-xml-escaping.json, document-votable-structure.json, document-dali.json and
document-query-status.json say what each one must produce.
"""

import base64

from builders import (SIA1_ROWS, SIA2_ROWS, ca_list, datalink_descriptor, drop_cell, entity,
                      sia1, sia2, swap, write)
from tables import SIA2_ID, cloud_field, document, info, obj, obscore_columns, table_lines
from votable import NS, compact

ROWS = [obj(o) for o in SIA2_ROWS]
CELLS = [entity(ca_list(o)) for o in ROWS]
ROOT_TAG = '<VOTABLE version="1.5" xmlns="%s"' % NS


def prolog():
    # A byte-order mark before the declaration: legal XML, discouraged by VOTable 1.6.
    write("sia2-utf8-bom.xml", b"\xef\xbb\xbf" + sia2(SIA2_ROWS, CELLS).encode("utf-8"))
    # ISO-8859-1 declared; the content is ASCII, so the bytes are those of the UTF-8 answer.
    write("sia2-latin1-declaration.xml", sia2(
        SIA2_ROWS, CELLS, prolog='<?xml version="1.0" encoding="ISO-8859-1"?>'))
    # A query string escaped twice: the decoded access_url holds "&amp;format".
    write("sia2-double-escaped-url.xml", sia2(SIA2_ROWS, CELLS, overrides={
        (0, "access_url"): "https://data.example.org/getdata?id=obj-0001&amp;amp;format=fits"}))


def root_and_version():
    doc = sia2(SIA2_ROWS, CELLS)
    # A template that forgot the VOTABLE envelope: the RESOURCE is the root.
    lines = [line for line in doc.split("\n")
             if not line.startswith("<VOTABLE") and line != "</VOTABLE>"]
    write("sia2-root-resource.xml", "\n".join(lines))
    # IRSA's nph error pages write version="v1.0"; the schema's enumeration has no "v".
    write("sia2-version-prefixed.xml", swap(doc, ROOT_TAG, ROOT_TAG.replace('"1.5"', '"v1.5"')))
    write("sia2-version-future.xml", swap(doc, ROOT_TAG, ROOT_TAG.replace('"1.5"', '"1.7"')))
    write("sia2-no-namespace.xml", swap(doc, ' xmlns="%s"' % NS, ""))


def schema_rules():
    # DESCRIPTION after the FIELDs: the schema puts it first in TABLE.
    write("sia2-description-after-fields.xml", swap(
        sia2(SIA2_ROWS, CELLS), "      <DATA>",
        "      <DESCRIPTION>Images overlapping the query region</DESCRIPTION>\n      <DATA>"))
    write("sia2-datatype-integer.xml", sia2(SIA2_ROWS, CELLS, fields={
        "s_xel1": {"datatype": "integer"}}))
    # A variable-length string written as arraysize="-1" (a FITS/HDF habit, not VOTable syntax).
    write("sia2-arraysize-negative.xml", sia2(SIA2_ROWS, CELLS, fields={
        "target_name": {"arraysize": "-1"}}))
    # Row 2 lacks the TD of its null pol_states: the writer skipped the null cell.
    pol_states = [c.name for c in obscore_columns()].index("pol_states")
    write("sia2-td-missing.xml", drop_cell(sia2(SIA2_ROWS, CELLS), 2, pol_states))
    # obs_publisher_did copied from obs_id with its ID.
    write("sia2-duplicate-id.xml", sia2(SIA2_ROWS, CELLS, fields={
        "obs_id": {"fid": "obs_id"}, "obs_publisher_did": {"fid": "obs_id"}}))
    # Positions refer to a COOSYS that the document does not declare.
    write("sia2-dangling-ref.xml", sia2(SIA2_ROWS, CELLS, fields={
        "s_ra": {"ref": "icrs"}, "s_dec": {"ref": "icrs"}}))
    # The DataLink descriptor typed "service" instead of "meta".
    descriptor = [swap(line, 'type="meta"', 'type="service"') if "<RESOURCE" in line else line
                  for line in datalink_descriptor()]
    write("sia2-resource-type-service.xml", sia2(SIA2_ROWS, CELLS, fields={
        "obs_publisher_did": {"fid": "primaryID"}}, extra=descriptor))


def table_content():
    doc = sia2(SIA2_ROWS, CELLS).split("\n")
    start = doc.index("    <TABLE>") + 1
    end = doc.index("      <DATA>")
    write("sia2-no-fields.xml", "\n".join(doc[:start] + doc[end:]))

    # BINARY2 stream whose last row is cut 40 bytes short (the base64 text itself is valid).
    typed = [compact(ca_list(o)) for o in ROWS]
    doc = sia2(SIA2_ROWS, None, version="1.6", serialization="BINARY2", typed=typed).split("\n")
    start = doc.index('          <STREAM encoding="base64">') + 1
    end = doc.index("          </STREAM>")
    data = base64.b64decode("".join(doc[start:end]))[:-40]
    text = base64.b64encode(data).decode("ascii")
    doc[start:end] = [text[i:i + 76] for i in range(0, len(text), 76)]
    write("sia2-binary2-short-row.xml", "\n".join(doc))

    # A Greek letter in a target name: char is ASCII-only before VOTable 1.6.
    write("sia2-non-ascii-target.xml", sia2(SIA2_ROWS, CELLS, overrides={
        (1, "target_name"): "\u03c1 Oph A"}))

    # SIA 1.0 right ascension written sexagesimal in a double column.
    srows = [obj(o) for o in SIA1_ROWS]
    write("sia1-ra-sexagesimal.xml", sia1(SIA1_ROWS, [entity(ca_list(o)) for o in srows],
                                          fields={"ra": {"value": sexagesimal_ra}}))


def sexagesimal_ra(o):
    seconds = o["ra"] / 15 * 3600
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return "%02d:%02d:%05.2f" % (h, m, s)


def results_resource():
    def resource(rows, cells):
        return (['  <RESOURCE type="results">', info("QUERY_STATUS", "OK"),
                 info("standardID", SIA2_ID)]
                + table_lines(obscore_columns(), rows, cloud_field(), cells)
                + ["  </RESOURCE>"])
    # One results RESOURCE per collection.
    doc = sia2(SIA2_ROWS[:1], CELLS[:1], extra=resource(ROWS[1:], CELLS[1:]))
    write("sia2-two-results-resources.xml", doc)
    # No match: the service wrote the status but left the empty TABLE out.
    write("sia2-no-table.xml", document("1.5", [
        '  <RESOURCE type="results">', info("QUERY_STATUS", "OK"), info("standardID", SIA2_ID),
        "  </RESOURCE>"]))
    write("sia2-no-standardid.xml", sia2(SIA2_ROWS, CELLS, standard_id=False))
    srows = [obj(o) for o in SIA1_ROWS]
    write("sia1-results-not-first.xml", sia1(
        SIA1_ROWS, [entity(ca_list(o)) for o in srows], before=[
            '  <RESOURCE type="meta" name="collection">',
            "    <DESCRIPTION>Spitzer Enhanced Imaging Products (simulated)</DESCRIPTION>",
            '    <INFO name="publisher" value="Example Archive"/>',
            "  </RESOURCE>"]))


def query_status():
    doc = sia2(SIA2_ROWS, CELLS)
    ok = '    <INFO name="QUERY_STATUS" value="OK"/>'
    write("sia2-query-status-twice.xml", swap(doc, ok, ok + "\n" + ok))
    write("sia2-overflow-no-message.xml", sia2(SIA2_ROWS, CELLS, statuses=("OVERFLOW", None)))
    error = info("QUERY_STATUS", "ERROR", "FatalFault: catalogue connection lost after 3 rows")
    write("sia2-error-with-rows.xml", swap(doc, ok, error))
    srows = [obj(o) for o in SIA1_ROWS]
    cells = [entity(ca_list(o)) for o in srows]
    write("sia1-no-query-status.xml", sia1(SIA1_ROWS, cells, statuses=(None, None)))
    write("sia1-query-status-after-table.xml", sia1(SIA1_ROWS, cells, statuses=(None, "OK")))


def main():
    prolog()
    root_and_version()
    schema_rules()
    table_content()
    results_resource()
    query_status()
