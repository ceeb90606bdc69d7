"""Small VOTable writing helpers for make_responses.py (Python 3 stdlib only).

Every document is built as text, line by line, so that the corpus can hold documents that no XML
library would write (raw '&', broken CDATA, truncation) and so that line numbers are predictable:
each TD sits on its own line.
"""

import base64
import json
import math
import struct

NS = "http://www.ivoa.net/xml/VOTable/v1.3"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
JSON_FIELD = {"datatype": "char", "arraysize": "*", "xtype": "json"}


def esc(text, quotes=False):
    """Escapes character data; with quotes=True also writes " as &quot; (legal, common)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;") if quotes else text


def attrs(d):
    return "".join(' %s="%s"' % (k, esc(str(v), True)) for k, v in d.items() if v is not None)


class Column:
    """One FIELD: its attributes, a DESCRIPTION and a function from an object to a typed value."""

    def __init__(self, name, datatype, value, arraysize=None, ucd=None, utype=None, unit=None,
                 xtype=None, description=None, null=None, fid=None, ref=None):
        self.name = name
        self.datatype = datatype
        self.value = value
        self.arraysize = arraysize
        self.ucd = ucd
        self.utype = utype
        self.unit = unit
        self.xtype = xtype
        self.description = description
        self.null = null
        self.fid = fid
        self.ref = ref

    def field(self, indent="      "):
        a = attrs({"ID": self.fid, "name": self.name, "datatype": self.datatype,
                   "arraysize": self.arraysize, "ucd": self.ucd, "utype": self.utype,
                   "unit": self.unit, "xtype": self.xtype, "ref": self.ref})
        inner = []
        if self.description:
            inner.append(indent + "  <DESCRIPTION>%s</DESCRIPTION>" % esc(self.description))
        if self.null is not None:
            inner.append(indent + '  <VALUES null="%s"/>' % self.null)
        if not inner:
            return [indent + "<FIELD%s/>" % a]
        return [indent + "<FIELD%s>" % a] + inner + [indent + "</FIELD>"]


def text_of(value):
    """TABLEDATA text of a typed value (None = null = empty TD)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return " ".join(text_of(v) for v in value)
    if isinstance(value, float):
        return repr(value)
    return str(value)


def td(value_xml, indent="          "):
    if value_xml is None:
        return indent + "<TD/>"
    return indent + "<TD>%s</TD>" % value_xml


def binary_cell(column, value, binary2):
    """Bytes of one cell in BINARY/BINARY2 (VOTable 1.3+ section 5.4/5.5).

    Variable-length arrays: 4-byte big-endian element count, then the elements. char elements are
    bytes (the value's UTF-8 encoding, so the count is a byte count); nulls are written as the
    declared VALUES null (integers), NaN (floats) or a zero-length array (char).
    """
    dt = column.datatype
    if dt == "char":
        data = b"" if value is None else value.encode("utf-8")
        if column.arraysize and column.arraysize.endswith("*"):
            return struct.pack(">I", len(data)) + data
        raise ValueError("fixed-length char not used in binary responses")
    if dt == "double":
        if isinstance(value, (list, tuple)):
            return struct.pack(">I", len(value)) + b"".join(struct.pack(">d", v) for v in value)
        return struct.pack(">d", math.nan if value is None else value)
    if dt == "long":
        return struct.pack(">q", int(column.null) if value is None else value)
    if dt == "int":
        if isinstance(value, (list, tuple)):
            return struct.pack(">I", len(value)) + b"".join(struct.pack(">i", v) for v in value)
        return struct.pack(">i", int(column.null) if value is None else value)
    if dt == "boolean":
        return b"?" if value is None else (b"T" if value else b"F")
    raise ValueError("datatype not supported: " + dt)


def binary_stream(columns, rows, binary2):
    """base64 text (76-character lines) of the rows; rows are lists of typed values."""
    out = bytearray()
    for row in rows:
        if binary2:
            flags = bytearray((len(columns) + 7) // 8)
            for i, v in enumerate(row):
                if v is None:
                    flags[i // 8] |= 0x80 >> (i % 8)
            out += flags
        for col, v in zip(columns, row):
            out += binary_cell(col, v, binary2)
    text = base64.b64encode(bytes(out)).decode("ascii")
    return [text[i:i + 76] for i in range(0, len(text), 76)]


def compact(obj):
    return json.dumps(obj, separators=(", ", ": "), ensure_ascii=False)
