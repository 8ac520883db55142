#!/usr/bin/python3
"""Writes bench/wcxb-dev-small.list: the wcxb-dev pages whose HTML is under
200 KB uncompressed (200,000 bytes), one file name a line, sorted. These are
the pages where pith's own work, not the payload the pre-pass cuts, decides
its speed (issue 14).

    /usr/bin/python3 bench/make_small_list.py [../shared/datasets/wcxb-dev/html]
"""
import gzip
import pathlib
import sys

LIMIT = 200 * 1024
here = pathlib.Path(__file__).resolve().parent
src = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else here.parent.parent / "shared/datasets/wcxb-dev/html")
names = sorted(p.name for p in src.glob("*.html.gz") if len(gzip.decompress(p.read_bytes())) < LIMIT)
(here / "wcxb-dev-small.list").write_text("".join(n + "\n" for n in names))
print(f"{len(names)} pages under {LIMIT} bytes in {src}", file=sys.stderr)
