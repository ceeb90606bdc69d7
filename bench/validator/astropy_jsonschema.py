#!/usr/bin/python3
"""The astropy + jsonschema peer of the validator benchmark.

Parses a VOTable with astropy.io.votable (all of it, as astropy does), then validates every
cloud_access cell with jsonschema against schema/cloud-access-1.0.schema.json (the profile the
validator run uses), and prints one summary line. Meant for Debian's /usr/bin/python3 with the
python3-astropy and python3-jsonschema packages.

Exit status: 0 every cell valid, 1 some cell invalid (or the row count is not the expected one),
2 usage error or unreadable input.
"""

import argparse
import copy
import json
import os
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SCHEMA = os.path.join(HERE, "..", "..", "schema", "cloud-access-1.0.schema.json")

# Used only when the repository's schema file is absent: the strict AWS location of the
# convention (bucket_name, key, region, access), enough to make jsonschema do comparable work.
INLINE_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "minProperties": 1,
    "properties": {
        "aws": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["bucket_name", "key", "region", "access"],
                "properties": {
                    "bucket_name": {"type": "string",
                                    "pattern": "^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"},
                    "key": {"type": "string", "minLength": 1, "maxLength": 1024},
                    "region": {"type": "string",
                               "pattern": "^[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$"},
                    "access": {"enum": ["open", "region", "restricted", "none"]},
                },
                "additionalProperties": False,
            },
        },
    },
    "additionalProperties": {"type": ["object", "array"]},
}


def load_schema(path, profile):
    """Returns (schema, description): the repository schema rooted at the chosen profile."""
    if path and os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            schema = json.load(f)
        if "$defs" in schema and profile in schema["$defs"]:
            schema = copy.deepcopy(schema)
            schema["$ref"] = "#/$defs/" + profile
        return schema, os.path.relpath(path) + "#" + profile
    return INLINE_SCHEMA, "inline strict AWS schema (repository schema not found)"


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("file")
    p.add_argument("--schema", default=DEFAULT_SCHEMA)
    p.add_argument("--profile", default="strict", choices=["strict", "lenient"])
    p.add_argument("--column", default="cloud_access")
    p.add_argument("--expect-rows", type=int, default=None)
    p.add_argument("--show", type=int, default=3, help="print the first N invalid cells")
    a = p.parse_args(argv)

    # Imported here so that --help works without the packages.
    import jsonschema
    from astropy.io import votable

    schema, where = load_schema(a.schema, a.profile)
    validator_cls = jsonschema.validators.validator_for(schema)
    validator_cls.check_schema(schema)
    validator = validator_cls(schema)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # astropy warns on xtype="json" (not in its DALI list)
        try:
            table = votable.parse(a.file).get_first_table()
        except Exception as e:  # noqa: BLE001 - any parse failure is the verdict here
            print("astropy+jsonschema: cannot parse %s: %s" % (a.file, e))
            return 2
    if a.column not in table.array.dtype.names:
        print("astropy+jsonschema: no %s column in %s" % (a.column, a.file))
        return 1
    column = table.array[a.column]
    mask = getattr(column, "mask", None)

    rows = len(column)
    nulls = bad_json = invalid = errors = 0
    shown = 0
    for i in range(rows):
        if mask is not None and bool(mask[i]):
            nulls += 1
            continue
        cell = column[i]
        if isinstance(cell, bytes):
            cell = cell.decode("utf-8")
        try:
            value = json.loads(cell)
        except ValueError as e:
            bad_json += 1
            if shown < a.show:
                print("row %d: not JSON: %s" % (i + 1, e))
                shown += 1
            continue
        found = list(validator.iter_errors(value))
        if found:
            invalid += 1
            errors += len(found)
            if shown < a.show:
                print("row %d: %s" % (i + 1, found[0].message))
                shown += 1
    print("astropy+jsonschema: rows=%d null=%d bad_json=%d invalid=%d schema_errors=%d schema=%s"
          % (rows, nulls, bad_json, invalid, errors, where))
    if a.expect_rows is not None and rows != a.expect_rows:
        print("astropy+jsonschema: expected %d rows, read %d" % (a.expect_rows, rows))
        return 1
    return 1 if (bad_json or invalid) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
