"""SIA 1.0, SIA 2.0 (ObsCore), DataLink and cloud_access-column responses (Python 3 stdlib only).

Called by make_responses.py. Each response changes one thing in an otherwise valid answer; the
document cases in cases/v1.0/document-sia1.json, document-sia2.json, document-datalink.json and
document-column-metadata.json say what each one must produce.
"""

from urllib.parse import quote

from builders import (DATALINK_URL, SIA1_ROWS, SIA2_ROWS, ca_list, datalink_descriptor, entity,
                      links, preview_row, sia1, sia2, sia2_self_descriptor, this_row, write)
from tables import DATALINK_ID, access_url, cloud_field, did, obj, sia1_columns
from votable import Column, compact

SROWS = [obj(o) for o in SIA1_ROWS]
SCELLS = [entity(ca_list(o)) for o in SROWS]
ROWS = [obj(o) for o in SIA2_ROWS]
CELLS = [entity(ca_list(o)) for o in ROWS]


def sia1_family():
    # The target's position tagged with the image centre's UCD as well.
    write("sia1-ra-twice.xml", sia1(SIA1_ROWS, SCELLS, add=[
        Column("ra_targ", "double", lambda o: o["ra"], None, "POS_EQ_RA_MAIN", unit="deg",
               description="right ascension of the target")]))
    write("sia1-dec-char.xml", sia1(SIA1_ROWS, SCELLS, fields={
        "dec": {"datatype": "char", "arraysize": "*", "value": sexagesimal_dec}}))
    write("sia1-format-scalar.xml", sia1(SIA1_ROWS, SCELLS, fields={
        "format": {"arraysize": None}}))
    write("sia1-ra-no-unit.xml", sia1(SIA1_ROWS, SCELLS, fields={"ra": {"unit": None}}))
    # A preview column declared with the access reference's utype, placed before it.
    preview = Column("preview", "char", lambda o: access_url(o).replace(".fits", ".png"), "*",
                     None, "Access.Reference", description="URL of a PNG preview")
    at = [c.name for c in sia1_columns()].index("access_url")
    write("sia1-preview-decoy.xml", sia1(SIA1_ROWS, SCELLS, add=[preview], add_at=at))
    # One pixel scale for both axes, where VOX:Image_Naxes says 2.
    write("sia1-scale-single.xml", sia1(SIA1_ROWS, SCELLS, fields={
        "scale": {"value": lambda o: [round(o["fov"] / 256, 10)]}}))
    # Row 1's right ascension in [-180, 180) instead of [0, 360).
    write("sia1-ra-negative.xml", sia1(SIA1_ROWS, SCELLS, overrides={
        (0, "ra"): repr(round(SROWS[0]["ra"] - 360, 6))}))
    write("sia1-relative-access-reference.xml", sia1(SIA1_ROWS, SCELLS, fields={
        "access_url": {"value": lambda o: "/corpus/" + o["path"]}}))
    write("sia1-format-not-mime.xml", sia1(SIA1_ROWS, SCELLS, fields={
        "format": {"value": lambda o: "FITS"}}))


def sexagesimal_dec(o):
    sign = "-" if o["dec"] < 0 else "+"
    seconds = abs(o["dec"]) * 3600
    d, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return "%s%02d:%02d:%04.1f" % (sign, d, m, s)


def sia2_family():
    write("sia2-estsize-bytes.xml", sia2(SIA2_ROWS, CELLS, fields={
        "access_estsize": {"unit": "byte", "value": lambda o: o["size"]}}))
    write("sia2-exptime-int.xml", sia2(SIA2_ROWS, CELLS, fields={
        "t_exptime": {"datatype": "int", "value": lambda o: round(o["exptime"])}}))
    write("sia2-obs-id-null.xml", sia2(SIA2_ROWS, CELLS, overrides={(1, "obs_id"): None}))
    write("sia2-dataproduct-type-capital.xml", sia2(SIA2_ROWS, CELLS, overrides={
        (0, "dataproduct_type"): "Image"}))
    write("sia2-dataproduct-type-spectrum.xml", sia2(SIA2_ROWS, CELLS, overrides={
        (2, "dataproduct_type"): "spectrum"}))
    write("sia2-access-format-short.xml", sia2(SIA2_ROWS, CELLS, fields={
        "access_format": {"value": lambda o: "fits"}}))

    def via_datalink(o):
        return DATALINK_URL + "?ID=" + quote(did(o), safe="")
    did_id = {"obs_publisher_did": {"fid": "primaryID"}}
    write("sia2-datalink-descriptor.xml", sia2(SIA2_ROWS, CELLS, fields=did_id,
                                               extra=datalink_descriptor()))
    write("sia2-datalink-access-url.xml", sia2(SIA2_ROWS, CELLS, fields={
        "obs_publisher_did": {"fid": "primaryID"},
        "access_url": {"value": via_datalink},
        "access_format": {"value": lambda o: "application/x-votable+xml;content=datalink"}},
        extra=datalink_descriptor()))
    write("sia2-datalink-access-format.xml", sia2(SIA2_ROWS, CELLS, fields={
        "obs_publisher_did": {"fid": "primaryID"}, "access_url": {"value": via_datalink}},
        extra=datalink_descriptor()))
    write("sia2-self-description.xml", sia2(SIA2_ROWS, CELLS, extra=sia2_self_descriptor()))
    # The self-description copied from the service's SIA 1.0 interface.
    write("sia2-self-description-sia1-id.xml", sia2(SIA2_ROWS, CELLS, extra=sia2_self_descriptor(
        standard_id="ivo://ivoa.net/std/SIA")))

    # Service descriptors that a client cannot call.
    write("sia2-datalink-descriptor-bad-ref.xml", sia2(SIA2_ROWS, CELLS, extra=datalink_descriptor(
        ref="obs_publisher_did")))
    write("sia2-datalink-descriptor-relative-url.xml", sia2(
        SIA2_ROWS, CELLS, fields=did_id, extra=datalink_descriptor(url="/datalink/links")))
    write("sia2-datalink-descriptor-anyuri.xml", sia2(
        SIA2_ROWS, CELLS, fields=did_id, extra=datalink_descriptor(sid_type='datatype="anyURI"')))


