#!/usr/bin/env python3
"""pith's text against Common Crawl's own extraction (the WET file) for the
same records: words in each, and the WET lines pith does not keep, for
bench/results.md.

    bench/warc_wet_compare.py PITH FILE.warc FILE.warc.wet
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "cli"))
from test_warc import split_records  # noqa: E402


def wet_texts(path):
    out = {}
    for r in split_records(open(path, "rb").read()):
        head, _, block = r.partition(b"\r\n\r\n")
        fields = dict(l.split(": ", 1) for l in head.decode().split("\r\n")[1:] if ": " in l)
        if fields.get("WARC-Type") == "conversion":
            out[fields["WARC-Target-URI"]] = block[:-4].decode("utf-8", "replace")
    return out


def main():
    pith, warc, wet = sys.argv[1:4]
    p = subprocess.run([pith, "--quiet", "--warc", warc], capture_output=True, check=True)
    recs = [json.loads(l) for l in p.stdout.decode().splitlines()]
    wets = wet_texts(wet)
    total_pith = total_wet = 0
    for r in recs:
        w = wets.get(r["url"], "")
        kept = r["text"] + "\n" + (r["title"] or "")
        pw, ww = len(r["text"].split()), len(w.split())
        total_pith += pw
        total_wet += ww
        print(f"## {r['url']}\npith {pw} words, WET {ww} words; WET lines pith removes:")
        for line in w.splitlines():
            if line.strip() and line.strip() not in kept:
                print("  -", line.strip()[:110])
    print(f"\ntotal: pith {total_pith} words, WET {total_wet} words, {len(recs)} records, "
          f"{len(set(wets) - {r['url'] for r in recs})} WET records without a pith record")


if __name__ == "__main__":
    main()
