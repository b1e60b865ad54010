#!/usr/bin/env python3
"""The pipeline a user would otherwise write: PyYAML, a test evaluator, Jinja2.

    python3 benches/python/pipeline.py CORPUS_DIR -o OUT_DIR [--loader safe|csafe] [--tip-only]

The same work as `lexgap site` (BENCHMARKS.md, "equal work"): reads the
jurisdiction files in CORPUS_DIR and the instrument files in
statutes/international/; validates what a user would need validated before
publishing (every vocabulary term an encoding names, every reference from an
offence, a fact, a list item, a measure, a `beyond` note or an absence to a
provision or a law of the file; a file with an error stops the run, exit 2,
nothing written); checks every requirement of the four instruments with the
semantics of lexgap's test language (docs/FORMAT.md "Tests": the seven kinds
of test, open and complete lists, partial scopes, `not_provided`, several
offences of one kind, the `requires.means` implied by a complete list of
means); rates each instrument by lexgap's rule (coverage, score, the letter;
`lexgap instruments`); and writes the pages of `lexgap site` in HTML and in
Markdown (index, compare, jurisdictions/<stem>, instruments/<id>), each with
the same sections and the provisions beside the articles, each written to a
temporary file, flushed and renamed into place. It also writes statuses.json
({file stem: {requirement: status}}) so that benches/compare.sh can check that
both pipelines agree.

What it still does not do, and lexgap does: check types, dates and duplicate
keys, give diagnostics with line and column, the Arabic pages, Markdown in
notes, the reasoning in words per test. Each of these makes the Python side
faster, so the ratio stays conservative. `--tip-only` is the older, smaller
run (the TiP Protocol's requirements, HTML only, no validation, no rating).
"""

import argparse
import glob
import json
import os
import sys

import yaml
from jinja2 import Environment, FileSystemLoader, select_autoescape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SUBSET = ["tip"]

RANK_BEST = {"met": 4, "partial": 3, "unknown": 2, "gap": 1, "conflict": 0}
SEVERITY = {"conflict": 0, "gap": 1, "partial": 2, "unknown": 3, "met": 4}
MARK = {"met": "✔", "partial": "◐", "gap": "✘", "conflict": "⚠", "unknown": "?"}
# aggravation term -> the fact it shows is not an element (from the vocabulary)
NOT_AN_ELEMENT = {}
LIST_SET = {"acts": "acts", "means": "means", "purposes": "purposes", "aggravations": "aggravations"}


MD_SPECIAL = set("\\`*_{}[]<>()#+-.!|~")


def md_escape(s):
    """Text as Markdown shows it literally (lexgap's `md` filter)."""
    if s is None:
        return ""
    s = str(s)
    return "".join("\\" + c if c in MD_SPECIAL else c for c in s).replace("\n", " ")


def load(path, loader):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=loader)


# ------------------------------------------------------------- validation --

LIST_FIELDS = ("acts", "means", "purposes", "aggravations")


def items_of(v):
    if v is None:
        return []
    if isinstance(v, dict):
        return v.get("items") or []
    return v


