#!/usr/bin/env python3
"""End-to-end tests of the pith command line tool, run by ctest.

Usage: test_cli.py PITH_BINARY SEED_INPUT TEST_NAME

Every expectation is derived from pith itself run on one input at a time
(or from the input), never written out here: the batch features must give
the same bytes as the single-input path, in order, with failures isolated.
"""
import gzip
import json
import os
import pty
import select
import subprocess
import sys
import tempfile
from pathlib import Path

PITH = sys.argv[1]
SEED = Path(sys.argv[2])


def run(args, stdin=None, cwd=None):
    p = subprocess.run([PITH, *args], input=stdin, capture_output=True, cwd=cwd, timeout=120)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def single(path, *flags):
    code, out, err = run(["--text", "--quiet", *flags, str(path)])
    assert code == 0, (path, code, err)
    return out


def check(cond, *what):
    if not cond:
        raise AssertionError(" ".join(str(w) for w in what))


def paragraphs():
    """The seed article's paragraphs: real text to build many inputs from."""
    text = SEED.read_text(encoding="utf-8")
    paras = [p.strip() for p in text.split("\n\n") if len(p.strip()) > 80]
    check(len(paras) >= 20, "seed too small")
    return paras


def make_docs(n):
    """n documents of different lengths (so workers finish out of order)."""
    paras = paragraphs()
    docs = []
    for i in range(n):
        k = 4 + (i * 7) % 22
        chosen = [paras[(i + j * 3) % len(paras)] for j in range(k)]
        docs.append("\n\n".join(chosen) + "\n")
    return docs


def write_tree(root):
    """A folder with sub-folders, plain and gzip files, and files to skip."""
    docs = make_docs(6)
    files = {
        "a.txt": docs[0],
        "sub/b.txt": docs[1],
        "sub/deeper/c.txt": docs[2],
        "sub/deeper/0001.html.gz": docs[3],   # forced --text: a text in an .html.gz name
        "zz/d.htm": docs[4],
    }
    for rel, body in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if rel.endswith(".gz"):
            p.write_bytes(gzip.compress(body.encode()))
        else:
            p.write_text(body, encoding="utf-8")
    (root / "notes.md").write_text("not a page\n")
    (root / ".hidden").mkdir()
    (root / ".hidden" / "e.txt").write_text(docs[5])
    return files


def test_out_dir_tree():
    with tempfile.TemporaryDirectory() as t:
        t = Path(t)
        src = t / "in"
        files = write_tree(src)
        code, out, err = run(["--text", "--quiet", "--out-dir", str(t / "out"), str(src)])
        check(code == 0, "exit", code, err)
        check(out == b"", "stdout should be empty with --out-dir")
        written = sorted(str(p.relative_to(t / "out")) for p in (t / "out").rglob("*") if p.is_file())
        want = sorted(
            {"a.txt": "a.txt", "sub/b.txt": "sub/b.txt", "sub/deeper/c.txt": "sub/deeper/c.txt",
             "sub/deeper/0001.html.gz": "sub/deeper/0001.txt", "zz/d.htm": "zz/d.txt"}.values())
        check(written == want, "written", written, "want", want)
        for rel in files:
            name = {"sub/deeper/0001.html.gz": "sub/deeper/0001.txt", "zz/d.htm": "zz/d.txt"}.get(rel, rel)
            got = (t / "out" / name).read_bytes()
            check(got == single(src / rel), "content differs for", rel)
            check(len(got) > 100, "empty output for", rel)
        # A second run over the same tree replaces files whole, -j 2 the same.
        code, _, err = run(["--text", "--quiet", "-j", "2", "--out-dir", str(t / "out"), str(src)])
        check(code == 0, err)
        again = sorted(str(p.relative_to(t / "out")) for p in (t / "out").rglob("*") if p.is_file())
        check(again == want, "second run left other files (temporaries?)", again)
        # --format json writes .json files that parse and carry the blocks.
        code, _, err = run(["--text", "--quiet", "--format", "json", "--out-dir", str(t / "js"), str(src)])
        check(code == 0, err)
        doc = json.loads((t / "js" / "sub" / "b.json").read_text())
        check(doc["text"].encode() == single(src / "sub/b.txt"), "json text differs")
        check(set(doc) >= {"title", "text", "mode", "blocks"}, doc.keys())
        check(all(set(b) >= {"text", "kind", "kept", "reason", "detail", "heading_level", "list_depth"}
                  for b in doc["blocks"]))
        check(doc["mode"] == "text")
        meta_keys = ["title", "authors", "date_published", "date_modified", "site_name", "description",
                     "canonical_url", "language", "language_detected", "image", "tags"]
        check(list(doc["metadata"]) == meta_keys, doc.get("metadata"))
        # An --out-dir inside the input tree is not read back as input.
        for _ in range(2):
            code, _, err = run(["--text", "--quiet", "--out-dir", str(src / "cleaned"), str(src)])
            check(code == 0, err)
        inner = sorted(str(p.relative_to(src / "cleaned")) for p in (src / "cleaned").rglob("*") if p.is_file())
        check(inner == want, "outputs were cleaned again", inner)


