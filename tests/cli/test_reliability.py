#!/usr/bin/env python3
"""End-to-end tests of the reliability issue (issue 9): time budget,
content before extension, joinable JSON Lines, walk reports, fault safety.

Usage: test_reliability.py PITH_BINARY SEED_INPUT TEST_NAME

Expectations come from pith itself on one input at a time, or from the
input, as in test_cli.py (whose helpers are shared).
"""
import gzip
import hashlib
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


PAGE = ("<!doctype html><html><head><title>Bridge</title></head><body><nav><a href='/'>Home</a></nav>"
        "<article><p>The council met on Tuesday evening and voted to repair the old bridge before the "
        "winter, after years of complaints from the people who cross it every day.</p></article></body></html>\n")


def test_content_decides():
    """A .txt (or .txt.gz) holding HTML is cleaned as HTML unless --text
    forces text; a WARC file and binary data are refused, in every mode,
    with a message that says what to do; UTF-16 text with a mark is read;
    an unknown --encoding is a usage error; a truncated .gz gives what it
    held, with a warning."""
    with tempfile.TemporaryDirectory() as t:
        t = Path(t)
        (t / "page.html").write_text(PAGE)
        (t / "page.txt").write_text(PAGE)
        (t / "page.txt.gz").write_bytes(gzip.compress(PAGE.encode()))
        as_html = run(["--quiet", str(t / "page.html")])
        check(as_html[0] == 0 and b"council met" in as_html[1] and b"<p>" not in as_html[1], as_html)
        for name in ("page.txt", "page.txt.gz"):
            code, out, err = run(["--quiet", str(t / name)])
            check(code == 0 and out == as_html[1], name, "must be cleaned as HTML", out, err)
        code, out, _ = run(["--quiet", "--text", str(t / "page.txt")])
        check(code == 0 and b"<p>" in out, "--text forces text mode", out)

        warc = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 4\r\n\r\n" + PAGE.encode()
        (t / "crawl.warc.gz").write_bytes(gzip.compress(warc))
        (t / "bin.html").write_bytes(bytes(range(256)) * 40)
        # The WARC reader (--warc, from main) refuses a WARC among pages as a
        # usage error, naming --warc; pith defers to it.
        code, out, err = run(["--quiet", str(t / "crawl.warc.gz"), str(t / "page.html")])
        check(code in (1, 2) and "crawl.warc.gz" in err and "--warc" in err, code, err)
        for flags in ([], ["--html"], ["--text"]):
            code, out, err = run(["--quiet", *flags, str(t / "bin.html"), str(t / "page.html")])
            check(code == 1, flags, code, err)
            check("bin.html" in err and "binary" in err, flags, err)
            check(b"council met" in out and len(out) < 1000, "the good input is still done", flags, out)

        wide = "\ufeff" + make_docs(1)[0]
        (t / "u16.txt").write_bytes(wide.encode("utf-16-le"))
        (t / "u8.txt").write_text(wide[1:])
        check(single(t / "u16.txt") == single(t / "u8.txt"), "UTF-16 with a mark reads as its UTF-8")

        code, _, err = run(["--encoding", "no-such-charset", str(t / "page.html")])
        check(code == 2 and "no-such-charset" in err, code, err)
        check(run(["--quiet", "--encoding", "latin1", str(t / "page.html")])[0] == 0, "a known label works")

        doc = make_docs(1)[0]
        whole = gzip.compress(doc.encode())
        (t / "cut.txt.gz").write_bytes(whole[: len(whole) * 2 // 3])
        code, out, err = run(["--quiet", "--text", str(t / "cut.txt.gz")])
        check(code == 0 and "cut.txt.gz: warning: truncated" in err, code, err)
        check(len(out) > 200 and out.split(b"\n")[0] in doc.encode(), "the text it held", out[:200])
        # A JSON Lines stream cut short: its whole lines are records, the
        # cut one an error record, and the warning names the stream.
        lines = [json.dumps({"id": i, "text": d}) for i, d in enumerate(make_docs(30))]
        stream = gzip.compress(("\n".join(lines) + "\n").encode())
        (t / "cut.jsonl.gz").write_bytes(stream[: len(stream) // 2])
        code, out, err = run(["--jsonl", "--quiet", str(t / "cut.jsonl.gz")])
        recs = [json.loads(l) for l in out.decode().splitlines()]
        check(len(recs) >= 3 and all(r["error"] is None for r in recs[:-1]), len(recs), err)
        check([r["id"] for r in recs[:-1]] == list(range(len(recs) - 1)), "in order")
        check("cut.jsonl.gz: warning: truncated" in err, err)


def test_jsonl_joinable():
    """Every input line, blank or broken, gives one output line in order,
    each with its 1-based "line"; a broken line keeps its readable id; an
    HTML file given to --jsonl is one clear error, not one per line."""
    docs = make_docs(3)
    lines = [json.dumps({"id": "a", "text": docs[0]}), "", '{"id": "b", "text": "cut', "   ",
             json.dumps({"id": "c", "text": docs[1], "line": "theirs"}), "not json", json.dumps({"id": "d", "text": docs[2]})]
    for jobs in ("1", "2"):
        code, out, err = run(["--jsonl", "--quiet", "-j", jobs], stdin=("\n".join(lines) + "\n").encode())
        recs = [json.loads(l) for l in out.decode().splitlines()]
        check(code == 1 and len(recs) == len(lines), code, len(recs), err)
        check([r["line"] for r in recs] == list(range(1, len(lines) + 1)), [r["line"] for r in recs])
        check([r["id"] for r in recs] == ["a", None, "b", None, "c", None, "d"], [r["id"] for r in recs])
        check(recs[1]["error"] == "blank line" and recs[3]["error"] == "blank line", recs[1], recs[3])
        check(recs[2]["error"].startswith("invalid JSON") and recs[5]["error"].startswith("invalid JSON"), recs)
        check(all(recs[i]["error"] is None for i in (0, 4, 6)), "the good records")
        check("<stdin>:3" in err and "<stdin>:6" in err and "<stdin>:2" not in err, "blank lines are no failure", err)
    with tempfile.TemporaryDirectory() as t:
        page = Path(t) / "page.html"
        page.write_text("<!doctype html>\n<html>\n<body>\n<p>Some text.</p>\n</body>\n</html>\n")
        code, out, err = run(["--jsonl", "--quiet", str(page)])
        check(code == 1 and out == b"", code, out)
        check(err.count("not JSON Lines") == 1 and "invalid JSON" not in err, err)
        code, out, err = run(["--jsonl", "--quiet", "--out-dir", str(Path(t) / "o"), str(page)])
        check(code == 1 and not (Path(t) / "o" / "page.jsonl").exists(), "no output file for it", err)


def as_unprivileged(args):
    """pith run so that permissions apply: root reads everything, so under
    root it runs as nobody (setpriv, util-linux)."""
    if os.geteuid() != 0:
        return run(args)
    p = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", PITH, *args],
                       capture_output=True, timeout=120)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def test_walk_reports():
    """An unreadable sub-folder, file or folder given directly is an error,
    named, exit 1, the rest done; the walk counts what it skipped by
    extension; --all-files takes every file and lets the content decide."""
    docs = make_docs(3)
    with tempfile.TemporaryDirectory() as t:
        os.chmod(t, 0o755)
        root = Path(t) / "tree"
        for rel, body in {"a.txt": docs[0], "locked/b.txt": docs[1], "open/secret.txt": docs[2],
                          "x.php": PAGE, "y.aspx": PAGE, "z.php": PAGE, "index.html?p=1": PAGE,
                          "noext": docs[0]}.items():
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_text(body)
        for d in (root, root / "open"):
            os.chmod(d, 0o755)
        for f in root.rglob("*"):
            if f.is_file():
                os.chmod(f, 0o644)
        os.chmod(root / "locked", 0)
        os.chmod(root / "open" / "secret.txt", 0)
        try:
            code, out, err = as_unprivileged(["--quiet", str(root)])
            check(code == 1, "exit", code, err)
            check(f"{root/'locked'}: cannot read directory" in err, err)
            check(f"{root/'open'/'secret.txt'}: cannot open" in err, err)
            check(f"{root}: skipped 5 files: 2 .php, 1 .aspx, 2 other" in err, err)
            check(out.count(b"==> ") == 1 and out.startswith(f"==> {root/'a.txt'} <==\n".encode()), out[:300])
            code, out, err = as_unprivileged(["--quiet", str(root / "locked")])
            check(code == 1 and "cannot read directory" in err and "no input files" not in err, code, err)
        finally:
            os.chmod(root / "locked", 0o755)
            os.chmod(root / "open" / "secret.txt", 0o644)
        o = Path(t) / "o"
        code, out, err = run(["--quiet", "--all-files", "--out-dir", str(o), str(root)])
        check(code == 0 and "skipped" not in err, code, err)
        got = sorted(str(p.relative_to(o)) for p in o.rglob("*") if p.is_file())
        check(got == ["a.txt", "index.html?p=1.txt", "locked/b.txt", "noext.txt", "open/secret.txt",
                      "x.php.txt", "y.aspx.txt", "z.php.txt"], got)
        single_page = run(["--quiet", "--html", str(root / "x.php")])[1]
        check((o / "x.php.txt").read_bytes() == single_page and b"<p>" not in single_page, "content decides")


def test_jobs_clamped():
    """-j far beyond the cores is cut to 4 per core, with a note, and the
    output is what -j 1 gives."""
    doc = make_docs(1)[0].encode()
    code, out, err = run(["--text", "-j", "100000"], stdin=doc)
    cores = len(os.sched_getaffinity(0))
    check(code == 0 and f"-j 100000 is more than 4 per core; using {4 * cores}" in err, code, err)
    check(out == run(["--text", "-j", "1"], stdin=doc)[1], "the same output")
    code, _, err = run(["--text", "-j", "2"], stdin=doc)
    check(code == 0 and err == "", "no note below the cap", err)


def tree_bytes(root):
    return {str(p.relative_to(root)): p.read_bytes() for p in Path(root).rglob("*") if p.is_file()}


def test_kill_and_resume():
    """kill -9 in the middle of an --out-dir run leaves only whole files
    (temporary ones are hidden); a rerun with --skip-existing removes them,
    leaves the finished outputs untouched and completes the set, equal to
    one uninterrupted run."""
    docs = make_docs(40)
    with tempfile.TemporaryDirectory() as t:
        t = Path(t)
        inp = t / "in"
        inp.mkdir()
        n = 1500
        for i in range(n):
            (inp / f"{i:05d}.txt").write_text(docs[i % len(docs)] + f"\nDocument {i}.\n")
        ref, out = t / "ref", t / "out"
        check(run(["--text", "--quiet", "-j", "2", "--out-dir", str(ref), str(inp)])[0] == 0, "reference run")
        want = tree_bytes(ref)
        p = subprocess.Popen([PITH, "--text", "--quiet", "-j", "2", "--out-dir", str(out), str(inp)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (not out.exists() or len(os.listdir(out)) < 50):
            time.sleep(0.01)
        p.send_signal(signal.SIGKILL)
        p.wait()
        got = tree_bytes(out)
        visible = {k: v for k, v in got.items() if not Path(k).name.startswith(".")}
        check(0 < len(visible) < n, "killed mid-run", len(visible))
        for k, v in visible.items():
            check(v == want[k], k, "is not whole")
        # Make sure a stale temporary file is there to be cleaned.
        (out / ".00000.txt.tmp-Ab12Cd").write_bytes(b"half a file")
        before = {k: (out / k).stat().st_mtime_ns for k in visible}
        code, _, err = run(["--text", "--quiet", "-j", "2", "--skip-existing", "--out-dir", str(out), str(inp)])
        check(code == 0, code, err)
        check(tree_bytes(out) == want, "the rerun completes the set, and nothing else is left")
        check(all((out / k).stat().st_mtime_ns == m for k, m in before.items()), "finished files untouched")
        code, _, err = run(["--text", "--skip-existing", str(inp / "00000.txt")])
        check(code == 2 and "--out-dir" in err, "--skip-existing alone is a usage error", code, err)


def test_full_disk():
    """Standard output on a full device, and --out-dir on a full file
    system (a 64 KB tmpfs in a private mount namespace, when unshare and
    mount are allowed): a clear error, exit 1, and no file left as if whole."""
    doc = make_docs(1)[0]
    with open("/dev/full", "wb") as full:
        p = subprocess.run([PITH, "--text"], input=doc.encode(), stdout=full, stderr=subprocess.PIPE, timeout=60)
    err = p.stderr.decode()
    check(p.returncode == 1 and "cannot write to standard output" in err, p.returncode, err)
    with tempfile.TemporaryDirectory() as t:
        t = Path(t)
        inp, mnt = t / "in", t / "mnt"
        inp.mkdir()
        mnt.mkdir()
        big = "\n\n".join(make_docs(40) * 3)
        for i in range(6):
            (inp / f"{i}.txt").write_text(big + f"\n\nDocument {i}.\n")
        script = (f'mount -t tmpfs -o size=64k none "{mnt}" || exit 77; '
                  f'"{PITH}" --text --quiet --out-dir "{mnt}/o" "{inp}"; code=$?; '
                  f'cd "{mnt}/o" && ls -a && sha256sum -- *.txt; exit $code')
        p = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, timeout=120)
        if p.returncode == 77 or b"unshare" in p.stderr[:200]:
            print("skipped the tmpfs part: mount namespaces are not permitted here")
            return
        err = p.stderr.decode()
        lines = p.stdout.decode().splitlines()  # the names, then "HASH  NAME" lines
        hashed = dict(reversed(l.split(None, 1)) for l in lines if len(l.split(None, 1)) == 2 and len(l) > 64)
        names = [l for l in lines if l not in (".", "..") and len(l.split()) == 1]
        check(p.returncode == 1 and "No space left on device" in err, p.returncode, err)
        check(not any(n.startswith(".") for n in names), "a temporary file was left", names)
        check(len(names) < 6, "the disk was not full", names)
        for n in names:  # whatever fitted is whole: the single run's bytes
            whole = hashlib.sha256(single(inp / n)).hexdigest()
            check(hashed.get(n) == whole, n, "is not whole")


def test_closed_pipe():
    """Output to a reader that goes away (pith ... | head -c 10) ends
    quietly: no error on stderr, and pith stops (SIGPIPE or exit 0)."""
    docs = make_docs(30)
    with tempfile.TemporaryDirectory() as t:
        paths = []
        for i, d in enumerate(docs * 5):
            p = Path(t) / f"{i:03d}.txt"
            p.write_text(d)
            paths.append(str(p))
        p = subprocess.Popen([PITH, "--text", "--quiet", *paths], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        p.stdout.read(10)
        p.stdout.close()
        err = p.stderr.read().decode()
        p.wait(timeout=60)
        check(p.returncode in (0, -signal.SIGPIPE), "exit", p.returncode, err)
        check(err == "", "no error spew", repr(err))


if __name__ == "__main__":
    globals()["test_" + sys.argv[3]]()
    print("ok", sys.argv[3])
