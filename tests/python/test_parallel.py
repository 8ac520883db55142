"""Threads, process pools, and the CLI: all give the same text."""
import concurrent.futures as cf
import json
import subprocess

import pith


def _workload(html_pages, raw_pages=None):
    pages = list(html_pages.values())
    if raw_pages:
        pages += list(raw_pages.values())
    return pages * 3


def test_threads_match_single_thread(html_pages):
    pages = _workload(html_pages)
    serial = [pith.extract(p) for p in pages]
    with cf.ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(pith.extract, pages)) == serial
        assert [r.text for r in pool.map(pith.clean, pages)] == serial


def test_process_pool(html_pages):
    pages = _workload(html_pages)
    serial = [pith.extract(p) for p in pages]
    with cf.ProcessPoolExecutor(max_workers=2) as pool:
        assert list(pool.map(pith.extract, pages)) == serial
        assert list(pool.map(pith.Extractor(mode="html"), pages)) == serial
        assert [r.text for r in pool.map(pith.clean, pages)] == serial


def test_raw_pages_threads(html_pages, raw_pages):
    pages = list(raw_pages.values())
    serial = [pith.extract(p) for p in pages]
    with cf.ThreadPoolExecutor(max_workers=2) as pool:
        assert list(pool.map(pith.extract, pages)) == serial


def _cli_json(cli, path):
    out = subprocess.run([cli, "--quiet", "--format", "json", str(path)], capture_output=True, check=True)
    return json.loads(out.stdout)


def test_same_as_cli_on_corpus(cli, html_pages):
    from conftest import CORPUS
    for name, page in html_pages.items():
        path = CORPUS / name / "input.html"
        cli_text = subprocess.run([cli, "--quiet", str(path)], capture_output=True, check=True).stdout
        assert pith.extract(page).encode() == cli_text, name
        j = _cli_json(cli, path)
        r = pith.clean(page)
        assert (r.title, r.mode) == (j["title"], j["mode"]), name
        assert [(b.text, b.reason) for b in r.blocks] == [(b["text"], b["reason"]) for b in j["blocks"]], name


def test_same_as_cli_on_raw_pages(cli, raw_pages, tmp_path):
    from conftest import SHARED
    src = SHARED / "datasets" / "raw-pages" / "html"
    for name, page in list(raw_pages.items())[:15]:
        cli_text = subprocess.run([cli, "--quiet", "--html", str(src / name)], capture_output=True,
                                  check=True).stdout
        assert pith.extract(page, mode="html").encode() == cli_text, name


def test_gil_released_during_the_call():
    # While one thread is inside pith.extract on a big page, another must
    # run Python code: with the GIL held it would get at most a switch
    # interval of CPU. Counted in CPU seconds, so a loaded machine (which
    # slows both threads alike) does not change the verdict.
    import threading
    import time
    page = b"<html><body>" + b"".join(b"<p>Paragraph %d has a number of ordinary words in it.</p>" % i
                                      for i in range(40000)) + b"</body></html>"
    done = threading.Event()
    worker_cpu = []

    def work():
        t = time.thread_time()
        pith.extract(page)
        worker_cpu.append(time.thread_time() - t)
        done.set()

    th = threading.Thread(target=work)
    start = time.thread_time()
    th.start()
    spins = 0
    while not done.is_set():
        spins += 1
    main_cpu = time.thread_time() - start
    th.join()
    assert worker_cpu[0] > 0.05, "page too small to tell"
    assert main_cpu > 0.25 * worker_cpu[0], (main_cpu, worker_cpu[0], spins)
