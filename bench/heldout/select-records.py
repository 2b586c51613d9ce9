#!/usr/bin/env python3
"""Writes the records of a MARC file that a held-out sources.tsv row selects (the `select` column), for fetch.sh.

usage: select-records.py SELECT IN OUT
SELECT is one or more of, joined with ';':
  first=N          the first N records
  drop001=A,B,...  every record except those whose 001 is one of these (already in the corpus or another set)
  all              every record (to take MARCXML records out of an SRU/OAI envelope)
MARCXML (a collection, a single record, or records inside an SRU/OAI envelope) is written as a plain
<collection xmlns="http://www.loc.gov/MARC21/slim"> of the selected records, each record's elements and text
unchanged (re-serialised by ElementTree);
ISO 2709 as the selected records' bytes, unchanged, one after another.
"""
import re
import sys
import xml.etree.ElementTree as ET

MARC = "http://www.loc.gov/MARC21/slim"


def parse_select(spec):
    first, drop = None, set()
    for part in filter(None, (p.strip() for p in spec.split(";"))):
        key, _, value = part.partition("=")
        if key == "all":
            continue
        if key == "first":
            first = int(value)
        elif key == "drop001":
            drop |= {v.strip() for v in value.split(",") if v.strip()}
        else:
            sys.exit(f"select-records: unknown selection {part!r}")
    return first, drop


def keep(records, first, drop):
    kept = [(r, c) for r, c in records if c not in drop]
    return kept[:first] if first is not None else kept


def iso2709(data, first, drop):
    out = []
    for raw in data.split(b"\x1d"):
        if len(raw.strip()) < 24:
            continue
        base = int(raw[12:17])
        control = ""
        for i in range(24, base - 1, 12):
            if raw[i : i + 3] == b"001":
                length, start = int(raw[i + 3 : i + 7]), int(raw[i + 7 : i + 12])
                control = raw[base + start : base + start + length].rstrip(b"\x1e").decode("utf-8", "replace").strip()
        out.append((raw + b"\x1d", control))
    return b"".join(r for r, _ in keep(out, first, drop))


def marcxml(data, first, drop):
    ET.register_namespace("", MARC)
    root = ET.fromstring(data)
    records = []
    for rec in root.iter(f"{{{MARC}}}record"):
        control = next((c.text or "" for c in rec if c.tag == f"{{{MARC}}}controlfield" and c.get("tag") == "001"), "")
        records.append((rec, control.strip()))
    collection = ET.Element(f"{{{MARC}}}collection")
    for rec, _ in keep(records, first, drop):
        rec.tail = "\n"
        collection.append(rec)
    collection.text = "\n"
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(collection, encoding="utf-8").split(b"?>", 1)[-1].lstrip() + b"\n"


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    first, drop = parse_select(sys.argv[1])
    data = open(sys.argv[2], "rb").read()
    xml = re.match(rb"\s*(\xef\xbb\xbf)?\s*<", data) is not None
    result = marcxml(data, first, drop) if xml else iso2709(data, first, drop)
    open(sys.argv[3], "wb").write(result)


main()
