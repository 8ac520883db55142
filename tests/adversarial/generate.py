#!/usr/bin/env python3
"""Writes pith's adversarial input set (issue 4) into a directory.

Nothing here is committed as data: every case is made from a few lines of
Python, deterministically, so the set can be regenerated at any scale.

    generate.py OUTDIR [--scale S] [--only NAME ...]

--scale 1 gives the sizes the issue names (a 100 MB page, a 50 MB line,
10^6 identical paragraphs, ...); smaller scales shrink the byte-heavy cases
for a quick run. Cases whose point is a count that breaks parsers (nesting
depth 10^6, 10^5 near-identical paragraphs) keep that count at every scale.

Each case is (name, pith arguments, how to write it, what it probes). The
runner (run.py) feeds each file to pith and checks exit status, message,
time and peak memory.
"""

import argparse
import os
import random
import sys
from dataclasses import dataclass
from typing import Callable, List

MB = 1 << 20

PROSE = (
    "Rescuers searched the rubble through the night as the city counted the cost of the storm. "
    "Officials said the damage stretched for miles along the coast, and that power would not be "
    "restored for days. Residents who had stayed behind described water rising faster than anyone "
    "had expected. "
)
CAPTION = "A rescue worker carries a child through the flooded street on Tuesday morning"


@dataclass
class Case:
    name: str
    args: List[str]          # pith flags; the file path is appended
    write: Callable[[str], None]
    probes: str
    must: tuple = ()         # paragraphs the output must start with (hostile-but-real pages)


