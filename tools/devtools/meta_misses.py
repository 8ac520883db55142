#!/usr/bin/python3
"""Lists the pages where pith's metadata misses meta-score.py's reference, per
field, grouped by failure kind, so that a rule is chosen from the misses'
shapes rather than from single pages.

usage: meta_misses.py DATASET OUT [--field title|author|date] [--kind KIND] [--show N]

OUT is the folder bench/meta-score-dev.sh wrote (OUT/json holds pith's JSON,
OUT/pred the mapped predictions). The match rules are meta-score.py's own
(imported from ../shared/eval), so a page counted here as a miss is one the
scorer counts as a miss.
"""
import argparse
import collections
import importlib.util
import json
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
shared = os.environ.get("PITH_SHARED", os.path.join(here, "..", "..", "..", "shared"))
spec = importlib.util.spec_from_file_location("meta_score", os.path.join(shared, "eval", "meta-score.py"))
ms = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ms)


def title_kind(exp, got, meta):
    if not got:
        return "missing"
    ne, ng = ms.norm(exp), ms.norm(got)
    if ne in ng:
        return "got longer (site name or segment kept)"
    if ng in ne:
        return "got shorter (segment cut too much)"
    return "different text"


def author_kind(exp, got):
    if not got:
        return "missing"
    e, g = set(ms.toks(exp)), set(ms.toks(got))
    if e & g:
        if "and" in e and e - {"and"} <= g:
            return "names right, reference joins with 'and'"
        return "partly right (some tokens missing)"
    return "different person"


def date_kind(exp, got, meta):
    if not got:
        return "missing"
    e = ms.date(exp)
    g = ms.date(got)
    if not e:
        return "reference not a YYYY-MM-DD date"
    if not g:
        return "unparsable"
    mod = ms.date(meta.get("date_modified") or "")
    if mod == e:
        return "reference = our date_modified"
    if e[0] == g[0] and e[1] == g[2] and e[2] == g[1]:
        return "day/month swapped"
    from datetime import date as D
    try:
        diff = abs((D(*map(int, e)) - D(*map(int, g))).days)
    except ValueError:
        diff = 999
    if diff == 1:
        return "off by one day (time zone)"
    if e[0] == g[0]:
        return "same year, other day"
    return "other date"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dataset")
    ap.add_argument("out")
    ap.add_argument("--field")
    ap.add_argument("--kind")
    ap.add_argument("--show", type=int, default=5)
    a = ap.parse_args()
    ids = sorted(n[:-5] for n in os.listdir(os.path.join(a.dataset, "ground-truth")) if n.endswith(".json"))
    types = json.load(open(os.path.join(a.dataset, "metadata.json")))["files"]
    groups = collections.defaultdict(lambda: collections.defaultdict(list))
    totals = collections.Counter()
    for pid in ids:
        exp = ms.expectations(a.dataset, pid)
        exp = {k: v for k, v in exp.items() if v != "None"}
        p = os.path.join(a.out, "json", pid + ".json")
        meta = {}
        if os.path.exists(p):
            line = open(p, encoding="utf-8").readline()
            meta = (json.loads(line) if line.strip() else {}).get("metadata") or {}
        names = meta.get("authors") or []
        # The byline form bench/meta-score-dev.sh gives the scorer: "A, B and C".
        byline = names[0] if len(names) == 1 else (", ".join(names[:-1]) + " and " + names[-1] if names else "")
        got = {"title": meta.get("title"), "author": byline, "date": meta.get("date_published")}
        for f in ("title", "author", "date"):
            if f not in exp or (a.field and a.field != f):
                continue
            totals[f] += 1
            if ms.match(f, exp[f], got[f]):
                continue
            if f == "title":
                k = title_kind(exp[f], got[f], meta)
            elif f == "author":
                k = author_kind(exp[f], got[f])
            else:
                k = date_kind(exp[f], got[f], meta)
            ptype = types.get(pid, {}).get("page_type", "?")
            groups[f][k].append((pid, ptype, exp[f], got[f], meta.get("date_modified") if f == "date" else ""))
    for f, kinds in groups.items():
        miss = sum(len(v) for v in kinds.values())
        print(f"== {f}: {miss} misses of {totals[f]} ({1 - miss / totals[f]:.3f} right)")
        for k, rows in sorted(kinds.items(), key=lambda kv: -len(kv[1])):
            if a.kind and a.kind not in k:
                continue
            print(f"  -- {k}: {len(rows)}")
            for pid, ptype, e, g, extra in rows[: a.show]:
                print(f"     {pid} [{ptype}] ref={e!r} got={g!r}" + (f" mod={extra!r}" if extra else ""))


if __name__ == "__main__":
    main()