def test_out_dir_collision():
    with tempfile.TemporaryDirectory() as t:
        t = Path(t)
        docs = make_docs(2)
        (t / "in").mkdir()
        (t / "in" / "x.txt").write_text(docs[0])
        (t / "in" / "x.txt.gz").write_bytes(gzip.compress(docs[1].encode()))
        code, _, err = run(["--text", "--quiet", "--out-dir", str(t / "out"), str(t / "in")])
        check(code == 1, "a collision must fail", code)
        check("x.txt.gz" in err and "overwrite" in err, err)
        check((t / "out" / "x.txt").read_bytes() == single(t / "in" / "x.txt"), "first input must win")
        # Two streams, one output name: the same rule, and no file but the first's.
        (t / "js").mkdir()
        data = [json.dumps({"id": i, "text": d}) + "\n" for i, d in enumerate(docs)]
        (t / "js" / "s.jsonl").write_text(data[0])
        (t / "js" / "s.ndjson").write_text(data[1])
        (t / "js" / "s.jsonl.gz").write_bytes(gzip.compress(data[1].encode()))
        code, alone, _ = run(["--jsonl", "--quiet", str(t / "js" / "s.jsonl")])
        for jobs in ("1", "2"):
            code, _, err = run(["--jsonl", "--quiet", "-j", jobs, "--out-dir", str(t / "jo"), str(t / "js")])
            check(code == 1, "a stream collision must fail", code, err)
            check("s.jsonl.gz" in err and "s.ndjson" in err and "overwrite" in err, err)
            check(os.listdir(t / "jo") == ["s.jsonl"], "only the first stream's file", os.listdir(t / "jo"))
            check((t / "jo" / "s.jsonl").read_bytes() == alone, "first stream must win")


def snapshot(root):
    """Every folder, file and symbolic link under root: path -> bytes, the
    link's target, or "dir". Equal snapshots: nothing changed, nothing new."""
    snap = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            p = Path(dirpath) / name
            rel = str(p.relative_to(root))
            if p.is_symlink():
                snap[rel] = "-> " + os.readlink(p)
            elif p.is_dir():
                snap[rel] = "dir"
            else:
                snap[rel] = p.read_bytes()
    return snap


def check_refused(code, err, *names):
    """Exit 2 with a message that names --out-dir, the input and the risk."""
    check(code == 2, "must be refused as a usage error, exit", code, err)
    check(err.startswith("pith: ") and "--out-dir" in err and "overwrite" in err, "message:", err)
    for n in names:
        check(str(n) in err, "message must name", n, ":", err)


def page_tree(root, rels):
    docs = make_docs(len(rels))
    for rel, doc in zip(rels, docs):
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if rel.endswith(".gz"):
            p.write_bytes(gzip.compress(doc.encode()))
        else:
            p.write_text(doc, encoding="utf-8")


def test_out_dir_same_folder():
    """The reported loss: --out-dir same same overwrote same/sub/s.txt with
    its cleaned text, exit 0, and a second run read its own outputs."""
    with tempfile.TemporaryDirectory() as t:
        t = Path(t)
        page_tree(t / "same", ["a.txt", "sub/s.txt", "sub/deeper/c.html.gz", "zz/d.htm"])
        before = snapshot(t)
        spellings = [("same", "same"), ("same/", "same"), ("./same", "same/"), (str(t / "same"), "same"),
                     ("same/sub/..", "same"), ("same/sub", "same/sub")]
        for out, inp in spellings:
            for extra in ([], ["-j", "2"], ["--format", "json"]):
                code, stdout, err = run(["--text", "--quiet", *extra, "--out-dir", out, inp], cwd=t)
                check_refused(code, err, inp)
                check(stdout == b"", "nothing printed", stdout[:100])
                check(snapshot(t) == before, "inputs changed or files appeared for", out, inp, extra)


