#!/usr/bin/python3
"""`pith --format html --links` writes only the minimal tags and attributes it
promises, on a fixed sample of wcxb-dev pages (every 25th) and on a hostile
page made here (scripts, event handlers, styles, javascript: and data:
links): html.parser must find no other tag or attribute, no unsafe link, and
the kept text of the page must all be there.

    html_safe.py PITH SHARED_DIR
"""
import html
import json
import re
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

TAGS = {"html", "head", "meta", "title", "body", "article", "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul",
        "ol", "li", "blockquote", "pre", "code", "table", "tr", "th", "td", "a", "em", "strong"}
ATTRS = {("meta", "charset"), ("a", "href"), ("ol", "start"), ("td", "colspan"), ("th", "colspan"), ("td", "rowspan"),
         ("th", "rowspan"),
         ("code", "class")}
SAFE_SCHEMES = ("http:", "https:", "ftp:", "mailto:", "tel:")

HOSTILE = """<!DOCTYPE html><html><head><style>p{color:red}</style><script>alert(1)</script></head>
<body><article><h2 onclick="alert(2)" style="color:red">A heading that stays</h2>
<p onmouseover="alert(3)">A paragraph with a <a href="javascript:alert(4)">bad link</a>, a
<a href="data:text/html,<script>alert(5)</script>">data link</a> and a
<a href="/good.html" onclick="alert(6)">good link</a> in it, long enough to be body text.</p>
<script>document.write('injected')</script><p>Text with &lt;script&gt;alert(7)&lt;/script&gt; written as
text, which must come out escaped and never as a tag, in a paragraph of the body.</p>
<pre class="language-js" style="x"><code>if (a < b) { run(); }</code></pre>
<p>One more paragraph after the code, long enough to be body text like the others here.</p></article></body></html>"""


class Checker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems, self.text = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in TAGS:
            self.problems.append(f"tag <{tag}>")
        for name, value in attrs:
            if (tag, name) not in ATTRS:
                self.problems.append(f"attribute {name} on <{tag}>")
            # A relative link (no scheme: the dev pages come without their
            # address) is safe; one with a scheme must be a safe scheme.
            if name == "href" and re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", value) \
                    and not value.lower().startswith(SAFE_SCHEMES):
                self.problems.append(f"link {value!r}")
            if name == "class" and not value.startswith("language-"):
                self.problems.append(f"class {value!r}")

    def handle_data(self, data):
        self.text.append(data)


def check(pith, page, base_url=None):
    args = [pith, "--html", "--quiet", "--links"] + (["--url", base_url] if base_url else [])
    out = subprocess.run(args + ["--format", "html", str(page)], capture_output=True, check=True).stdout.decode()
    rec = json.loads(subprocess.run(args + ["--format", "json", str(page)], capture_output=True,
                                    check=True).stdout)
    c = Checker()
    c.feed(out)
    shown = " ".join("".join(c.text).split())
    for b in rec["blocks"]:
        if b["kept"] and " ".join(b["text"].split()) not in shown:
            c.problems.append(f"kept text missing: {b['text'][:60]!r}")
    return c.problems, out


def main():
    pith, shared = sys.argv[1], Path(sys.argv[2])
    failures = []
    with tempfile.TemporaryDirectory() as t:
        hostile = Path(t) / "hostile.html"
        hostile.write_text(HOSTILE)
        problems, out = check(pith, hostile, "https://example.org/a/b.html")
        failures += [f"hostile: {p}" for p in problems]
        for needle in ("alert(1)", "alert(2)", "alert(4)", "javascript:", "data:text", "injected", "<script"):
            if needle in out:
                failures.append(f"hostile: {needle!r} in the output")
        for want in ('href="https://example.org/good.html"', "&lt;script&gt;alert(7)", 'class="language-js"',
                     "<h2>A heading that stays</h2>"):
            if want not in out:
                failures.append(f"hostile: {want!r} missing")
    pages = sorted((shared / "datasets/wcxb-dev/html").glob("*.html.gz"))[::25]
    for page in pages:
        problems, _ = check(pith, page)
        failures += [f"{page.name}: {p}" for p in problems[:5]]
    print(f"hostile page and {len(pages)} dev pages checked")
    for f in failures:
        print("FAIL", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
