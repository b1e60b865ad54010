#!/usr/bin/env python3
"""Checks that the Python pipeline's statuses equal lexgap's.

    python3 benches/python/agree.py STATUSES_JSON LEXGAP_CHECK_JSON

STATUSES_JSON is the statuses.json the Python pipeline writes; LEXGAP_CHECK_JSON
is the output of `lexgap check --format json` on the same files. Exits 1 on
the first difference, naming it.
"""
import json
import os
import sys

py = json.load(open(sys.argv[1], encoding="utf-8"))
lx = json.load(open(sys.argv[2], encoding="utf-8"))
n = 0
for j in lx["jurisdictions"]:
    stem = os.path.splitext(os.path.basename(j["file"]))[0]
    mine = py[stem]
    for f in j["findings"]:
        if f["requirement"] in mine:
            if mine[f["requirement"]] != f["status"]:
                print("differ: %s %s: python %s, lexgap %s" % (stem, f["requirement"], mine[f["requirement"]], f["status"]))
                sys.exit(1)
            n += 1
expected = sum(len(v) for v in py.values())
if n != expected:
    print("only %d of %d statuses compared" % (n, expected))
    sys.exit(1)
print("agree: %d statuses in %d jurisdictions" % (n, len(py)))
