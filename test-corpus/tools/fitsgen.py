"""The fits-v1 byte generator (Python 3 stdlib only).

Turns one manifest entry (a dict as in objects/manifest.json) into the bytes of its FITS file.
objects/README.md specifies the algorithm; the Java loader (FitsGenerator.java) implements the
same text, and the corpus sanity test checks that both agree with the manifest's sha256.
"""

import datetime
import hashlib
import math

BLOCK = 2880
CARD = 80
MJD_UNIX_EPOCH = 40587  # MJD of 1970-01-01T00:00:00 UTC


def _card(keyword, value_field):
    return (keyword.ljust(8) + "= " + value_field).ljust(CARD)


def _string(value):
    if "'" in value or len(value) > 66:
        raise ValueError("string not representable in fits-v1: " + value)
    return "'" + value.ljust(8) + "'"


def _number(text):
    return text.rjust(20)


def date_obs(t_min):
    """DATE-OBS text for an MJD: whole seconds, rounded half up."""
    seconds = math.floor((t_min - MJD_UNIX_EPOCH) * 86400.0 + 0.5)
    moment = datetime.datetime(1970, 1, 1) + datetime.timedelta(seconds=seconds)
    return moment.strftime("%Y-%m-%dT%H:%M:%S")


def data_length(obj):
    """NAXIS1: the number of generated data bytes before the zero padding."""
    return (obj["blocks"] - 1) * BLOCK - obj["seed"] % 1440


def header(obj):
    cards = [
        _card("SIMPLE", _number("T")),
        _card("BITPIX", _number("8")),
        _card("NAXIS", _number("1")),
        _card("NAXIS1", _number(str(data_length(obj)))),
        _card("OBJECT", _string(obj["target"])),
        _card("TELESCOP", _string(obj["facility"])),
        _card("INSTRUME", _string(obj["instrument"])),
        _card("FILTER", _string(obj["filter"])),
        _card("RA", _number("%.6f" % obj["ra"])),
        _card("DEC", _number("%.6f" % obj["dec"])),
        _card("DATE-OBS", _string(date_obs(obj["t_min"]))),
        _card("MJD-OBS", _number("%.5f" % obj["t_min"])),
        _card("EXPTIME", _number("%.1f" % obj["exptime"])),
        _card("WAVEMIN", _number("%.4E" % obj["em_min"])),
        _card("WAVEMAX", _number("%.4E" % obj["em_max"])),
        _card("OBS_ID", _string(obj["id"])),
        _card("ORIGIN", _string("cloud_access test corpus (fictional data)")),
        "END".ljust(CARD),
    ]
    text = "".join(cards)
    text = text.ljust(-(-len(text) // BLOCK) * BLOCK)
    return text.encode("ascii")


def data_stream(seed, length):
    """SHA-256 in counter mode: SHA256(seed as 8 bytes BE || counter as 8 bytes BE), counter 0, 1, ..."""
    out = bytearray()
    counter = 0
    seed_bytes = seed.to_bytes(8, "big")
    while len(out) < length:
        out += hashlib.sha256(seed_bytes + counter.to_bytes(8, "big")).digest()
        counter += 1
    return bytes(out[:length])


def generate(obj):
    head = header(obj)
    data = data_stream(obj["seed"], data_length(obj))
    padded = data + bytes((obj["blocks"] - 1) * BLOCK - len(data))
    result = head + padded
    if len(result) != obj["blocks"] * BLOCK:
        raise ValueError("header does not fit in one block for " + obj["id"])
    return result
