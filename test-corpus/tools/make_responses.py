#!/usr/bin/env python3
"""Writes every file in test-corpus/responses/ (Python 3 stdlib only; output is committed).

Each function below writes one family of responses; structure_responses.py (XML, VOTable and
DALI structure) and protocol_responses.py (SIA 1.0, SIA 2.0, DataLink and cloud column rules)
write the rest. The document cases in cases/v1.0 say what each file is expected to produce.
Rows describe objects from objects/manifest.json; builders.py holds the shared builders.

Usage: python3 test-corpus/tools/make_responses.py   (after make_objects.py)
"""

from builders import (OUT, WRITTEN, SIA1_ROWS, SIA2_ROWS, ca_list, cdata, entity, links,
                      plain, preview_row, sia1, sia2, swap, this_row, write)
from tables import BUCKETS, SIA2_ID, cloud_field, did, document, info, location, obj
from votable import compact, esc
import protocol_responses
import structure_responses


def escaping():
    rows = [obj(o) for o in SIA2_ROWS]
    write("sia2-tabledata-escaped.xml", sia2(SIA2_ROWS, [entity(ca_list(o)) for o in rows]))
    write("sia2-cdata.xml", sia2(SIA2_ROWS, [cdata(compact(ca_list(o))) for o in rows]))

    odd = dict(location(rows[0]), key="hst-sim/odd]]>name.fits")
    odd_text = compact({"aws": [odd]})
    split = odd_text.replace("]]>", "]]]]><![CDATA[>")
    write("sia2-cdata-split.xml", sia2(SIA2_ROWS, [cdata(split)] + [
        cdata(compact(ca_list(o))) for o in rows[1:]]))
    write("sia2-cdata-unsplit.xml", sia2(SIA2_ROWS, [cdata(odd_text)] + [
        cdata(compact(ca_list(o))) for o in rows[1:]]))

    cells = [entity(ca_list(o)) for o in rows]
    cells[1] = esc(esc(compact(ca_list(rows[1])), quotes=True))  # &amp;quot;
    write("sia2-double-escaped.xml", sia2(SIA2_ROWS, cells))

    # Three raw '&' in three rows: a query string, a cloud key and a target name.
    cells = [plain(ca_list(o)) for o in rows]
    amp = dict(location(rows[1]), key="spitzer-sim/obj-0028&mosaic.fits")
    cells[1] = compact({"aws": [amp]})  # not escaped on purpose
    write("sia2-raw-ampersand.xml", sia2(SIA2_ROWS, cells, overrides={
        (0, "access_url"): "https://data.example.org/getdata?id=obj-0001&format=fits",
        (2, "target_name"): "EDF-North & EDF-Fornax"}))

    # The same characters written legally: &amp;, &lt; and numeric references &#34; for quotes.
    cells = [compact(ca_list(rows[0])).replace('"', "&#34;"),
             plain({"aws": [amp]}),
             plain({"aws": [dict(location(rows[2]), key="euclid-sim/size<2GB/obj-0080.fits")]})]
    write("sia2-escaped-markup.xml", sia2(SIA2_ROWS, cells, overrides={
        (0, "access_url"): "https://data.example.org/getdata?id=obj-0001&amp;format=fits",
        (2, "target_name"): "EDF-North &amp; EDF-Fornax"}))

    cells = [plain(ca_list(o)) for o in rows]
    lt = dict(location(rows[2]), key="euclid-sim/size<2GB/obj-0080.fits")
    cells[2] = compact({"aws": [lt]})  # raw '<' on purpose
    write("sia2-raw-less-than.xml", sia2(SIA2_ROWS, cells))

    write("sia2-undeclared-entity.xml", sia2(SIA2_ROWS, [plain(ca_list(o)) for o in rows],
                                             overrides={(1, "target_name"): "Barnard&nbsp;68"}))

    cells = [plain(ca_list(o)) for o in rows]
    ctl = dict(location(rows[0]), key="hst-sim/obj-0001\u0001.fits")
    cells[0] = compact({"aws": [ctl]}).replace("\\u0001", "\u0001")  # raw U+0001 byte
    write("sia2-control-character.xml", sia2(SIA2_ROWS, cells))
    cells[0] = compact({"aws": [ctl]}).replace("\\u0001", "&#1;")
    write("sia2-control-character-reference.xml", sia2(SIA2_ROWS, cells))

    cells = [plain(ca_list(o)) for o in rows]
    cells[1] = plain({"aws": [dict(location(rows[1]), key="spitzer-sim/caf\u00e9.fits")]})
    text = sia2(SIA2_ROWS, cells).encode("utf-8").replace("caf\u00e9".encode("utf-8"), b"caf\xe9")
    write("sia2-invalid-utf8.xml", text)

    write("empty.xml", b"")
    full = sia2(SIA2_ROWS, [plain(ca_list(o)) for o in rows])
    cut = full.index('"region": "us-west-2"')  # inside row 2's cloud_access cell
    write("sia2-truncated.xml", full[:cut])

    write("html-error-page.xml", "\n".join([
        "<!DOCTYPE html>",
        "<html lang=\"en\">",
        "<head><meta charset=\"utf-8\"><title>502 Bad Gateway</title></head>",
        "<body>",
        "<h1>Bad Gateway</h1>",
        "<p>The proxy server received an invalid response from an upstream server.</p>",
        "<hr><address>Apache/2.4.62 (Unix) Server at sia.example.org Port 443</address>",
        "</body>",
        "</html>", ""]))

    xxe = "\n".join(['<?xml version="1.0" encoding="UTF-8"?>', "<!DOCTYPE VOTABLE [",
                     '  <!ENTITY xxe SYSTEM "file:///etc/passwd">', "]>"])
    cells = [plain(ca_list(o)) for o in rows]
    cells[0] = "&xxe;"
    write("sia2-xxe.xml", sia2(SIA2_ROWS, cells, prolog=xxe))

    bomb = ['<?xml version="1.0" encoding="UTF-8"?>', "<!DOCTYPE VOTABLE [",
            '  <!ENTITY lol "lol">']
    for level in range(1, 7):
        inner = ("&lol;" if level == 1 else "&lol%d;" % (level - 1)) * 10
        bomb.append('  <!ENTITY lol%d "%s">' % (level, inner))
    bomb.append("]>")
    write("sia2-entity-bomb.xml", sia2(SIA2_ROWS, [plain(ca_list(o)) for o in rows],
                                       prolog="\n".join(bomb),
                                       overrides={(0, "target_name"): "&lol6;"}))


