#!/usr/bin/env python3
"""Writes objects/manifest.json: 104 fictional data products over four collections.

The catalogue values come from a seeded random.Random, so re-running the script reproduces the
committed manifest exactly; the sizes and sha256 come from fitsgen.generate (see objects/README.md).
Values are rounded to the decimals the FITS header prints, so no language ever has to round them.

Usage: python3 test-corpus/tools/make_objects.py   (from anywhere)
"""

import hashlib
import json
import pathlib
import random

import fitsgen

ROOT = pathlib.Path(__file__).resolve().parent.parent
PER_COLLECTION = 26

# name, ra, dec (deg, ICRS)
TARGETS = {
    "M51": (202.469575, 47.195258),
    "M31": (10.684708, 41.26875),
    "COSMOS": (150.119167, 2.205833),
    "M42": (83.822083, -5.391111),
    "Sgr A*": (266.416837, -29.00781),
    "Cas A": (350.85, 58.815),
    "Abell 2744": (3.58625, -30.4),
    "Crab": (83.633083, 22.0145),
    "Perseus Cluster": (49.950667, 41.511694),
    "CDF-S": (53.12275, -27.805833),
    "EDF-North": (269.733333, 66.016667),
    "EDF-Fornax": (52.932, -28.088),
    "LMC": (80.89386, -69.756126),
    "HDF-N": (189.206, 62.216),
    "Barnard 68": (255.21, -23.83),
    "Rho Oph": (246.79, -24.54),
    "ELAIS-N1": (242.75, 54.95),
    "NGC 1300": (49.920833, -19.411111),
}

# collection: facility, [(instrument, filter, em_min m, em_max m)], targets, fov deg,
#             (mjd_lo, mjd_hi), (exptime_lo, exptime_hi), calib levels
COLLECTIONS = {
    "hst-sim": ("HST", [
        ("ACS/WFC", "F435W", 3.6e-07, 4.9e-07),
        ("ACS/WFC", "F606W", 4.7e-07, 7.2e-07),
        ("ACS/WFC", "F814W", 6.9e-07, 9.6e-07),
        ("WFC3/UVIS", "F275W", 2.3e-07, 3.1e-07),
        ("WFC3/IR", "F160W", 1.4e-06, 1.7e-06),
    ], ["M51", "M31", "COSMOS", "HDF-N", "Abell 2744", "NGC 1300"], 0.056,
        (53400.0, 60300.0), (300.0, 2400.0), [2, 3]),
    "spitzer-sim": ("Spitzer", [
        ("IRAC", "IRAC1", 3.13e-06, 3.96e-06),
        ("IRAC", "IRAC2", 3.92e-06, 5.06e-06),
        ("IRAC", "IRAC4", 6.25e-06, 9.59e-06),
        ("MIPS", "MIPS24", 2.08e-05, 2.61e-05),
    ], ["M42", "Barnard 68", "Rho Oph", "ELAIS-N1", "LMC", "COSMOS"], 0.087,
        (53000.0, 58870.0), (100.0, 1200.0), [2]),
    "chandra-sim": ("Chandra", [
        ("ACIS-I", "broad", 1.77e-10, 2.48e-09),
        ("ACIS-S", "soft", 6.2e-10, 2.48e-09),
        ("ACIS-S", "hard", 1.77e-10, 6.2e-10),
    ], ["Cas A", "Crab", "Sgr A*", "Perseus Cluster", "CDF-S", "M51"], 0.28,
        (51500.0, 60500.0), (5000.0, 100000.0), [2, 3]),
    "euclid-sim": ("Euclid", [
        ("VIS", "VIS", 5.5e-07, 9.0e-07),
        ("NISP", "Y", 9.5e-07, 1.212e-06),
        ("NISP", "J", 1.168e-06, 1.567e-06),
        ("NISP", "H", 1.522e-06, 2.021e-06),
    ], ["EDF-North", "EDF-Fornax", "COSMOS", "Perseus Cluster"], 0.7,
        (60200.0, 60700.0), (560.0, 2300.0), [3]),
}


def slug(text):
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")


def build():
    rng = random.Random(20261124)
    objects = []
    number = 0
    for collection, (facility, bands, targets, fov, mjd, exptime, calibs) in COLLECTIONS.items():
        for i in range(PER_COLLECTION):
            number += 1
            instrument, filt, em_min, em_max = bands[i % len(bands)]
            target = targets[rng.randrange(len(targets))]
            ra0, dec0 = TARGETS[target]
            dec = round(max(-89.9, min(89.9, dec0 + rng.uniform(-fov, fov))), 6)
            ra = round((ra0 + rng.uniform(-fov, fov)) % 360.0, 6)
            t_min = round(rng.uniform(*mjd), 5)
            seconds = round(rng.uniform(*exptime), 1)
            t_max = round(t_min + seconds / 86400.0 + 0.00001, 5)
            oid = "obj-%04d" % number
            obj = {
                "id": oid,
                "path": "%s/%s_%s_%s.fits" % (collection, oid, slug(instrument), slug(filt)),
                "collection": collection,
                "facility": facility,
                "instrument": instrument,
                "filter": filt,
                "target": target,
                "ra": ra,
                "dec": dec,
                "fov": fov,
                "em_min": em_min,
                "em_max": em_max,
                "t_min": t_min,
                "t_max": t_max,
                "exptime": seconds,
                "dataproduct_type": "image",
                "calib_level": calibs[rng.randrange(len(calibs))],
                "blocks": 2 + rng.randrange(3),
                "seed": rng.randrange(1, 2 ** 31),
            }
            data = fitsgen.generate(obj)
            obj["size"] = len(data)
            obj["sha256"] = hashlib.sha256(data).hexdigest()
            objects.append(obj)
    return objects


def main():
    objects = build()
    lines = ",\n".join("    " + json.dumps(o, ensure_ascii=True) for o in objects)
    text = '{\n  "generator": "fits-v1",\n  "objects": [\n' + lines + "\n  ]\n}\n"
    (ROOT / "objects" / "manifest.json").write_text(text, encoding="utf-8")
    print("wrote %d objects" % len(objects))


if __name__ == "__main__":
    main()
