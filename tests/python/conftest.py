"""Shared fixtures: the corpus pages, the CLI, a WARC writer."""
import gzip
import os
import pathlib
import shutil

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
SHARED = pathlib.Path(os.environ.get("PITH_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def html_pages():
    """{name: bytes} of every HTML page in corpus/ (several charsets)."""
    pages = {p.parent.name: p.read_bytes() for p in sorted(CORPUS.glob("*/input.html"))}
    assert len(pages) >= 3, "corpus/ lost its HTML cases"
    return pages


@pytest.fixture(scope="session")
def text_scrape():
    return (CORPUS / "seed-dailymail" / "input.txt").read_bytes()


@pytest.fixture(scope="session")
def cli():
    """The pith command line tool the build made (PITH_CLI from ctest)."""
    exe = os.environ.get("PITH_CLI") or shutil.which("pith")
    if not exe:
        pytest.skip("no pith CLI (set PITH_CLI)")
    return exe


@pytest.fixture(scope="session")
def raw_pages():
    """Up to 40 crawled pages from ../shared/datasets/raw-pages, or skip."""
    d = SHARED / "datasets" / "raw-pages" / "html"
    files = sorted(d.glob("*.html.gz"))[:40]
    if not files:
        pytest.skip(f"{d} absent")
    return {f.name: gzip.decompress(f.read_bytes()) for f in files}