def field_metadata():
    rows = [obj(o) for o in SIA2_ROWS]
    cells = [plain(ca_list(o)) for o in rows]
    write("sia2-field-no-xtype.xml", sia2(SIA2_ROWS, cells, cloud=cloud_field(xtype=None)))
    write("sia2-field-unicodechar.xml",
          sia2(SIA2_ROWS, cells, cloud=cloud_field(datatype="unicodeChar")))
    write("sia2-field-no-arraysize.xml", sia2(SIA2_ROWS, cells, cloud=cloud_field(arraysize=None)))
    write("sia2-field-arraysize-short.xml", sia2(SIA2_ROWS, cells, cloud=cloud_field(arraysize="64")))
    write("sia2-field-arraysize-bounded.xml",
          sia2(SIA2_ROWS, cells, cloud=cloud_field(arraysize="2048*")))
    write("sia2-field-int.xml", sia2(SIA2_ROWS, cells, cloud=cloud_field(
        datatype="int", arraysize=None, xtype=None)))
    write("sia2-field-hijack-ucd.xml", sia2(SIA2_ROWS, cells, cloud=cloud_field(
        ucd="meta.ref.url;meta.dataset")))

    # pyvo PR #445: the cloud column looks like the access reference and comes first.
    srows = [obj(o) for o in SIA1_ROWS]
    write("sia1-field-hijack.xml", sia1(SIA1_ROWS, [plain(ca_list(o)) for o in srows],
                                        cloud=cloud_field(utype="obscore:access.reference",
                                                          ucd="meta.ref.url"),
                                        cloud_at=0))

    # Non-ASCII in a char cell: legal UTF-8 from VOTable 1.6 on, ASCII-only before.
    cells = [plain(ca_list(o)) for o in rows]
    cells[2] = plain({"aws": [dict(location(rows[2]), key="euclid-sim/Tile_\u00c9ridan.fits")]})
    for version in ("1.4", "1.5", "1.6"):
        write("sia2-non-ascii-v%s.xml" % version, sia2(SIA2_ROWS, cells, version=version))