def datalink_family():
    a = obj("obj-0055")
    cells = [entity(ca_list(a)), None]

    def two(first, second, **kw):
        return links([first, second], cells, **kw)
    write("datalink-error-no-fault.xml", two(this_row(a), preview_row(
        a, access_url=None, error_message="Preview not available for this dataset")))
    write("datalink-null-id.xml", two(this_row(a), preview_row(a, ID=None)))
    write("datalink-null-semantics.xml", two(this_row(a), preview_row(a, semantics=None)))
    write("datalink-semantics-unknown.xml", two(this_row(a), preview_row(a, semantics="#image")))
    write("datalink-semantics-no-hash.xml", two(this_row(a, semantics="this"), preview_row(a)))
    write("datalink-semantics-preliminary.xml",
          two(this_row(a), preview_row(a, semantics="#thumbnail")))
    write("datalink-link-auth-value.xml", two(this_row(a, link_auth="required"), preview_row(a)))
    s3 = this_row(a, access_url="s3://ca-corpus-chandra/" + a["path"],
                  description="FITS image in AWS S3 (us-east-1)")
    write("datalink-s3-access-url.xml", two(this_row(a), s3))

    write("datalink-no-content-length.xml", two(this_row(a), preview_row(a),
                                                drop=("content_length",)))
    write("datalink-content-length-int.xml", two(this_row(a), preview_row(a), fields={
        "content_length": {"datatype": "int"}}))
    write("datalink-content-length-no-unit.xml", two(this_row(a), preview_row(a), fields={
        "content_length": {"unit": None}}))
    write("datalink-id-ucd.xml", two(this_row(a), preview_row(a), fields={
        "ID": {"ucd": "meta.id"}}))
    write("datalink-link-authorized-char.xml", two(
        this_row(a, link_authorized="false"), preview_row(a, link_authorized="false"),
        fields={"link_authorized": {"datatype": "char", "arraysize": "*"}}))

    # The links service describes itself twice: DataLink 1.1's adhoc:this and the older
    # adhoc:service name="this".
    def self_description(utype, name):
        return [
            '  <RESOURCE type="meta" utype="%s" name="%s">' % (utype, name),
            '    <PARAM name="standardID" datatype="char" arraysize="*" value="%s"/>'
            % DATALINK_ID,
            '    <PARAM name="accessURL" datatype="char" arraysize="*" value="%s"/>'
            % DATALINK_URL,
            '    <GROUP name="inputParams">',
            '      <PARAM name="ID" datatype="char" arraysize="*" ucd="meta.id;meta.main"'
            ' value=""/>',
            "    </GROUP>",
            "  </RESOURCE>"]
    write("datalink-two-self-descriptions.xml", two(
        this_row(a), preview_row(a), descriptors=self_description("adhoc:this", "links")
        + self_description("adhoc:service", "this")))


def cloud_column():
    write("sia2-field-xtype-adql.xml", sia2(SIA2_ROWS, CELLS, cloud=cloud_field(
        xtype="adql:VARCHAR")))
    # The fornax column and the pyvo PR #709 column side by side, with the same JSON.
    storage = Column("cloud_storage", "char", lambda o: compact(ca_list(o)), "*",
                     "meta.ref.cloudstorage", "adhoc:cloudstorage", xtype="json",
                     description="cloud copies of the data product (JSON)")
    write("sia2-two-cloud-columns.xml", sia2(SIA2_ROWS, CELLS, add=[storage]))
    # fornax _fornax.py "ucd" mode: an s3:// URI column with an invented UCD, no JSON column.
    uri = Column("aws_uri", "char",
                 lambda o: "s3://%s/%s" % (ca_list(o)["aws"][0]["bucket_name"], o["path"]),
                 "*", "meta.ref.aws", description="S3 URI of the data product")
    write("sia2-ucd-aws-column.xml", sia2(SIA2_ROWS, None, cloud=None, add=[uri]))


def main():
    sia1_family()
    sia2_family()
    datalink_family()
    cloud_column()
