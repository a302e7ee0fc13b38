#!/usr/bin/env python3
"""Generate communes-2026.csv from the @etalab/decoupage-administratif 6.0.0 data files.

Usage:
    python3 generate-communes.py INPUT_DIR OUTPUT_CSV

INPUT_DIR must contain communes.json, epci.json and departements.json exactly as
shipped in the npm package @etalab/decoupage-administratif 6.0.0 (2026 vintage).

Output: one row per current commune (type == "commune-actuelle"), sorted by INSEE
code (plain code-point string order), UTF-8 without BOM, LF line endings, header
    code,name,department,siren,epciSiren,population
Fields are quoted (RFC 4180 style, inner quotes doubled) only when they contain a
comma, a double quote, CR or LF.

  code        communes.json  code         (INSEE commune code)
  name        communes.json  nom
  department  communes.json  departement
  siren       communes.json  siren        (the commune's own SIREN); empty if absent
  epciSiren   epci.json      code of the EPCI a fiscalite propre whose membres[].code
                             contains the commune code; empty if none
  population  communes.json  population   (INSEE population municipale); empty if absent

The program fails (exit status 1) if a commune belongs to more than one EPCI, if a
commune code is duplicated, if an EPCI member is not a current commune, if a
commune's departement is not listed in departements.json, or if a population is
not an integer, or if a SIREN is not nine digits. Standard library only; output is deterministic.
"""

import hashlib
import json
import os
import sys
from collections import Counter

HEADER = ("code", "name", "department", "siren", "epciSiren", "population")
CURRENT = "commune-actuelle"


def fail(message):
    print("error: " + message, file=sys.stderr)
    sys.exit(1)


def load(input_dir, name):
    path = os.path.join(input_dir, name)
    with open(path, "rb") as f:
        raw = f.read()
    return json.loads(raw.decode("utf-8")), hashlib.sha256(raw).hexdigest()


def csv_field(value):
    if any(ch in value for ch in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def main(argv):
    if len(argv) != 3:
        print("usage: generate-communes.py INPUT_DIR OUTPUT_CSV", file=sys.stderr)
        return 2
    input_dir, output = argv[1], argv[2]

    communes, sha_communes = load(input_dir, "communes.json")
    epcis, sha_epci = load(input_dir, "epci.json")
    departements, sha_dep = load(input_dir, "departements.json")

    current = {}
    for c in communes:
        if c.get("type") != CURRENT:
            continue
        if c["code"] in current:
            fail("duplicate current commune code " + c["code"])
        current[c["code"]] = c

    dep_codes = {d["code"] for d in departements}
    unknown_deps = sorted({c["departement"] for c in current.values()} - dep_codes)
    if unknown_deps:
        fail("departement codes not in departements.json: " + ", ".join(unknown_deps))

    epci_of = {}
    for e in sorted(epcis, key=lambda e: e["code"]):
        for m in e["membres"]:
            code = m["code"]
            if code in epci_of and epci_of[code] != e["code"]:
                fail("commune %s belongs to two EPCI: %s and %s" % (code, epci_of[code], e["code"]))
            if code not in current:
                fail("EPCI %s member %s is not a current commune" % (e["code"], code))
            epci_of[code] = e["code"]

    lines = [",".join(HEADER)]
    without_epci = []
    without_population = []
    without_siren = []
    quoted = []
    for code in sorted(current):
        c = current[code]
        population = c.get("population")
        if population is None:
            population_text = ""
            without_population.append(code)
        elif isinstance(population, int) and not isinstance(population, bool) and population >= 0:
            population_text = str(population)
        else:
            fail("commune %s has a non-integer population %r" % (code, population))
        epci = epci_of.get(code, "")
        if not epci:
            without_epci.append(code)
        siren = c.get("siren") or ""
        if siren and not (len(siren) == 9 and siren.isdigit()):
            fail("commune %s has a malformed SIREN %r" % (code, siren))
        if not siren:
            without_siren.append(code)
        fields = [code, c["nom"], c["departement"], siren, epci, population_text]
        encoded = [csv_field(f) for f in fields]
        if encoded != fields:
            quoted.append(code)
        lines.append(",".join(encoded))

    data = ("\n".join(lines) + "\n").encode("utf-8")
    parent = os.path.dirname(os.path.abspath(output))
    os.makedirs(parent, exist_ok=True)
    tmp = output + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, output)

    print("input  communes.json      sha256 %s" % sha_communes)
    print("input  epci.json          sha256 %s" % sha_epci)
    print("input  departements.json  sha256 %s" % sha_dep)
    print("output %s" % output)
    print("       sha256 %s, %d bytes" % (hashlib.sha256(data).hexdigest(), len(data)))
    print("rows (current communes):      %d" % len(current))
    print("EPCI a fiscalite propre:      %d (%d member communes)" % (len(epcis), len(epci_of)))
    print("communes without EPCI:        %d" % len(without_epci))
    by_dep = Counter(current[c]["departement"] for c in without_epci)
    print("  by departement: " + ", ".join("%s=%d" % kv for kv in sorted(by_dep.items())))
    print("communes without SIREN:       %d" % len(without_siren))
    by_dep = Counter(current[c]["departement"] for c in without_siren)
    print("  by departement: " + ", ".join("%s=%d" % kv for kv in sorted(by_dep.items())))
    print("communes without population:  %d %s" % (len(without_population), " ".join(without_population)))
    print("rows with quoted fields:      %d %s" % (len(quoted), " ".join(quoted)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