def test_out_dir_nested():
    """An --out-dir inside the input folder is allowed: the walk skips it,
    found by its real path, so a second run never reads the outputs, not
    even through a symbolic link to one of them."""
    with tempfile.TemporaryDirectory() as t:
        t = Path(t)
        page_tree(t / "crawl", ["a.txt", "sub/b.txt", "sub/deeper/c.txt"])
        inputs = snapshot(t / "crawl")
        (t / "crawl" / "latest.txt").symlink_to("clean/a.txt")  # dangling until the first run
        (t / "alias").symlink_to("crawl")
        want = ["a.txt", "sub/b.txt", "sub/deeper/c.txt"]
        for out in ("crawl/clean", "alias/clean", "crawl/clean/", "crawl/clean", "alias/clean"):
            code, _, err = run(["--text", "--quiet", "--out-dir", out, "crawl"], cwd=t)
            check(code == 0, "exit", code, err)
            written = sorted(str(p.relative_to(t / "crawl" / "clean"))
                             for p in (t / "crawl" / "clean").rglob("*"))
            check(written == sorted(want + ["sub", "sub/deeper"]), "outputs were read as inputs:", written)
            for rel in want:
                check((t / "crawl" / "clean" / rel).read_bytes() == single(t / "crawl" / rel), rel)
            now = snapshot(t / "crawl")
            check({k: v for k, v in now.items() if k in inputs} == inputs, "an input changed")
        # The out-dir reached through a link inside the input tree: skipped too.
        page_tree(t / "crawl2", want)
        (t / "elsewhere").mkdir()
        (t / "crawl2" / "out").symlink_to(t / "elsewhere")
        (t / "crawl2" / "latest.txt").symlink_to(t / "elsewhere" / "a.txt")
        for _ in range(2):
            code, _, err = run(["--text", "--quiet", "--out-dir", "crawl2/out", "crawl2"], cwd=t)
            check(code == 0, "exit", code, err)
        got = sorted(str(p.relative_to(t / "elsewhere")) for p in (t / "elsewhere").rglob("*.txt"))
        check(got == sorted(want), "outputs were read as inputs through the link:", got)


def test_out_dir_ancestor():
    """An --out-dir that contains the input folder: -o . sub would write
    sub/sub/a.txt's output to ./sub/a.txt, an input."""
    with tempfile.TemporaryDirectory() as t:
        t = Path(t)
        page_tree(t / "proj", ["sub/a.txt", "sub/sub/a.txt", "sub/b.txt"])
        before = snapshot(t)
        for out, inp, cwd in ((".", "sub", t / "proj"), ("proj", "proj/sub", t), (str(t), "proj/sub/sub", t)):
            code, _, err = run(["--text", "--quiet", "--out-dir", out, inp], cwd=cwd)
            check_refused(code, err, inp)
            check(snapshot(t) == before, "inputs changed or files appeared for", out, inp)


def test_out_dir_symlinked_out():
    """An --out-dir that is a symbolic link to the input folder is the input
    folder."""
    with tempfile.TemporaryDirectory() as t:
        t = Path(t)
        page_tree(t / "in", ["a.txt", "sub/s.txt"])
        (t / "out").symlink_to("in")
        (t / "up").symlink_to(".")
        before = snapshot(t)
        for out, inp in (("out", "in"), ("out/", "in"), ("up", "in"), ("in", "out"), ("out", "in/sub")):
            code, _, err = run(["--text", "--quiet", "--out-dir", out, inp], cwd=t)
            check_refused(code, err, inp)
            check(snapshot(t) == before, "inputs changed or files appeared for", out, inp)


def test_out_dir_symlink_inside():
    """A symbolic link inside the out-dir that leads back into the input
    tree: the outputs written through it would replace inputs, or put files
    among them. Each such output fails (exit 1), the others are written."""
    with tempfile.TemporaryDirectory() as t:
        t = Path(t)
        page_tree(t / "in", ["a.txt", "sub/b.txt", "zz/c.txt", "zz/d.txt"])
        (t / "out").mkdir()
        (t / "out" / "sub").symlink_to(t / "in" / "sub")   # out/sub/b.txt is in/sub/b.txt
        (t / "out" / "zz").symlink_to(t / "in")             # out/zz/c.txt would be a new in/c.txt
        before = snapshot(t / "in")
        for jobs in ("1", "2"):
            code, _, err = run(["--text", "--quiet", "-j", jobs, "--out-dir", "out", "in"], cwd=t)
            check(code == 1, "exit", code, err)
            check(snapshot(t / "in") == before, "an input changed or a file appeared among them")
            for rel in ("sub/b.txt", "zz/c.txt", "zz/d.txt"):
                check(f"in/{rel}:" in err and "input" in err, "must name", rel, err)
            check("a.txt:" not in err, err)
            check((t / "out" / "a.txt").read_bytes() == single(t / "in" / "a.txt"), "the others are written")
            check("3 of 4 inputs failed" in err, err)