def serializations():
    rows = [obj(o) for o in SIA2_ROWS]
    typed = [compact(ca_list(rows[0])), None,
             compact({"aws": [dict(location(rows[2]), key="euclid-sim/Tile_\u00c9ridan.fits")]})]
    write("sia2-binary.xml", sia2(SIA2_ROWS, None, serialization="BINARY", typed=typed))
    write("sia2-binary2.xml", sia2(SIA2_ROWS, None, version="1.6", serialization="BINARY2",
                                   typed=typed))


def cells_family():
    rows = [obj(o) for o in SIA2_ROWS]

    def with_cell(name, text):
        cells = [plain(ca_list(o)) for o in rows]
        cells[1] = text
        write(name, sia2(SIA2_ROWS, cells))

    with_cell("sia2-cell-whitespace.xml", "  " + plain(ca_list(rows[1])) + "\n            ")
    with_cell("sia2-cell-null.xml", None)
    with_cell("sia2-cell-empty-object.xml", "{}")
    with_cell("sia2-cell-empty-string.xml", '""')
    with_cell("sia2-cell-null-literal.xml", "null")
    with_cell("sia2-cell-blank.xml", "   ")
    loc = location(rows[1])
    with_cell("sia2-cell-invalid-json.xml",  # fornax PR #18 README style: a comma is missing
              '{"aws": {"bucket_name": "%s", "key": "%s"\n "region": "%s"}}'
              % (loc["bucket_name"], loc["key"], loc["region"]))
    with_cell("sia2-cell-python-literal.xml",
              "{'aws': [{'bucket_name': '%s', 'key': '%s', 'region': '%s', 'access': '%s'}]}"
              % (loc["bucket_name"], loc["key"], loc["region"], loc["access"]))


def sia1_family():
    rows = [obj(o) for o in SIA1_ROWS]
    cells = [entity(ca_list(o)) for o in rows]
    write("sia1-cloud-access.xml", sia1(SIA1_ROWS, cells))
    write("sia1-no-cloud-access.xml", sia1(SIA1_ROWS, None, cloud=None))
    write("sia1-missing-naxis.xml", sia1(SIA1_ROWS, cells, drop=("naxis",)))


def sia2_family():
    rows = [obj(o) for o in SIA2_ROWS]

    def irsa(o):  # IRSA production text: dict, no access, "key": without a space
        b, region, _ = BUCKETS[o["collection"]]
        return esc('{"aws": {"bucket_name": "%s", "key":"%s", "region": "%s"}}'
                   % (b, o["path"], region))
    write("sia2-dict-form.xml", sia2(SIA2_ROWS, [irsa(o) for o in rows]))

    def legacy(o):  # fornax README on main (July 2022)
        loc = location(o)
        return plain({"aws": {"bucket": loc["bucket_name"], "region": loc["region"],
                              "access": loc["access"], "path": loc["key"]}})
    write("sia2-legacy-bucket-path.xml", sia2(SIA2_ROWS, [legacy(o) for o in rows]))

    def multi(o):
        loc = location(o)
        collection, name = o["path"].split("/", 1)
        return entity({"aws": [loc],
                       "google": [{"bucket_name": "ca-corpus-mirror", "object_name": o["path"],
                                   "access": "open"}],
                       "azure": [{"account_name": "cacorpus", "container_name": collection,
                                  "blob_name": name, "access": "restricted"}]})
    write("sia2-multi-provider.xml", sia2(SIA2_ROWS, [multi(o) for o in rows]))

    cells = [entity(ca_list(o)) for o in rows]
    write("sia2-missing-obscore-column.xml", sia2(SIA2_ROWS, cells, drop=("t_exptime",)))
    write("sia2-no-cloud-access.xml", sia2(SIA2_ROWS, None, cloud=None))


