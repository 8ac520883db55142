#!/usr/bin/env python3
"""pith --warc end to end: the real Common Crawl file (skipped with 77 when
../shared is absent, as quality_gate.py does), its per-record and whole-file
gzip versions, detection without the flag, -j, --out-dir, --warc-keep-all,
and a written file with broken records between good ones.

    test_warc.py PITH SHARED_DIR CASE
"""
import gzip
import json
import os
import subprocess
import sys
import tempfile

SKIP = 77
CC_NAME = "CC-MAIN-20140820021334-00006-ip-10-180-136-8.ec2.internal.warc"


def run(pith, *args, stdin=None):
    p = subprocess.run([pith, "--quiet", *args], input=stdin, capture_output=True, timeout=120)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def lines(out):
    return [json.loads(l) for l in out.splitlines()]


def split_records(data):
    """The records of a plain WARC, by their Content-Length (a writer of
    per-record gzip needs the record boundaries)."""
    out, pos = [], 0
    while True:
        start = data.find(b"WARC/1.", pos)
        if start < 0:
            return out
        head_end = data.find(b"\r\n\r\n", start) + 4
        head = data[start:head_end].decode("latin-1")
        length = int([l.split(":", 1)[1] for l in head.split("\r\n") if l.lower().startswith("content-length:")][0])
        end = head_end + length + 4
        out.append(data[start:end])
        pos = end


def record(n, block, typ="response", content_type="application/http; msgtype=response", length_delta=0):
    head = (f"WARC/1.0\r\nWARC-Type: {typ}\r\nWARC-Record-ID: <urn:test:{n}>\r\n"
            f"WARC-Date: 2024-01-01T00:00:0{n % 10}Z\r\nWARC-Target-URI: http://example.org/{n}\r\n"
            f"Content-Type: {content_type}\r\nContent-Length: {len(block) + length_delta}\r\n\r\n")
    return head.encode() + block + b"\r\n\r\n"


def http(body, content_type="text/html; charset=utf-8"):
    return f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n\r\n".encode() + body


PAGE = (b"<!doctype html><html><head><title>Ferry</title></head><body><article><h1>Ferry</h1>"
        b"<p>The harbour board approved the new ferry timetable after a long public meeting on Monday.</p>"
        b"<p>Boats will leave every forty minutes in summer and every hour in winter, the board said.</p>"
        b"</article></body></html>")


def check(cond, what):
    if not cond:
        print("FAIL:", what)
        sys.exit(1)