def test_out_dir_input_inside():
    """An input file named on the command line that lies inside the
    out-dir, also through a symbolic link to it."""
    with tempfile.TemporaryDirectory() as t:
        t = Path(t)
        page_tree(t / "d", ["a.txt", "b.html"])
        (t / "link.txt").symlink_to("d/b.html")
        before = snapshot(t)
        for out, inputs in (("d", ["d/a.txt"]), ("d/", ["d/b.html", "d/a.txt"]), (".", ["d/a.txt"]),
                            ("d", ["link.txt"]), (str(t / "d"), [str(t / "d" / "a.txt")])):
            code, _, err = run(["--text", "--quiet", "--out-dir", out, *inputs], cwd=t)
            check_refused(code, err, inputs[0])
            check(snapshot(t) == before, "inputs changed or files appeared for", out, inputs)


def test_jsonl_out_dir_own_folder():
    """A JSON Lines stream with --out-dir its own folder: its output file
    would replace the stream it is read from."""
    with tempfile.TemporaryDirectory() as t:
        t = Path(t)
        (t / "d").mkdir()
        docs = make_docs(3)
        data = "".join(json.dumps({"id": i, "text": doc}) + "\n" for i, doc in enumerate(docs))
        (t / "d" / "a.jsonl").write_text(data)
        (t / "d" / "b.jsonl.gz").write_bytes(gzip.compress(data.encode()))
        before = snapshot(t)
        for out, inp in (("d", "d/a.jsonl"), ("d", "d"), ("d", "d/b.jsonl.gz"), (".", "d")):
            code, _, err = run(["--jsonl", "--quiet", "--out-dir", out, inp], cwd=t)
            check_refused(code, err, inp)
            check(snapshot(t) == before, "inputs changed or files appeared for", out, inp)


def test_jsonl_broken_line():
    docs = make_docs(5)
    lines = []
    for i, d in enumerate(docs):
        if i == 2:
            lines.append('{"id": "r2", "text": "unterminated')
        else:
            lines.append(json.dumps({"id": f"r{i}", "text": d, "source": f"s{i}"}))
    stdin = ("\n".join(lines) + "\n").encode()
    for jobs in ("1", "2"):
        code, out, err = run(["--jsonl", "--quiet", "-j", jobs], stdin=stdin)
        check(code == 1, "exit", code, err)
        check("<stdin>:3" in err, "the bad line must be named:", err)
        recs = [json.loads(l) for l in out.decode().splitlines()]
        check(len(recs) == 5, "one output line per input line", len(recs))
        for i, r in enumerate(recs):
            check(list(r)[0] == "id" and list(r)[-1] == "error", "key order", list(r))
            if i == 2:
                # The id of a broken line is still read when it can be.
                check(r["error"] and r["text"] is None and r["id"] == "r2" and r["line"] == 3, r)
                continue
            check(r["id"] == f"r{i}" and r["error"] is None and r["source"] == f"s{i}", r)
            with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
                f.write(docs[i])
            try:
                check(r["text"].encode() == single(f.name), "record", i, "differs from the file path")
            finally:
                os.unlink(f.name)


def test_jsonl_fields_and_files():
    docs = make_docs(3)
    with tempfile.TemporaryDirectory() as t:
        t = Path(t)
        recs = [{"key": 10 + i, "body": d, "lang": "en"} for i, d in enumerate(docs)]
        recs.insert(1, {"key": 99, "lang": "en"})  # no content field
        data = "".join(json.dumps(r) + "\n" for r in recs)
        (t / "a.jsonl").write_text(data)
        (t / "b.jsonl.gz").write_bytes(gzip.compress(data.encode()))
        args = ["--jsonl", "--quiet", "--id-field", "key", "--text-field", "body"]
        code, out, err = run(args + [str(t / "a.jsonl"), str(t / "b.jsonl.gz")])
        check(code == 1, "the record without content fails", code, err)
        got = [json.loads(l) for l in out.decode().splitlines()]
        check(len(got) == 8, len(got))
        check([g["id"] for g in got] == [10, 99, 11, 12] * 2, [g["id"] for g in got])
        check(all(g["lang"] == "en" and "body" not in g for g in got), got[0].keys())
        check(got[1]["error"] and "body" in got[1]["error"], got[1])
        check(got[0]["text"] == got[4]["text"] and got[0]["error"] is None)
        check(isinstance(got[0]["metadata"]["authors"], list) and "metadata" not in got[1], got[0])
        # --out-dir: one .jsonl per stream, same lines as stdout.
        code, out2, err = run(args + ["--out-dir", str(t / "o"), str(t)])
        check(code == 1 and out2 == b"", code, err)
        check((t / "o" / "a.jsonl").read_bytes() + (t / "o" / "b.jsonl").read_bytes() == out, "files differ")
        # Field flags need --jsonl.
        code, _, _ = run(["--id-field", "x", str(t / "a.jsonl")])
        check(code == 2, "--id-field without --jsonl is a usage error", code)


