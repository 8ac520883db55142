#!/usr/bin/python3
"""pith's Markdown, read back by a real Markdown parser, has the structure of
the kept part of the page.

For a fixed sample of wcxb-dev pages (every 25th id), `pith --format json`
gives the kept blocks with their structure fields and `pith --format
markdown` the Markdown. The Markdown goes through cmark (the CommonMark
reference parser, Debian's cmark) for headings and lists, and through
Python-Markdown (python3-markdown, its tables extension: GFM tables are not
CommonMark) for tables, into HTML read with html.parser; the headings (levels in order), the list items (depth and kind
in order) and the tables (rows x columns) found there must equal those of
the kept blocks. A nested item whose parent item was dropped counts one level
under the last kept item, as the renderer places it.

    markdown_structure.py PITH SHARED_DIR
Exit 77 (skipped) when the dev set is absent.
"""
import gzip
import json
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import markdown

STEP = 25


class Structure(HTMLParser):
    def __init__(self):
        super().__init__()
        self.headings, self.items, self.tables = [], [], []
        self.lists = []        # open ol/ul
        self.table = None      # [rows, columns of the first row]
        self.row_cells = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.headings.append(int(tag[1]))
        elif tag in ("ol", "ul"):
            self.lists.append(tag)
        elif tag == "li":
            self.items.append((len(self.lists), self.lists[-1] == "ol" if self.lists else False))
        elif tag == "table":
            self.table = [0, 0]
        elif tag == "tr" and self.table is not None:
            self.table[0] += 1
            self.row_cells = 0
        elif tag in ("td", "th") and self.table is not None:
            self.row_cells += 1

    def handle_endtag(self, tag):
        if tag in ("ol", "ul") and self.lists:
            self.lists.pop()
        elif tag == "tr" and self.table is not None:
            self.table[1] = max(self.table[1], self.row_cells)
        elif tag == "table" and self.table is not None:
            self.tables.append(tuple(self.table))
            self.table = None


def expected(record):
    headings = [1] if record["title"] else []
    items, tables = [], []
    prev_depth = 0
    blocks = [b for b in record["blocks"] if b["kept"]]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        t = b["table"]
        if b["kind"] == "table_cell" and t and t["data"]:
            cells = []
            while i < len(blocks) and blocks[i]["kind"] == "table_cell" and blocks[i]["table"] \
                    and blocks[i]["table"]["id"] == t["id"]:
                cells.append(blocks[i]["table"])
                i += 1
            rows = len({c["row"] for c in cells})
            tables.append((rows, max(c["column"] + c["colspan"] for c in cells)))
            prev_depth = 0
            continue
        i += 1
        in_list = b["list_depth"] > 0 and not (b["kind"] == "preformatted" and prev_depth == 0)
        if in_list:
            depth = min(b["list_depth"], prev_depth + 1)
            new_item = not b["continues_item"] or prev_depth == 0 or depth > prev_depth
            if new_item and b["kind"] != "preformatted":
                items.append((depth, b["ordered"]))
            prev_depth = depth
            continue
        prev_depth = 0
        if b["kind"] == "heading":
            headings.append(b["heading_level"] or 2)
    return headings, items, tables


def run(pith, args, page):
    out = subprocess.run([pith, "--html", "--quiet"] + args + [str(page)], capture_output=True, check=True)
    return out.stdout.decode()


def main():
    pith, shared = sys.argv[1], Path(sys.argv[2])
    pages = sorted((shared / "datasets/wcxb-dev/html").glob("*.html.gz"))
    if not pages:
        print("skipped: no wcxb-dev pages under", shared)
        return 77
    sample = pages[::STEP]
    failures, totals = [], [0, 0, 0]
    for page in sample:
        record = json.loads(run(pith, ["--format", "json"], page))
        md = run(pith, ["--format", "markdown", "--links"], page)
        common = Structure()
        common.feed(subprocess.run(["cmark"], input=md.encode(), capture_output=True, check=True).stdout.decode())
        gfm = Structure()
        gfm.feed(markdown.markdown(md, extensions=["tables", "fenced_code"]))
        want = expected(record)
        got = (common.headings, common.items, gfm.tables)
        for k in range(3):
            totals[k] += len(want[k])
        for name, w, g in zip(("headings", "list items", "tables"), want, got):
            if w != g:
                k = next((k for k in range(min(len(w), len(g))) if w[k] != g[k]), min(len(w), len(g)))
                failures.append(f"{page.name}: {name} differ from #{k} ({len(w)} expected, {len(g)} parsed):"
                                f" expected {w[k:k + 4]}, parsed {g[k:k + 4]}")
    print(f"{len(sample)} pages: {totals[0]} headings, {totals[1]} list items, {totals[2]} tables compared")
    for f in failures:
        print("FAIL", f)
    # The sample must hold each kind of structure, or the test proves little.
    if min(totals) == 0:
        print("FAIL: the sample has no", ["headings", "list items", "tables"][totals.index(min(totals))])
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
