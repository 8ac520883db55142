#!/usr/bin/env python3
"""Writes a WARC of pages for the WARC speed figures in bench/results.md,
with the tests' WARC writer (tests/cli/test_warc.py): for each page file
(*.html, *.html.gz) under DIR, in sorted order, a request record and a
response record (HTTP/1.1 200, text/html), each its own gzip member as
crawlers write them.

    bench/make_warc.py DIR OUT.warc.gz
"""
import gzip
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "cli"))
from test_warc import http, record  # noqa: E402


def main():
    src, out = sys.argv[1], sys.argv[2]
    names = sorted(n for n in os.listdir(src) if n.endswith((".html", ".html.gz")))
    with open(out, "wb") as f:
        for i, name in enumerate(names):
            data = open(os.path.join(src, name), "rb").read()
            if name.endswith(".gz"):
                data = gzip.decompress(data)
            request = b"GET /" + name.encode() + b" HTTP/1.1\r\nHost: bench.invalid\r\n\r\n"
            f.write(gzip.compress(record(2 * i, request, typ="request",
                                         content_type="application/http; msgtype=request"), 6))
            f.write(gzip.compress(record(2 * i + 1, http(data, "text/html")), 6))
    print(f"{out}: {len(names)} responses, {2 * len(names)} records")


if __name__ == "__main__":
    main()