def test_jsonl_line_endings():
    """CRLF, a last line without newline, blank lines, and a line longer
    than the reader's buffer all give the records the plain form gives;
    each blank line gets its own placeholder record, not a failure."""
    docs = make_docs(3)
    big = "\n\n".join(docs * 200)
    check(len(big) > 300_000, len(big))
    recs = [json.dumps({"id": i, "text": d}) for i, d in enumerate([docs[0], big, docs[2]])]
    plain = run(["--jsonl", "--quiet"], stdin=("\n".join(recs) + "\n").encode())
    odd = run(["--jsonl", "--quiet"], stdin=(recs[0] + "\r\n\r\n" + recs[1] + "\n\n" + recs[2]).encode())
    check(plain[0] == 0 and odd[0] == 0, plain[2], odd[2])
    check(plain[1].count(b"\n") == 3 and odd[1].count(b"\n") == 5, "one output line per input line")
    got = [json.loads(l) for l in odd[1].decode().splitlines()]
    want = [json.loads(l) for l in plain[1].decode().splitlines()]
    check([r["error"] for r in got] == [None, "blank line", None, "blank line", None], got)
    check([r["line"] for r in got] == [1, 2, 3, 4, 5], "line numbers")
    for g, w in zip([got[0], got[2], got[4]], want):
        g.pop("line"), w.pop("line")
        check(g == w, "line endings change a record")


def test_jsonl_hostile_records():
    """Records that once crashed or escaped the record format: nesting deep
    enough to overflow the stack when a passed-through field was copied, and
    numbers beyond a double. Each gives its own error record, with the same
    keys as any failed record, and the records around it are unharmed. And
    a record with its own "error" field, which once left pith's "error"
    in the middle of the record."""
    docs = make_docs(2)
    deep = 100_000
    lines = [
        json.dumps({"id": "before", "text": docs[0]}),
        '{"id": 1, "text": "x", "extra": ' + "[" * deep + "]" * deep + "}",
        '{"id": 1e400, "text": "x"}',
        '{"id": "ok-deep", "text": "x", "extra": ' + "[" * 50 + "]" * 50 + "}",
        json.dumps({"id": "after", "text": docs[1]}),
        json.dumps({"id": "own-error", "error": "upstream", "text": docs[0], "blocks": 1, "seen": True}),
    ]
    for jobs in ("1", "2"):
        code, out, err = run(["--jsonl", "--quiet", "-j", jobs], stdin=("\n".join(lines) + "\n").encode())
        check(code == 1, "exit", code, err)
        recs = [json.loads(l) for l in out.decode().splitlines()]
        check(len(recs) == 6, "one output line per input line", len(recs), err)
        # An input "error" field is pith's to write, and always last.
        check(list(recs[5])[-1] == "error" and recs[5]["error"] is None and recs[5]["seen"] is True, recs[5])
        check(recs[5]["blocks"] == 1, "a field pith does not write here is passed through", recs[5])
        check(recs[0]["id"] == "before" and recs[0]["error"] is None, recs[0])
        check(recs[4]["id"] == "after" and recs[4]["error"] is None, recs[4])
        check(recs[3]["error"] is None and recs[3]["extra"] == json.loads("[" * 50 + "]" * 50), recs[3])
        for r in recs[1:3]:
            check(list(r) == ["id", "line", "text", "title", "mode", "error"] and r["error"], r)
        check("nested deeper" in recs[1]["error"], recs[1])
        check("number" in recs[2]["error"] and "json.exception" not in recs[2]["error"], recs[2])
        check("<stdin>:2" in err and "<stdin>:3" in err, err)


