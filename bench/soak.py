#!/usr/bin/env python3
"""Soak benchmark (issue 9, item 8): a long JSON Lines stream through
`pith --jsonl -j N`, watching memory and order.

    bench/soak.py [--pith build/pith] [--records 200000] [--jobs 2] [--shared ../shared]

Records are drawn (seeded) from the HTML pages of raw-pages and wcxb-dev and
the text scrapes of wcxb-dev-text, with a broken line (not JSON, a record
without content, a blank line) every BROKEN_EVERY records. They are written
to pith's standard input by a thread while pith runs, so the stream never
sits on disk. Every SAMPLE_SECONDS the process's VmRSS is read from
/proc/PID/status. Afterwards the output is checked: exactly one line per
input line, in order (the "line" field counts 1, 2, ...), and each id the
input's. Reported: records/s, MB/s of input, peak RSS, the RSS curve at 10,
25, 50, 75, 90 % of the run, and whether memory stayed flat: the peak of the
second half no higher than the peak of the first half plus FLAT_SLACK_MB
(growth over time would show up there), and the peak under the bound
jobs x in-flight-per-job x the largest record + BASE_MB.

A benchmark, not a test: run it by hand and copy the figures into
bench/results.md. Exit status 1 if the output was incomplete or out of order
or memory grew.
"""

import argparse
import gzip
import json
import os
import random
import subprocess
import sys
import threading
import time

SAMPLE_SECONDS = 0.5
BROKEN_EVERY = 97       # one broken or blank line per this many records
FLAT_SLACK_MB = 16      # allocator noise between the halves of the run
BASE_MB = 128           # binary, libraries, models, the writer's buffers
IN_FLIGHT_PER_JOB = 4   # cli/ordered_runner.h: at most 4 N tasks in flight
PER_RECORD_FACTOR = 15  # peak bytes per input byte of one page (tests/adversarial's bound)


def load_pool(shared):
    pool = []
    for d in (os.path.join(shared, "datasets/raw-pages/html"), os.path.join(shared, "datasets/wcxb-dev/html")):
        for name in sorted(os.listdir(d)):
            raw = open(os.path.join(d, name), "rb").read()
            if name.endswith(".gz"):
                raw = gzip.decompress(raw)
            pool.append(("html", raw.decode("utf-8", "replace")))
    d = os.path.join(shared, "datasets/wcxb-dev-text")
    for name in sorted(os.listdir(d)):
        pool.append(("text", open(os.path.join(d, name), "rb").read().decode("utf-8", "replace")))
    return pool


def make_lines(pool, count, seed=9):
    """Yields (id or None, line bytes); None marks a line that has no id."""
    rng = random.Random(seed)
    broken = [b"{not json", b"", b'{"id": "x", "nothing": 1}', b"[1, 2, 3]"]
    for i in range(count):
        if i % BROKEN_EVERY == BROKEN_EVERY - 1:
            line = broken[(i // BROKEN_EVERY) % len(broken)]
            yield (None if line != broken[2] else "x"), line
            continue
        kind, content = pool[rng.randrange(len(pool))]
        rid = f"r{i}"
        yield rid, json.dumps({"id": rid, kind: content}).encode()


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--pith", default=os.path.join(here, "..", "build", "pith"))
    ap.add_argument("--records", type=int, default=200000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
    a = ap.parse_args(argv)

    pool = load_pool(a.shared)
    largest = max(len(json.dumps({"id": "r0", k: c}).encode()) for k, c in pool)
    ids = []  # the id each input line must come back with (None: no id)
    written = [0]

    out_path = f"/tmp/pith-soak-{os.getpid()}.jsonl"
    out = open(out_path, "wb")
    t0 = time.monotonic()
    proc = subprocess.Popen([a.pith, "--jsonl", "-j", str(a.jobs), "--quiet"], stdin=subprocess.PIPE,
                            stdout=out, stderr=subprocess.DEVNULL)

    def feed():
        try:
            for rid, line in make_lines(pool, a.records):
                ids.append(rid)
                proc.stdin.write(line + b"\n")
                written[0] += len(line) + 1
        finally:
            proc.stdin.close()

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    samples = []  # (seconds, RSS bytes)
    while proc.poll() is None:
        try:
            with open(f"/proc/{proc.pid}/status") as f:
                for ln in f:
                    if ln.startswith("VmRSS:"):
                        samples.append((time.monotonic() - t0, int(ln.split()[1]) * 1024))
        except OSError:
            pass
        time.sleep(SAMPLE_SECONDS)
    writer.join()
    elapsed = time.monotonic() - t0
    out.close()

    # One output line per input line, in order, ids equal.
    problems = []
    n_out = 0
    with open(out_path, "rb") as f:
        for n_out, ln in enumerate(f, 1):
            if n_out > len(ids):
                continue
            rec = json.loads(ln)
            if rec.get("line") != n_out:
                problems.append(f"output line {n_out} has line {rec.get('line')}")
            elif rec.get("id") != ids[n_out - 1]:
                problems.append(f"output line {n_out} has id {rec.get('id')!r}, input {ids[n_out - 1]!r}")
            if len(problems) > 10:
                break
    os.remove(out_path)
    if n_out != len(ids):
        problems.append(f"{n_out} output lines for {len(ids)} input lines")
    if proc.returncode not in (0, 1):
        problems.append(f"exit status {proc.returncode}")

    MB = 1 << 20
    rss = [r for _, r in samples] or [0]
    peak = max(rss)
    half = len(rss) // 2
    first, second = max(rss[:half] or [0]), max(rss[half:] or [0])
    bound = a.jobs * IN_FLIGHT_PER_JOB * PER_RECORD_FACTOR * largest + BASE_MB * MB
    flat = second <= first + FLAT_SLACK_MB * MB
    print(f"records {len(ids)} ({written[0] / MB:.0f} MB of JSON Lines), jobs {a.jobs}, exit {proc.returncode}")
    print(f"time {elapsed:.1f} s: {len(ids) / elapsed:.0f} records/s, {written[0] / MB / elapsed:.1f} MB/s")
    print(f"largest record {largest / MB:.2f} MB; peak RSS {peak / MB:.0f} MB "
          f"(bound {bound / MB:.0f} MB = {a.jobs} jobs x {IN_FLIGHT_PER_JOB} in flight x {PER_RECORD_FACTOR} "
          f"x largest + {BASE_MB} MB)")
    curve = ", ".join(f"{p}% {rss[min(len(rss) - 1, len(rss) * p // 100)] / MB:.0f}" for p in (10, 25, 50, 75, 90))
    print(f"RSS MB over the run ({len(rss)} samples): {curve}")
    print(f"peak first half {first / MB:.0f} MB, second half {second / MB:.0f} MB: {'flat' if flat else 'GROWS'}")
    print(f"output: {n_out} lines, " + ("complete and in order" if not problems else "; ".join(problems[:10])))
    ok = not problems and flat and peak <= bound
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