def _write_repeated(path: str, unit: bytes, total: int, head: bytes = b"", tail: bytes = b"") -> None:
    """Writes head, `unit` repeated up to `total` bytes, tail, in chunks."""
    chunk = unit * max(1, (4 * MB) // max(1, len(unit)))
    left = max(0, total)
    with open(path, "wb") as f:
        f.write(head)
        while left > 0:
            piece = chunk[:left]
            f.write(piece)
            left -= len(piece)
        f.write(tail)


def _lazy(make: Callable[[], bytes]) -> Callable[[str], None]:
    """A writer for bytes made only when the case is written (the list of
    cases stays small, so the runner that lists them stays small too)."""
    def w(path: str) -> None:
        with open(path, "wb") as f:
            f.write(make())
    return w


def _article(paragraphs: int = 6) -> str:
    return "Storm leaves coast without power\n\n" + "\n\n".join(PROSE.strip() for _ in range(paragraphs)) + "\n"


def _paragraph_lines(fmt: str, count: int) -> Callable[[str], None]:
    def w(path: str) -> None:
        with open(path, "wb") as f:
            batch = []
            for i in range(count):
                batch.append(fmt.format(i=i, w=_word(i)))
                if len(batch) >= 10000:
                    f.write("".join(batch).encode())
                    batch.clear()
            f.write("".join(batch).encode())
    return w


def _word(i: int) -> str:
    # A distinct lower-case word per i, so near-identical paragraphs differ
    # in letters (not only digits, which loose keys keep anyway).
    letters = "abcdefghijklmnopqrstuvwxyz"
    out = ""
    i += 1
    while i:
        i, r = divmod(i, 26)
        out += letters[r]
    return out


def cases(scale: float = 1.0) -> List[Case]:
    s = lambda n: max(1, int(n * scale))  # noqa: E731  scaled byte counts
    article = _article()
    out: List[Case] = []
    add = lambda *a: out.append(Case(*a))  # noqa: E731

    # --- bytes that are barely text: through auto-detect and forced text mode
    for mode, args in (("auto", []), ("text", ["--text"])):
        add(f"empty.{mode}", args, _lazy(lambda: b""), "no bytes at all")
        add(f"whitespace.{mode}", args, _lazy(lambda: b" \t\n\r\n\xc2\xa0\n" * 1000), "only white space")
        add(f"nul_sprinkled.{mode}", args,
            _lazy(lambda: article.encode().replace(b" ", b" \x00", 40)), "NUL bytes inside words")
        add(f"all_nul.{mode}", args, _lazy(lambda: b"\x00" * s(8 * MB)), "nothing but NUL")
        add(f"invalid_utf8.{mode}", args, _lazy(lambda: 
            b"".join(p + b" " + bad for p, bad in zip(
                [w.encode() for w in PROSE.split()] * 200,
                [b"\xc0\xaf", b"\xed\xa0\x80", b"\x80\x80", b"\xf8\x88\x80\x80\x80", b"\xff\xfe", b"\xe2\x82"] * 2000))
            + b"\xe2"), "overlong, surrogate, stray continuation, truncated sequences")
        for enc, bom in (("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")):
            add(f"{enc}.bom.{mode}", args, _lazy(lambda enc=enc, bom=bom: bom + article.encode(enc)), "UTF-16 with a BOM")
            add(f"{enc}.nobom.{mode}", args, _lazy(lambda enc=enc: article.encode(enc)), "UTF-16 without a BOM")
        add(f"binary.{mode}", args, _lazy(lambda: random.Random(4).randbytes(s(16 * MB))), "random bytes")
        add(f"controls.{mode}", args, _lazy(lambda: bytes(range(0, 32)) * s(100000)), "C0 controls only")
        add(f"lone_cr.{mode}", args, _lazy(lambda: (PROSE + "\r").encode() * s(20000) + b"\r" * s(4 * MB)),
            "old Mac line ends and a run of CR")

    # --- text mode at scale
    add("identical_paragraphs", ["--text"],
        _paragraph_lines("The council said the bridge would stay closed until the inspection ends.\n\n", s(1000000)),
        "10^6 identical paragraphs (repeats rule, memory per block)")
    add("near_identical_paragraphs", ["--text"],
        _paragraph_lines("Report {w} says the bridge would stay closed until the {w} inspection ends.\n\n", 100000),
        "10^5 near-identical paragraphs")
    add("one_word_lines", ["--text"], _paragraph_lines("{w}\n", s(2000000)),
        "millions of one-word lines in one paragraph (block limit)")
    add("long_line", ["--text"],
        lambda p: _write_repeated(p, PROSE.replace(". ", ", ").encode(), s(50 * MB)),
        "a 50 MB line without newlines")
    add("long_word", ["--text"], lambda p: _write_repeated(p, b"x", s(20 * MB)), "20 MB without a space")
    add("page_text", ["--text"],
        lambda p: _write_repeated(p, ("\n\n".join([CAPTION, CAPTION, PROSE.strip(), "SLIDE ME", "Advertisement",
                                                   "Donate to the appeal. Sort code 12-34-56."]) + "\n\n").encode(),
                                  s(100 * MB)), "a 100 MB text scrape")
    # Shapes that made the text front end and rules super-linear before.
    add("glue_chain", ["--text"],
        lambda p: _write_repeated(p, (PROSE.strip() + "The ").encode(), s(8 * MB),
                                  head=(PROSE.strip() + "The \n\n").encode()),
        "a paragraph followed by one line of its glued copies")
    add("periodic_overlap", ["--text"],
        _lazy(lambda: ("ab " * s(400000) + "\n\n" + "ab " * s(400000)).encode()),
        "two lines that overlap each other at every third byte")
    add("appeal_starts", ["--text"],
        _paragraph_lines("Subscribe to the newsletter {w}.\n\n" +
                         "The council said the bridge {w} would stay closed until the inspection ends next spring.\n\n" * 4,
                         19000),  # 95000 blocks: under max_blocks, so the rule sees them all
        "many appeal-looking starts, each followed by body prose")

    # --- HTML, through auto-detect (HTML mode is in progress: today exit 1)
    head = b"<!DOCTYPE html><html><head><title>t</title></head><body>"
    add("deep_nesting", [], lambda p: _write_repeated(p, b"<div>", 5 * 1000000, head=head,
                                                      tail=b"deep text" + b"</div>" * 1000000 + b"</body></html>"),
        "10^6 nested elements")
    add("deep_nesting_unclosed", [], lambda p: _write_repeated(p, b"<span>x", 7 * 1000000, head=head),
        "10^6 nested elements, never closed")
    add("unclosed_formatting", [], lambda p: _write_repeated(p, b"<b><i><font><a href=#>w ", 24 * 200000, head=head),
        "many unclosed formatting tags (Gumbo's quadratic case)")
    add("unterminated_comment", [], lambda p: _write_repeated(p, b"-- comment text - ", s(20 * MB), head=head + b"<p>before</p><!--"),
        "a comment that never ends")
    add("unterminated_script", [], lambda p: _write_repeated(p, b"var x = '<p>not html</p>'; ", s(20 * MB), head=head + b"<script>"),
        "a script that never ends")
    add("big_attribute", [], lambda p: _write_repeated(p, b"a", s(50 * MB), head=head + b'<div title="', tail=b'">text</div></body></html>'),
        "a 50 MB attribute value")
    add("wrong_charset_declared_1252", [], _lazy(lambda: 
        b'<html><head><meta charset="windows-1252"></head><body><p>' + ("Zürich café naïve 東京 " * 200).encode() + b"</p></body></html>"),
        "UTF-8 bytes declared windows-1252")
    add("wrong_charset_declared_utf8", [], _lazy(lambda: 
        b'<html><head><meta charset="utf-8"></head><body><p>' + ("Zürich café naïve " * 200).encode("latin-1") + b"</p></body></html>"),
        "Latin-1 bytes declared UTF-8")
    add("html_utf16_bom", [], _lazy(lambda: b"\xff\xfe" + ("<html><body><p>" + PROSE + "</p></body></html>").encode("utf-16-le")),
        "an HTML page in UTF-16 with a BOM")
    add("html_nul", [], _lazy(lambda: b"<html><body><p>a\x00b</p>\x00<p" + b"\x00" * 1000 + b"</body></html>"), "NUL in markup")
    add("page_html", [], lambda p: _write_repeated(
        p, ("<div class=\"story\"><p>" + PROSE + "</p><figure><img alt=\"" + CAPTION + "\"><figcaption>" + CAPTION +
            "</figcaption></figure><nav><a href=\"/a\">Home</a> <a href=\"/b\">News</a></nav></div>\n").encode(),
        s(100 * MB), head=head, tail=b"</body></html>"), "a 100 MB HTML page")

    # --- hostile but real: the article must survive (issue 9, item 6)
    story = "".join(f"<p>Part {i}: {PROSE}</p>" for i in range(1, 7))
    keep = tuple(f"Part {i}: Rescuers" for i in range(1, 7))
    add("link_farm", [], lambda p: _write_repeated(
        p, b'<a href="/tag/x">tag</a> ', 25 * 1000000, head=head + b'<div class="tags">',
        tail=b"</div><article>" + story.encode() + b"</article></body></html>"),
        "10^6 links before the article (past max_nodes)", keep)
    add("tag_soup", [], _lazy(lambda: head + b"<div><b><i>" + b"<table><tr><td><font><p>x</font></b>" * 2000 +
                              b"</div><article>" + story.replace("</p>", "").encode() + b"</body></html>"),
        "unclosed and misnested tags before an article of unclosed <p>", keep)
    add("sibling_blocks", [], _lazy(lambda: head + b'<ul class="menu">' +
                                    b"".join(b'<li><a href="/s%d">Section %d</a></li>' % (i, i) for i in range(5000)) +
                                    b"</ul><article>" + story.encode() + b"</article></body></html>"),
        "5,000 sibling menu items before the article", keep)
    # Minified: the whole page, a megabyte of teasers and the article, on one line.
    add("long_line_page", [], _lazy(lambda: (head.decode() + "".join(
        f'<div class="promo"><a href="/s{i}">Related story number {i}</a></div>' for i in range(s(150000))) +
        "<article>" + story + "</article></body></html>").encode()),
        "a minified page: one line over a megabyte long", keep)

    # A megabyte of words with no sentence end (a tag cloud, minified
    # JSON-ish data printed as text) ahead of the article: as one element of
    # an HTML page, and as one paragraph of a text scrape. Not scaled: its
    # point is a block far larger than the article, at every scale.
    cloud = " ".join(f"{_word(i)} tag{i % 97}" for i in range(120000))[:MB]
    add("unpunctuated_block", [], _lazy(lambda: (head.decode() + '<div class="cloud">' + cloud + "</div><article>" +
                                                  story + "</article></body></html>").encode()),
        "a 1 MB block of text without a sentence end before the article", keep)
    add("unpunctuated_block.text", ["--text"], _lazy(lambda: (
        cloud + "\n\n" + "\n\n".join(f"Part {i}: {PROSE.strip()}" for i in range(1, 7)) + "\n").encode()),
        "a 1 MB paragraph without a sentence end before the article, as text", keep)

    # --- WARC (pith --warc)
    def warc_record(n: int, length_delta: int = 0, block: bytes = b"", kind: bytes = b"response") -> bytes:
        return (b"WARC/1.0\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:adv:%d>\r\n"
                b"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n"
                % (kind, n, len(block) + length_delta)) + block + b"\r\n\r\n"
    page_http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>" + PROSE.encode() + b"</p></body></html>"
    add("warc_claims_too_much", ["--warc"],
        _lazy(lambda: b"".join(warc_record(n, 60 * MB, page_http) for n in range(s(200000)))),
        "every record's Content-Length runs 60 MB past the next records (resync budget)")
    add("warc_tiny_records", ["--warc"],
        _lazy(lambda: b"".join(warc_record(n, kind=b"metadata") for n in range(s(2000000)))),
        "millions of empty records, read and skipped")
    return out


def main(argv: List[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--only", nargs="*", default=None, help="case names to write")
    a = ap.parse_args(argv)
    os.makedirs(a.outdir, exist_ok=True)
    for c in cases(a.scale):
        if a.only and c.name not in a.only:
            continue
        path = os.path.join(a.outdir, c.name)
        c.write(path)
        print(f"{c.name}\t{os.path.getsize(path)}\t{' '.join(c.args)}\t{c.probes}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