def test_missing_file():
    docs = make_docs(2)
    with tempfile.TemporaryDirectory() as t:
        t = Path(t)
        (t / "good1.txt").write_text(docs[0])
        (t / "good2.txt").write_text(docs[1])
        args = [str(t / "good1.txt"), str(t / "missing.txt"), str(t / "good2.txt")]
        code, out, err = run(["--text", "--quiet"] + args)
        check(code == 1, "exit", code)
        check("missing.txt" in err and "good1" not in err, err)
        want = (f"==> {t/'good1.txt'} <==\n".encode() + single(t / "good1.txt") + b"\n" +
                f"==> {t/'good2.txt'} <==\n".encode() + single(t / "good2.txt"))
        check(out == want, "labelled outputs of the good files, in order")
        code, _, err = run(["--text", "--quiet", "--out-dir", str(t / "out")] + args)
        check(code == 1, code)
        check(sorted(os.listdir(t / "out")) == ["good1.txt", "good2.txt"], os.listdir(t / "out"))


def test_stdin():
    doc = make_docs(1)[0]
    with tempfile.TemporaryDirectory() as t:
        p = Path(t) / "x.txt"
        p.write_text(doc)
        want = single(p)
        check(len(want) > 100)
        for args in (["--text"], ["--text", "-"]):
            code, out, err = run(args, stdin=doc.encode())
            check(code == 0 and out == want, args, code, err)
        code, out, err = run(["--text"], stdin=gzip.compress(doc.encode()))
        check(code == 0 and out == want, "gzip on stdin", code, err)
        code, out, err = run(["--text", "--explain"], stdin=doc.encode())
        check(code == 0 and b"\tKEEP\tbody\t" in out, "explain", err)
        code, out, err = run(["--text"], stdin=b"")
        check(code == 0 and out == b"", "an empty input is not a failure", code, err)


def test_usage_errors():
    for args in (["--no-such-flag"], ["--text", "--html"], ["--format", "pdf"], ["-j"],
                 ["--explain", "--format", "json"]):
        code, _, err = run(args, stdin=b"")
        check(code == 2, args, "exit", code, err)
        check(err.strip() != "", args, "says why")
    code, out, _ = run(["--help"])
    check(code == 0 and b"Examples:" in out and b"--out-dir" in out and b"--jsonl" in out, "help")
    code, out, _ = run(["--version"])
    check(code == 0 and out.startswith(b"pith ") and out.count(b".") == 2, out)


def test_jobs_identical():
    docs = make_docs(40)
    with tempfile.TemporaryDirectory() as t:
        t = Path(t)
        for i, d in enumerate(docs):
            (t / "in" / f"g{i % 3}").mkdir(parents=True, exist_ok=True)
            (t / "in" / f"g{i % 3}" / f"{i:03}.txt").write_text(d)
        data = "".join(json.dumps({"id": i, "text": d}) + "\n" for i, d in enumerate(docs))
        for fmt in ("text", "json", "markdown"):
            outs = []
            for jobs in ("1", "2", "3"):
                code, out, err = run(["--text", "--quiet", "--format", fmt, "-j", jobs, str(t / "in")])
                check(code == 0, err)
                outs.append(out)
            check(outs[0] == outs[1] == outs[2], "-j changes the output for", fmt)
            check(outs[0].count(b"g1/") >= 13, "every file present")
        outs = [run(["--jsonl", "--quiet", "-j", j], stdin=data.encode())[1] for j in ("1", "2")]
        check(outs[0] == outs[1] and outs[0].count(b"\n") == 40, "-j changes JSON Lines output")