def validate(j, path, terms):
    """Unknown vocabulary terms and dangling references, as `lexgap validate` reports them."""
    errors = []
    provisions = {p.get("id") for p in j.get("provisions") or []}
    laws = {law.get("id") for law in j.get("laws") or []}

    def ref(where, pid):
        if pid not in provisions:
            errors.append("%s: %s: provision `%s` does not exist" % (path, where, pid))

    for i, p in enumerate(j.get("provisions") or []):
        if p.get("law") not in laws:
            errors.append("%s: provisions[%d].law: law `%s` does not exist" % (path, i, p.get("law")))
    for i, o in enumerate(j.get("offences") or []):
        at = "offences[%d]" % i
        kind = o.get("kind")
        if not (isinstance(kind, dict) and "other" in kind) and kind not in terms["offence_kinds"]:
            errors.append("%s: %s.kind: unknown offence kind `%s`" % (path, at, o.get("kind")))
        for pid in o.get("provisions") or []:
            ref(at + ".provisions", pid)
        for field in LIST_FIELDS:
            for k, it in enumerate(items_of(o.get(field))):
                term = it.get("term") if isinstance(it, dict) else it
                if not (isinstance(it, dict) and "other" in it) and term not in terms[field]:
                    errors.append("%s: %s.%s[%d]: unknown %s `%s`" % (path, at, field, k, field, term))
                if isinstance(it, dict):
                    for pid in it.get("provisions") or []:
                        ref("%s.%s[%d].provisions" % (at, field, k), pid)
        for key, v in o.items():
            for sub in ([v] if not isinstance(v, dict) or "value" in v else v.values()):
                if isinstance(sub, dict) and "value" in sub:
                    for pid in sub.get("provisions") or []:
                        ref("%s.%s.provisions" % (at, key), pid)
    for i, m in enumerate(j.get("measures") or []):
        if m.get("measure") not in terms["measures"]:
            errors.append("%s: measures[%d].measure: unknown measure `%s`" % (path, i, m.get("measure")))
        for pid in m.get("provisions") or []:
            ref("measures[%d].provisions" % i, pid)
    for i, b in enumerate(j.get("beyond") or []):
        for pid in b.get("provisions") or []:
            ref("beyond[%d].provisions" % i, pid)
    for i, n in enumerate(j.get("not_provided") or []):
        if n.get("term") not in terms["measures"] and n.get("term") not in terms["offence_kinds"]:
            errors.append("%s: not_provided[%d].term: unknown term `%s`" % (path, i, n.get("term")))
        for law in n.get("laws") or []:
            if law not in laws:
                errors.append("%s: not_provided[%d].laws: law `%s` does not exist" % (path, i, law))
    return errors


# ----------------------------------------------------------------- rating --

def rating(findings, basis):
    """lexgap's rule (`lexgap instruments`): coverage, score, and the letter."""
    counted = [f for f in findings if basis == "all" or f["req"].get("obligation") == "mandatory"]
    counts = {s: sum(1 for f in counted if f["status"] == s) for s in MARK}
    assessed = len(counted) - counts["unknown"]
    coverage = assessed / len(counted) if counted else 0.0
    if not counted or coverage < 0.75 or assessed == 0:
        return {"letter": "NR", "coverage": coverage, "score": None}
    score = (counts["met"] + 0.5 * counts["partial"]) / assessed
    if counts["met"] == len(counted):
        letter = "C"
    elif score >= 0.8 and counts["conflict"] == 0:
        letter = "LC"
    elif score >= 0.5:
        letter = "PC"
    else:
        letter = "NC"
    return {"letter": letter, "coverage": coverage, "score": score}


# ------------------------------------------------------------------ model --

def fact(v):
    """A fact, bare or detailed, as (value, scope, provisions, note); None when silent."""
    if v is None:
        return None
    if isinstance(v, dict):
        if "value" not in v:
            return None
        return (v["value"], v.get("scope", "full"), v.get("provisions") or [], v.get("note"))
    return (v, "full", [], None)


def field_of(o, dotted):
    cur = o
    for part in dotted.split("."):
        cur = cur.get(part) if isinstance(cur, dict) else None
    if cur is None:
        # An aggravating circumstance is not an element of the basic offence
        # (docs/CHECKING.md; the `not_an_element` of the vocabulary's terms).
        for it in items_of(o.get("aggravations")):
            term = it.get("term") if isinstance(it, dict) else it
            if NOT_AN_ELEMENT.get(term) == dotted:
                provs = (it.get("provisions") if isinstance(it, dict) else None) or o.get("provisions") or []
                return {"value": False, "provisions": provs, "note": "inferred from the aggravation"}
    if dotted == "requires.means" and cur is None:
        lst = term_list(o, "means")
        if lst is not None and lst[0] and lst[1]:
            return {"value": True, "note": "implied by the complete list of means"}
    return cur


