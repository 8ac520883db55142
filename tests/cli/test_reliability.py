#!/usr/bin/env python3
"""End-to-end tests of the reliability issue (issue 9): time budget,
content before extension, joinable JSON Lines, walk reports, fault safety.

Usage: test_reliability.py PITH_BINARY SEED_INPUT TEST_NAME

Expectations come from pith itself on one input at a time, or from the
input, as in test_cli.py (whose helpers are shared).
"""
import gzip
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from test_cli import PITH, check, make_docs, run, single


def slow_page():
    """Some 7 MB of markup, 60,000 blocks: far more than a millisecond."""
    parts = ["<html><body>"]
    for i in range(60000):
        parts.append(f'<div class="c{i % 50}"><p>Paragraph {i} has some words in it, and it ends well.</p>'
                     f'<a href="/x{i}">link {i}</a></div>')
    parts.append("</body></html>")
    return "".join(parts)


def test_timeout():
    """--timeout: the slow page fails as timed_out, named; the others are
    still done, byte for byte; a budget never reached changes nothing. Half
    a second: the small documents take milliseconds (their first call also
    compiles the rules' patterns), the slow page seconds."""
    docs = make_docs(2)
    with tempfile.TemporaryDirectory() as t:
        t = Path(t)
        (t / "a.txt").write_text(docs[0])
        (t / "slow.html").write_text(slow_page())
        (t / "b.txt").write_text(docs[1])
        args = [str(t / "a.txt"), str(t / "slow.html"), str(t / "b.txt")]
        code, out, err = run(["--quiet", "--timeout", "0.5"] + args)
        check(code == 1, "exit", code, err)
        check("slow.html: timed_out" in err and "a.txt" not in err and "b.txt" not in err, err)
        want = (f"==> {t/'a.txt'} <==\n".encode() + single(t / "a.txt") + b"\n" +
                f"==> {t/'b.txt'} <==\n".encode() + single(t / "b.txt"))
        check(out == want, "the other inputs are whole and in order")
        code, out, err = run(["--quiet", "--timeout", "600", str(t / "a.txt")])
        check(code == 0 and out == single(t / "a.txt"), "a budget not reached changes nothing", err)
        # JSON Lines: the slow record is an error record in its place.
        lines = [json.dumps({"id": "a", "text": docs[0]}), json.dumps({"id": "slow", "html": slow_page()}),
                 json.dumps({"id": "b", "text": docs[1]})]
        code, out, err = run(["--jsonl", "--quiet", "--timeout", "0.5"], stdin=("\n".join(lines) + "\n").encode())
        recs = [json.loads(l) for l in out.decode().splitlines()]
        check(code == 1 and len(recs) == 3, code, len(recs), err)
        check(recs[1]["id"] == "slow" and recs[1]["error"].startswith("timed_out"), recs[1])
        check(recs[0]["error"] is None and recs[2]["error"] is None, "the others are cleaned")
        for bad in (["--timeout", "-1"], ["--timeout", "soon"]):
            code, _, err = run(bad + [str(t / "a.txt")])
            check(code == 2, bad, code, err)


if __name__ == "__main__":
    globals()["test_" + sys.argv[3]]()
    print("ok", sys.argv[3])