def test_progress_bar():
    docs = make_docs(5)
    with tempfile.TemporaryDirectory() as t:
        t = Path(t)
        for i, d in enumerate(docs):
            (t / f"{i}.txt").write_text(d)

        def stderr_on_tty(extra):
            master, slave = pty.openpty()
            p = subprocess.Popen([PITH, "--text", *extra, str(t)], stdout=subprocess.DEVNULL,
                                 stderr=slave)
            os.close(slave)
            data = b""
            while True:
                r, _, _ = select.select([master], [], [], 60)
                if not r:
                    break
                try:
                    chunk = os.read(master, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                data += chunk
            p.wait(timeout=60)
            os.close(master)
            return p.returncode, data.decode("utf-8", "replace")

        code, err = stderr_on_tty([])
        check(code == 0 and "5/5" in err and "pages/s" in err and "MB/s" in err, repr(err))
        code, err = stderr_on_tty(["--quiet"])
        check(code == 0 and err == "", "--quiet must silence the bar", repr(err))
        code, _, err = run(["--text", str(t)])
        check(code == 0 and err == "", "no bar when stderr is not a terminal", repr(err))


STRUCTURED = (Path(__file__).resolve().parents[2] / "corpus/html-structure/input.html")


def html_text(path):
    code, out, err = run(["--quiet", str(path)])
    assert code == 0, (path, code, err)
    return out


def test_trafilatura_names():
    # -o is --out-dir, --output-format is --format, -i a list file, --input-dir a folder.
    with tempfile.TemporaryDirectory() as t:
        t = Path(t)
        src = t / "in"
        src.mkdir()
        (src / "a.txt").write_text(SEED.read_text())
        (t / "list.txt").write_text(f"# a comment line\n{src / 'a.txt'}\n\n")
        code, _, err = run(["--text", "--quiet", "-o", str(t / "o1"), "--output-format", "json",
                            "-i", str(t / "list.txt")])
        check(code == 0, err)
        rec = json.loads((t / "o1" / "a.json").read_text())
        check(rec["text"].encode() == single(SEED, "--text"), "-i/-o/--output-format output differs")
        code, _, err = run(["--text", "--quiet", "-o", str(t / "o2"), "--input-dir", str(src)])
        check(code == 0 and (t / "o2" / "a.txt").read_bytes() == single(SEED, "--text"), err)
        code, _, err = run(["-i", str(t / "missing.txt")])
        check(code == 2 and "input list" in err, code, err)


def test_with_metadata():
    code, out, err = run(["--with-metadata", str(STRUCTURED)])
    check(code == 0, err)
    head, _, body = out.decode().partition("---\n\n")
    check(head.startswith("---\ntitle: \"Setting up the tool\"\nlanguage: \"en\"\n"), head)
    check(body.encode() == html_text(STRUCTURED), "the body after the header changed")
    code, out, _ = run(["--with-metadata", "--format", "markdown", str(STRUCTURED)])
    check(out.decode().startswith("---\ntitle: ") and "\n---\n\n# Setting up the tool\n" in out.decode())
    check(not html_text(STRUCTURED).startswith(b"---"), "a header without --with-metadata")


def test_links():
    _, plain, _ = run(["--format", "markdown", str(STRUCTURED)])
    _, linked, _ = run(["--format", "markdown", "--links", str(STRUCTURED)])
    check(b"[questions people ask](https://docs.example.org/faq.html)" in linked, linked[:400])
    check(b"](" not in plain and b"questions people ask" in plain, plain[:400])
    _, html_out, _ = run(["--format", "html", "--links", str(STRUCTURED)])
    check(b'<a href="https://docs.example.org/faq.html">' in html_out, html_out[:600])
    # --url resolves relative links when the page has no <base href>.
    with tempfile.TemporaryDirectory() as t:
        page = Path(t) / "p.html"
        page.write_text(STRUCTURED.read_text().replace('<base href="https://docs.example.org/guide/start.html">', ""))
        _, out, _ = run(["--format", "markdown", "--links", "--url", "https://other.example/x/y.html", str(page)])
        check(b"(https://other.example/faq.html)" in out, out[:400])


def test_no_tables():
    _, with_t, _ = run(["--format", "markdown", str(STRUCTURED)])
    _, without, _ = run(["--format", "markdown", "--no-tables", str(STRUCTURED)])
    check(b"| Version |" in with_t and b"| Version |" not in without and b"March 2024" not in without)
    _, text, _ = run(["--no-tables", str(STRUCTURED)])
    check(b"March 2024" not in text and b"That is all it takes" in text, text)


NEWS_COMMENTS = STRUCTURED.parents[1] / "html-news-comments/input.html"
FORUM = STRUCTURED.parents[1] / "html-forum-thread/input.html"


def test_comments_flags():
    # A page without comments: the flags change nothing.
    for flag in ("--comments", "--no-comments"):
        code, out, err = run([flag, str(STRUCTURED)])
        check(code == 0 and out == html_text(STRUCTURED), flag, err)
    code, _, _ = run(["--comments", "--no-comments", str(STRUCTURED)])
    check(code == 2, "--comments with --no-comments accepted")
    # An article with a comment thread: dropped by default and with
    # --no-comments, kept after the body with --comments.
    post = b"About time. My daughter works nights at the hospital"
    default = html_text(NEWS_COMMENTS)
    _, kept, _ = run(["--comments", str(NEWS_COMMENTS)])
    _, dropped, _ = run(["--no-comments", str(NEWS_COMMENTS)])
    check(post not in default and dropped == default, default)
    check(post in kept and kept.startswith(default.rstrip(b"\n")), kept)
    # JSON carries the comments whatever the flag, and the blocks say why.
    for flags in ([], ["--comments"], ["--no-comments"]):
        _, out, _ = run(["--format", "json", *flags, str(NEWS_COMMENTS)])
        record = json.loads(out)
        check(post.decode() in record["comments"], flags, record["comments"])
    reasons = {b["reason"] for b in json.loads(run(["--format", "json", str(NEWS_COMMENTS)])[1])["blocks"]}
    check("comment" in reasons, reasons)
    # A forum thread: the posts are the text, not comments.
    _, out, _ = run(["--format", "json", str(FORUM)])
    record = json.loads(out)
    check(record["page_type"] == "forum" and record["comments"] == "", record["page_type"])


def test_help_groups():
    code, out, _ = run(["--help"])
    text = out.decode()
    check(code == 0, code)
    for group in ("Inputs:", "Output:", "Content:", "JSON Lines:", "Running:"):
        check(group in text, group, "missing from --help")
    for flag in ("-o,--out-dir", "--format,--output-format", "-i,--input-file", "--input-dir", "--links",
                 "--no-tables", "--with-metadata", "--no-comments", "--report", "--precision", "--recall"):
        check(flag in text, flag, "missing from --help")


def test_format_html_and_report():
    code, out, err = run(["--output-format", "html", str(STRUCTURED)])
    check(code == 0 and out.startswith(b"<!DOCTYPE html>") and b"<ol start=\"3\">" in out, err, out[:300])
    check(b"<h4>Supported versions</h4>" in out and b"<th>Version</th>" in out, out)
    code, out, err = run(["--text", "--format", "report", str(SEED)])
    check(code == 0 and b"data-reason=\"caption\"" in out and b"<script>" in out, err)


def test_rowspan_markdown():
    # A cell under a rowspan moves right; Markdown leaves the spanned cell empty.
    with tempfile.TemporaryDirectory() as t:
        page = Path(t) / "p.html"
        page.write_text(STRUCTURED.read_text().replace(
            "<tr><td>2.4</td><td>March 2024</td><td>March 2027</td></tr>\n<tr><td>2.3</td>",
            '<tr><td rowspan="2">2.x</td><td>March 2024</td><td>March 2027</td></tr>\n<tr>'))
        code, out, err = run(["--format", "markdown", str(page)])
        check(code == 0, err)
        check(b"| 2.x | March 2024 | March 2027 |\n|  | June 2023 | June 2026 |\n" in out, out)
        code, out, err = run(["--format", "html", str(page)])
        check(b'<td rowspan="2">2.x</td>' in out, out)


def test_precision_recall():
    # A higher keep threshold can only keep a subset of the blocks: precision
    # <= balance <= recall, block by block, on a text scrape and on pages.
    pages = [SEED] + sorted((Path(__file__).resolve().parents[2] / "corpus").glob("html-*/input.html"))
    moved = 0
    for page in pages:
        outs = {}
        for flag in ("--precision", None, "--recall"):
            code, out, err = run(([flag] if flag else []) + [str(page)])
            check(code == 0, page, flag, err)
            outs[flag] = out.decode().rstrip("\n").split("\n\n")
        for small, big in (("--precision", None), (None, "--recall")):
            missing = [b for b in outs[small] if b not in outs[big]]
            check(not missing, page, small, "keeps blocks", big, "does not:", missing[:3])
        moved += outs["--precision"] != outs["--recall"]
    check(moved > 0, "--precision and --recall changed nothing on", len(pages), "pages")
    code, _, err = run(["--precision", "--recall", str(SEED)])
    check(code == 2 and "exclude each other" in err, code, err)
    code, out, _ = run(["--help"])
    check(b"--precision" in out and b"--recall" in out, "flags missing from --help")



def test_seed_byte_exact():
    """The README's first command prints the seed's expected.txt exactly,
    byte for byte (its no-break spaces included), from a file and from
    standard input."""
    want = (SEED.parent / "expected.txt").read_bytes()
    check(b"\xc2\xa0" in want, "expected.txt has no no-break space to keep")
    code, out, err = run(["--text", str(SEED)])
    check(code == 0 and out == want, "file: exit", code, err, "first difference at byte",
          next((i for i, (a, b) in enumerate(zip(out, want)) if a != b), min(len(out), len(want))))
    code, out, err = run(["--text"], stdin=SEED.read_bytes())
    check(code == 0 and out == want, "stdin: exit", code, err)

if __name__ == "__main__":
    globals()["test_" + sys.argv[3]]()
    print("ok", sys.argv[3])