def term_list(o, field):
    v = o.get(field)
    if v is None:
        return None
    if isinstance(v, dict):
        return (v.get("complete", True), v.get("items") or [])
    return (True, v)


def find_term(items, term):
    for it in items:
        if it == term:
            return {"term": term}
        if isinstance(it, dict) and it.get("term") == term:
            return it
    return None


def offences_of_kind(j, kind):
    return [o for o in j.get("offences") or [] if o.get("kind") == kind]


def not_provided(j, term):
    for n in j.get("not_provided") or []:
        if n.get("term") == term:
            return n
    return None


# ------------------------------------------------------------- evaluation --

def label(vocab, kind, term):
    return vocab.get(kind, {}).get(term, term)


def absent_kind(j, kind, vocab):
    np_ = not_provided(j, kind)
    lab = label(vocab, "offence_kinds", kind)
    if np_ is not None:
        return ("gap", "no offence of %s in %s, read in full" % (lab, ", ".join(np_.get("laws") or [])), [])
    return ("unknown", "the encoding has no offence of %s" % lab, [])


def per_offence(j, kind, vocab, f):
    offs = offences_of_kind(j, kind)
    if not offs:
        return absent_kind(j, kind, vocab)
    results = [f(o) for o in offs]
    status = max((r[0] for r in results), key=lambda s: RANK_BEST[s])
    detail = "; ".join(r[1] for r in results)
    provs = [p for r in results if r[0] == status for p in r[2]]
    return (status, detail, provs)


def combine_all(sts):
    if "conflict" in sts:
        return "conflict"
    if all(s == "met" for s in sts):
        return "met"
    if "gap" in sts:
        return "partial" if ("met" in sts or "partial" in sts) else "gap"
    if "unknown" in sts:
        return "unknown"
    return "partial"


