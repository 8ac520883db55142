#!/usr/bin/env python3
"""Speed of the Python module: pith.extract calls/s against the CLI over the
same pages, 1 vs 2 Python threads, and pith.dask.extract_warcs with 1 vs 2
Dask workers. A benchmark, not a test: it prints figures, asserts nothing.

    PYTHONPATH=build/python /usr/bin/python3 bench/python_bench.py --cli build/pith [--repeat 3]

Pages: ../shared/datasets/raw-pages/html/*.html.gz, given to pith.extract
as the same gzip bytes the CLI reads (pith inflates them in both cases).
For Dask, the pages are written into WARC files (per-record gzip, as
crawlers write them) in a scratch directory first.
"""
import argparse
import concurrent.futures as cf
import gzip
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "python"))

import pith  # noqa: E402
from warcgen import http_response, record  # noqa: E402


def python_threads(pages, threads):
    if threads == 1:
        return lambda: [pith.extract(p, mode="html") for p in pages]

    def run():
        with cf.ThreadPoolExecutor(max_workers=threads) as pool:
            list(pool.map(lambda p: pith.extract(p, mode="html"), pages))
    return run


def write_warcs(pages, folder, files):
    paths = []
    for i in range(files):
        path = folder / f"raw-{i:02d}.warc.gz"
        with open(path, "wb") as f:
            for j, page in enumerate(pages[i::files]):
                body = http_response(gzip.decompress(page), "text/html")
                f.write(gzip.compress(record("response", body, url=f"http://bench.test/{i}/{j}"), 1))
        paths.append(str(path))
    return paths


def dask_cluster(paths, out, workers):
    import distributed
    from pith.dask import extract_warcs
    with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        client.run(lambda: __import__("pith").extract(b"<p>warm</p>"))
        t = time.perf_counter()
        summary = extract_warcs(paths, client=client, output=out)
        wall = time.perf_counter() - t
        # Task seconds over wall seconds: how many tasks ran at once, on average.
        return wall, summary["records"], sum(p["seconds"] for p in summary["parts"]) / wall


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=str(ROOT / "build" / "pith"))
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--warcs", type=int, default=8, help="WARC files the pages are spread over for Dask")
    ap.add_argument("--only", choices=["python", "dask"], help="run one half")
    args = ap.parse_args()
    src = pathlib.Path(args.shared) / "datasets" / "raw-pages" / "html"
    files = sorted(src.glob("*.html.gz"))
    pages = [f.read_bytes() for f in files]
    n = len(pages)
    print(f"pages: {n} from {src}; load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")

    if args.only != "dask":
        python_vs_cli(pages, files, args)
    if args.only != "python":
        dask_workers(pages, args)


def python_vs_cli(pages, files, args):
    # Rounds that alternate the contenders, so that a change in the others'
    # load on the machine hits all of them alike.
    n = len(pages)

    def cli(jobs):
        return lambda: subprocess.run([args.cli, "--html", "--quiet", "-j", str(jobs), *map(str, files)],
                                      check=True, stdout=subprocess.DEVNULL)
    contenders = {
        "python pith.extract, 1 thread": python_threads(pages, 1),
        "python pith.extract, 2 threads": python_threads(pages, 2),
        "CLI pith --html -j 1 (same files, stdout to /dev/null)": cli(1),
        "CLI pith --html -j 2": cli(2),
    }
    times = {name: [] for name in contenders}
    for _ in range(args.repeat):
        for name, fn in contenders.items():
            t = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - t)
    for name, ts in times.items():
        ts.sort()
        print(f"{name}: best {ts[0]:.2f} s ({n / ts[0]:.0f} pages/s), median {ts[len(ts) // 2]:.2f} s")


def dask_workers(pages, args):
    # Paired rounds: each round runs a 1-worker and a 2-worker cluster back to
    # back (the order alternating), and the figure is the median of the
    # per-round ratios, so that a change in the machine's load between rounds
    # hits both sides of a ratio alike.
    scratch = pathlib.Path(tempfile.mkdtemp(prefix="pith-bench-python-"))
    try:
        paths = write_warcs(pages, scratch, args.warcs)
        runs = {1: [], 2: []}
        ratios = []
        for r in range(args.repeat):
            order = (1, 2) if r % 2 == 0 else (2, 1)
            got = {w: dask_cluster(paths, str(scratch / f"out-{w}-{r}"), w) for w in order}
            for w in order:
                runs[w].append(got[w])
            ratios.append(got[1][0] / got[2][0])
            print(f"round {r + 1}: 1 worker {got[1][0]:.2f} s, 2 workers {got[2][0]:.2f} s, "
                  f"ratio {ratios[-1]:.2f}x, load average {os.getloadavg()[0]:.2f}")
        for workers, rs in runs.items():
            rs.sort()
            t, records, busy = rs[0]
            print(f"dask LocalCluster {workers} worker process(es), {args.warcs} WARC files, {records} records: "
                  f"best {t:.2f} s ({records / t:.0f} records/s, {busy:.2f} tasks at once), "
                  f"median {rs[len(rs) // 2][0]:.2f} s")
        ratios.sort()
        print(f"2 workers vs 1, median of {len(ratios)} paired rounds: {ratios[len(ratios) // 2]:.2f}x "
              f"(range {ratios[0]:.2f}-{ratios[-1]:.2f})")
    finally:
        shutil.rmtree(scratch)


if __name__ == "__main__":
    main()