def query_status():
    rows = [obj(o) for o in SIA2_ROWS]
    cells = [entity(ca_list(o)) for o in rows]

    def error_doc(message):
        return document("1.5", ['  <RESOURCE type="results">',
                                info("QUERY_STATUS", "ERROR", message),
                                info("standardID", SIA2_ID),
                                "  </RESOURCE>"])
    write("sia2-query-status-error.xml",
          error_doc("UsageFault: POS: latitude 95.0 is outside [-90, 90]"))
    write("sia2-query-status-error-no-fault.xml", error_doc("Forced Fail"))
    write("sia2-overflow-trailing.xml", swap(
        sia2(SIA2_ROWS, cells, statuses=("OK", "OVERFLOW")),
        info("QUERY_STATUS", "OVERFLOW"), info("QUERY_STATUS", "OVERFLOW", "MAXREC=3 reached")))
    write("sia2-no-query-status.xml", sia2(SIA2_ROWS, cells, statuses=(None, None)))
    write("sia2-query-status-after-table.xml", sia2(SIA2_ROWS, cells, statuses=(None, "OK")))
    write("sia2-query-status-bad-value.xml", sia2(SIA2_ROWS, cells, statuses=("SUCCESS", None)))


def datalink_family():
    a, b = obj("obj-0055"), obj("obj-0061")  # Chandra, like HEASARC's DataLink service
    write("datalink-this-row.xml", links([this_row(a), preview_row(a)],
                                         [entity(ca_list(a)), None]))
    cutout = {"ID": did(a), "service_def": "soda-sync", "description": "Cutout service",
              "semantics": "#cutout", "content_type": "image/fits"}
    write("datalink-service-descriptor.xml",
          links([this_row(a), cutout], [entity(ca_list(a)), None], services=[("soda-sync", a)]))
    write("datalink-two-link-columns.xml",
          links([this_row(a), preview_row(a, error_message="TransientFault: preview not ready")],
                [entity(ca_list(a)), None]))
    write("datalink-non-contiguous-ids.xml",
          links([this_row(a), this_row(b), preview_row(a)],
                [entity(ca_list(a)), entity(ca_list(b)), None]))
    write("datalink-cloud-on-preview.xml",
          links([this_row(a), preview_row(a)], [entity(ca_list(a)), entity(ca_list(a))]))
    write("datalink-dangling-service-def.xml",
          links([this_row(a), dict(cutout, service_def="soda-async")],
                [entity(ca_list(a)), None], services=[("soda-sync", a)]))
    write("datalink-no-standardid.xml",
          links([this_row(a), preview_row(a)], [entity(ca_list(a)), None], standard_id=False))

    # pyvo PR #709: the JSON column found by invented markers under another name.
    doc = links([this_row(a), preview_row(a)], [plain(ca_list(a)), None])
    old = cloud_field().field()[0]
    new = cloud_field(name="cloud_storage", utype="adhoc:cloudstorage",
                      ucd="meta.ref.cloudstorage").field()[0]
    write("datalink-adhoc-marker.xml", doc.replace(old, new))


def main():
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    escaping()
    field_metadata()
    serializations()
    cells_family()
    sia1_family()
    sia2_family()
    query_status()
    datalink_family()
    structure_responses.main()
    protocol_responses.main()
    print("wrote %d responses" % len(WRITTEN))


if __name__ == "__main__":
    main()