def evaluate(t, j, vocab):
    """(status, detail, provisions) of a test, as lexgap's check/eval.rs."""
    (kind, arg), = t.items()
    if kind == "offence":
        offs = offences_of_kind(j, arg)
        if not offs:
            return absent_kind(j, arg, vocab)
        provs = [p for o in offs for p in o.get("provisions") or []]
        full = [o["id"] for o in offs if o.get("scope", "full") == "full"]
        if not full:
            return ("partial", "; ".join("%s covers this conduct only in part" % o["id"] for o in offs), provs)
        return ("met", "offence %s is of this kind" % ", ".join(full), provs)
    if kind == "measure":
        for m in j.get("measures") or []:
            if m.get("measure") == arg:
                st = "partial" if m.get("scope") == "partial" else "met"
                return (st, "provided in part" if st == "partial" else "provided", m.get("provisions") or [])
        np_ = not_provided(j, arg)
        if np_ is not None:
            return ("gap", "absent from %s, read in full" % ", ".join(np_.get("laws") or []), [])
        return ("unknown", "the encoding is silent on this measure", [])
    if kind == "lists":
        field, term = arg["field"], arg["term"]
        lab = label(vocab, LIST_SET[field], term)

        def one(o):
            lst = term_list(o, field)
            if lst is None:
                return ("unknown", "%s: `%s` not encoded" % (o["id"], field), [])
            complete, items = lst
            item = find_term(items, term)
            general = field == "purposes" and isinstance(o.get(field), dict) and o[field].get("examples")
            if general and (item is None or item.get("scope") == "partial"):
                # "exploitation, whatever its forms": the general words reach it.
                return ("met", "%s: the law reaches purposes of any kind and names some as examples; %s is not "
                        "named in full, but the general words reach it" % (o["id"], lab), o.get("provisions") or [])
            if item is not None:
                st = "partial" if item.get("scope") == "partial" else "met"
                provs = item.get("provisions") or o.get("provisions") or []
                return (st, "%s: lists %s%s" % (o["id"], lab, " (in part)" if st == "partial" else ""), provs)
            if complete:
                return ("gap", "%s: its %s do not include %s" % (o["id"], field, lab), o.get("provisions") or [])
            return ("unknown", "%s: its %s were read only in part and do not name %s" % (o["id"], field, lab), [])

        return per_offence(j, arg["offence"], vocab, one)
    if kind == "fact":
        field, want, otherwise = arg["field"], arg["is"], arg["else"]

        def one(o):
            f = fact(field_of(o, field))
            if f is None:
                return ("unknown", "%s: `%s` not encoded" % (o["id"], field), [])
            value, scope, provs, _ = f
            provs = provs or o.get("provisions") or []
            if value == want:
                st = "partial" if scope == "partial" else "met"
                return (st, "%s: %s is %s" % (o["id"], field, str(value).lower()), provs)
            return (otherwise, "%s: %s is %s (required: %s)" % (o["id"], field, str(value).lower(), str(want).lower()), provs)

        return per_offence(j, arg["offence"], vocab, one)
    if kind == "at_least":
        field, least = arg["field"], arg["min"]

        def one(o):
            f = fact(field_of(o, field))
            if f is None:
                return ("unknown", "%s: `%s` not encoded" % (o["id"], field), [])
            value, scope, provs, _ = f
            provs = provs or o.get("provisions") or []
            if value >= least:
                st = "partial" if scope == "partial" else "met"
                return (st, "%s: %s is %s (at least %s)" % (o["id"], field, value, least), provs)
            return ("gap", "%s: %s is %s (below %s)" % (o["id"], field, value, least), provs)

        return per_offence(j, arg["offence"], vocab, one)
    if kind == "all":
        parts = [evaluate(x, j, vocab) for x in arg]
        return (combine_all([p[0] for p in parts]), "; ".join(p[1] for p in parts), [q for p in parts for q in p[2]])
    if kind == "any":
        parts = [evaluate(x, j, vocab) for x in arg]
        best = max((p[0] for p in parts), key=lambda s: RANK_BEST[s])
        return (best, "; ".join(p[1] for p in parts), [q for p in parts if p[0] == best for q in p[2]])
    raise ValueError("unknown test %r" % kind)