def case_common_crawl(pith, shared):
    path = os.path.join(shared, "datasets", "warc", CC_NAME)
    if not os.path.exists(path):
        print("skipped: no", path)
        return SKIP
    data = open(path, "rb").read()
    rc, out, err = run(pith, "--warc", path)
    check(rc == 0, f"exit {rc}: {err}")
    recs = lines(out)
    # 4 responses: three HTML, one with an empty body (a redirect's).
    check([r["warc_type"] for r in recs] == ["response"] * 3, out)
    check(all(r["error"] is None and r["http_status"] == 200 and r["url"].startswith("http://") for r in recs), out)
    check(all(r["warc_record_id"].startswith("<urn:uuid:") and r["warc_date"].startswith("2014-08-21T")
              for r in recs), out)
    # Differential: each record's text is what pith makes of its payload
    # given as a page (these payloads are plain, un-chunked UTF-8).
    with tempfile.TemporaryDirectory() as tmp:
        bodies = {}
        for r in split_records(data):
            head, _, block = r.partition(b"\r\n\r\n")
            if b"WARC-Type: response" in head and b"\r\n\r\n" in block:
                uri = [l for l in head.decode().split("\r\n") if l.startswith("WARC-Target-URI:")][0]
                bodies[uri.split(":", 1)[1].strip()] = block.partition(b"\r\n\r\n")[2][:-4]
        for r in recs:
            page = os.path.join(tmp, "page.html")
            open(page, "wb").write(bodies[r["url"]])
            rc_page, out_page, _ = run(pith, "--html", "--format", "json", page)
            alone = json.loads(out_page)
            check(rc_page == 0 and alone["text"] == r["text"] and alone["title"] == r["title"], r["url"])
    check("13 WARC records, 3 HTML, 10 skipped" in err, err)
    with tempfile.TemporaryDirectory() as tmp:
        per_record = os.path.join(tmp, "per-record.warc.gz")
        with open(per_record, "wb") as f:
            for r in split_records(data):
                f.write(gzip.compress(r))
        whole = os.path.join(tmp, "whole.warc.gz")
        with open(whole, "wb") as f:
            f.write(gzip.compress(data))
        check(len(split_records(data)) == 13, "the test's own record split")
        for other in (per_record, whole):
            rc2, out2, _ = run(pith, "--warc", other)
            check(rc2 == 0 and out2 == out, f"{other} reads differently")
        # Without the flag: detected, with a note.
        rc3, out3, err3 = run(pith, per_record)
        check(rc3 == 0 and out3 == out and "read as with --warc" in err3, err3)
        rc4, out4, _ = run(pith, "--warc", "-j", "2", path, whole)
        check(rc4 == 0 and out4 == out + out, "-j 2 over two files")
        rc5, out5, _ = run(pith, "--warc", "--warc-keep-all", path)
        keep = lines(out5)
        check(rc5 == 0 and len(keep) == 13, f"keep-all gave {len(keep)} lines")
        check(sum(1 for r in keep if r["text"]) == sum(1 for r in recs if r["text"]), "keep-all changed texts")
        check(all(r["error"] is None for r in keep), "keep-all records are error-free")
        outdir = os.path.join(tmp, "out")
        rc6, out6, _ = run(pith, "--warc", "--out-dir", outdir, whole)
        check(rc6 == 0 and out6 == "", "out-dir wrote to stdout")
        check(open(os.path.join(outdir, "whole.jsonl")).read() == out, "out-dir file differs")
        # Mixed with a page: a usage error, not a WARC read as one page.
        page = os.path.join(tmp, "p.html")
        open(page, "wb").write(PAGE)
        rc7, _, err7 = run(pith, page, path)
        check(rc7 == 2 and "--warc" in err7, err7)
    return 0


def case_broken_records(pith, shared):
    png = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n"
    data = (record(1, http(PAGE)) + record(2, http(PAGE), length_delta=57) + record(3, http(PAGE)) +
            record(4, png) + record(5, http(PAGE), length_delta=-9) + record(6, http(PAGE)) +
            record(7, b"GET / HTTP/1.1\r\n\r\n", typ="request", content_type="application/http; msgtype=request"))
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "broken.warc")
        open(path, "wb").write(data)
        rc, out, err = run(pith, "--warc", path)
        recs = lines(out)
        check(rc == 1, f"exit {rc}: bad records are failures")
        ids = [r["warc_record_id"] for r in recs]
        check(ids == [f"<urn:test:{n}>" for n in (1, 2, 3, 5, 6)], ids)
        for r in recs:
            bad = r["warc_record_id"] in ("<urn:test:2>", "<urn:test:5>")
            check((r["error"] is not None) == bad, r)
            check(bad or "ferry timetable" in r["text"], r)
            check(not bad or r["error"].startswith("bad_content_length"), r)
        check("<urn:test:2>" in err and "2 unreadable" in err and "2 skipped (1 request, 1 response)" in err, err)
        # Standard input, gzipped per record.
        pieces = [b"WARC/1.0\r\n" + p for p in data.split(b"WARC/1.0\r\n")[1:]]
        rc2, out2, _ = run(pith, "--warc", "-", stdin=b"".join(gzip.compress(p) for p in pieces))
        check(rc2 == 1 and out2 == out, "stdin differs")
    return 0


def main():
    pith, shared, case = sys.argv[1], sys.argv[2], sys.argv[3]
    sys.exit(globals()["case_" + case](pith, shared))


if __name__ == "__main__":
    main()
