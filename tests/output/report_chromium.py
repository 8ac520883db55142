#!/usr/bin/python3
"""The --report page in a real browser: headless Chromium loads the report
of the seed (text mode) and of a corpus HTML page, runs its script, and the
counts the legend then shows must equal the reasons in pith's JSON; every
block is there with its reason on hover, dropped ones struck through, and
the page fetches nothing (no src or external href). Several inputs give one
report each and index.html. Exit 77 when chromium is not installed.

    report_chromium.py PITH REPO_DIR
"""
import collections
import json
import re
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path


class Report(HTMLParser):
    def __init__(self):
        super().__init__()
        self.counts, self.blocks, self.problems = {}, [], []
        self.reason, self.in_count = None, False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "src" in a or (tag == "link") or (a.get("href", "").startswith(("http:", "https:", "//"))):
            self.problems.append(f"fetches: <{tag} {a}>")
        if tag == "label" and "data-reason" in a:
            self.reason = a["data-reason"]
        if tag == "span" and a.get("class") == "count":
            self.in_count = True
        if tag == "div" and "data-reason" in a:
            self.blocks.append((a["data-reason"], "drop" in a.get("class", "").split(), a.get("title", "")))

    def handle_endtag(self, tag):
        if tag == "span":
            self.in_count = False

    def handle_data(self, data):
        if self.in_count and self.reason:
            self.counts[self.reason] = data.strip()


def dump_dom(chromium, page):
    out = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom",
                          page.as_uri()], capture_output=True, timeout=120)
    return out.stdout.decode()


def check(pith, chromium, src, mode, t):
    failures = []
    report = t / (src.parent.name + ".html")
    rec = json.loads(subprocess.run([pith, mode, "--quiet", "--format", "json", "--report", str(report), str(src)],
                                    capture_output=True, check=True).stdout)
    dom = dump_dom(chromium, report)
    if 'data-counted="yes"' not in dom:
        failures.append(f"{src}: the script did not run")
    r = Report()
    r.feed(dom)
    want = collections.Counter(b["reason"] for b in rec["blocks"])
    shown = {k: int(v) if v.isdigit() else v for k, v in r.counts.items()}
    if shown != dict(want):
        failures.append(f"{src}: legend shows {shown}, JSON has {dict(want)}")
    if [(b["reason"], not b["kept"]) for b in rec["blocks"]] != [(x, d) for x, d, _ in r.blocks]:
        failures.append(f"{src}: the blocks shown differ from the JSON blocks")
    if any(not title.startswith(reason) for reason, _, title in r.blocks):
        failures.append(f"{src}: a block without its reason on hover")
    failures += [f"{src}: {p}" for p in r.problems]
    return failures, report


def main():
    pith, repo = sys.argv[1], Path(sys.argv[2])
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("skipped: chromium is not installed (tools/install-deps.sh --browser)")
        return 77
    failures = []
    with tempfile.TemporaryDirectory() as t:
        t = Path(t)
        f, _ = check(pith, chromium, repo / "corpus/seed-dailymail/input.txt", "--text", t)
        failures += f
        f, _ = check(pith, chromium, repo / "corpus/html-news-gallery/input.html", "--html", t)
        failures += f
        # Several inputs: one report each and an index linking them.
        many = t / "many"
        subprocess.run([pith, "--quiet", "--report", str(many), str(repo / "corpus/seed-dailymail/input.txt"),
                        str(repo / "corpus/html-forum-thread/input.html")], capture_output=True, check=True)
        index = (many / "index.html").read_text() if (many / "index.html").exists() else ""
        for name in ("input.report.html",):
            if not (many / name).exists() and not list(many.glob("*.report.html")):
                failures.append("several inputs: no per-input reports")
        links = re.findall(r'href="([^"]+)"', index)
        if len(links) != 2 or not all((many / l).exists() for l in links):
            failures.append(f"several inputs: index links {links}")
    print(f"{len(failures)} problems")
    for x in failures:
        print("FAIL", x)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