# ---------------------------------------------------------------- report --

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--loader", choices=["safe", "csafe"], default="safe",
                    help="safe: yaml.SafeLoader (pure Python, what yaml.safe_load uses); csafe: yaml.CSafeLoader (libyaml)")
    ap.add_argument("--tip-only", action="store_true",
                    help="the older, smaller run: the TiP Protocol's requirements, HTML only, no validation, no rating")
    args = ap.parse_args()
    equal = not args.tip_only
    loader = yaml.SafeLoader if args.loader == "safe" else yaml.CSafeLoader

    intl = os.path.join(ROOT, "statutes", "international")
    vocab_doc = load(os.path.join(intl, "vocabulary.yaml"), loader)
    vocab = {k: {t["id"]: t.get("en", t["id"]) for t in v} for k, v in vocab_doc.items() if isinstance(v, list)}
    terms = {k: set(v) for k, v in vocab.items()}
    NOT_AN_ELEMENT.update({t["id"]: t["not_an_element"] for t in vocab_doc.get("aggravations") or []
                           if "not_an_element" in t})
    instruments = []
    for path in sorted(glob.glob(os.path.join(intl, "*.yaml"))):
        doc = load(path, loader)
        if isinstance(doc, dict) and "instrument" in doc and (equal or doc["instrument"]["id"] in SUBSET):
            instruments.append(doc)
    instruments.sort(key=lambda d: d["instrument"].get("order", 0))
    for doc in instruments:
        doc["id"] = doc["instrument"]["id"]
        doc["reqs"] = doc["requirements"]

    jurisdictions = []
    errors = []
    for path in sorted(glob.glob(os.path.join(args.corpus, "*.yaml"))):
        j = load(path, loader)
        if equal:
            errors.extend(validate(j, path, terms))
        j["_stem"] = os.path.splitext(os.path.basename(path))[0]
        j["_file"] = path
        j["_provisions"] = {p["id"]: p for p in j.get("provisions") or []}
        j["_findings"] = []
        j["_by"] = {}
        for inst in instruments:
            findings = []
            for r in inst["reqs"]:
                status, detail, provs = evaluate(r["test"], j, vocab)
                seen = []
                for p in provs:
                    if p not in seen:
                        seen.append(p)
                findings.append({"req": r, "inst": inst["instrument"], "status": status, "mark": MARK[status],
                                 "detail": detail,
                                 "provisions": [j["_provisions"][p] for p in seen if p in j["_provisions"]]})
            counts = {s: 0 for s in MARK}
            for f in findings:
                counts[f["status"]] += 1
            groups = {}
            for f in findings:
                groups.setdefault(f["req"]["article"], []).append(f)
            j["_by"][inst["id"]] = {"findings": findings, "counts": counts, "groups": list(groups.items()),
                                    "rating": rating(findings, inst["instrument"].get("rating_basis", "mandatory"))}
            j["_findings"].extend(findings)
        j["_counts"] = {s: sum(b["counts"][s] for b in j["_by"].values()) for s in MARK}
        j["_serious"] = sorted((f for f in j["_findings"] if f["status"] in ("gap", "conflict", "partial")),
                               key=lambda f: SEVERITY[f["status"]])
        jurisdictions.append(j)

    if errors:
        for e in errors:
            print("error: " + e, file=sys.stderr)
        print("%d error(s): nothing written" % len(errors), file=sys.stderr)
        return 2

    env = Environment(loader=FileSystemLoader([os.path.join(HERE, "templates"), os.path.join(ROOT, "templates")]),
                      autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
    env.filters["md"] = md_escape
    out = args.output
    os.makedirs(os.path.join(out, "jurisdictions"), exist_ok=True)
    os.makedirs(os.path.join(out, "instruments"), exist_ok=True)
    staged = []

    def write(rel, template, **ctx):
        formats = ("html", "md") if equal else ("html",)
        for ext in formats:
            text = env.get_template("%s.%s" % (template, ext)).render(instruments=instruments, ext=ext, **ctx)
            target = os.path.join(out, "%s.%s" % (rel, ext))
            if not equal:
                with open(target, "w", encoding="utf-8") as f:
                    f.write(text)
                continue
            # As lexgap: a temporary file beside the target, flushed, renamed
            # into place once every page is written.
            tmp = "%s.%d.tmp" % (target, os.getpid())
            with open(tmp, "w", encoding="utf-8") as f:
                f.write(text)
            staged.append((tmp, target))

    write("index", "index", root="", jurisdictions=jurisdictions)
    write("compare", "compare", root="", jurisdictions=jurisdictions)
    for j in jurisdictions:
        write("jurisdictions/%s" % j["_stem"], "report", root="../", j=j)
    for inst in instruments:
        write("instruments/%s" % inst["id"], "instrument", root="../", jurisdictions=jurisdictions, inst=inst)
    for tmp, _ in staged:
        fd = os.open(tmp, os.O_RDONLY)
        os.fsync(fd)
        os.close(fd)
    for tmp, target in staged:
        os.replace(tmp, target)

    statuses = {j["_stem"]: {f["req"]["id"]: f["status"] for f in j["_findings"]} for j in jurisdictions}
    with open(os.path.join(out, "statuses.json"), "w", encoding="utf-8") as f:
        json.dump(statuses, f, indent=1, sort_keys=True)
    pages = 2 + len(jurisdictions) + len(instruments)
    print("site: %d files (%d jurisdictions, %d instruments) in %s"
          % (pages * (2 if equal else 1), len(jurisdictions), len(instruments), out))


if __name__ == "__main__":
    sys.exit(main())
