"""pith.Metadata: what the page says about itself, in clean(), iter_warc and pith.dask,
checked against the CLI's `--format json` "metadata" object for the same page."""
import json
import subprocess

import pytest

import pith
from warcgen import http_response, record, write_warc

# A handmade article: JSON-LD NewsArticle with author and dates, OpenGraph
# site name and image, a canonical link, keywords, a declared language.
PAGE = b"""<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Harbour bridge reopens after repairs | The Coastal Gazette</title>
<meta property="og:site_name" content="The Coastal Gazette">
<meta property="og:image" content="https://gazette.example/img/bridge.jpg">
<meta name="description" content="The old harbour bridge carries traffic again.">
<meta name="keywords" content="bridges, harbour, roads">
<link rel="canonical" href="https://gazette.example/news/bridge-reopens">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Harbour bridge reopens after repairs",
 "author": [{"@type": "Person", "name": "Mira Okafor"}, {"@type": "Person", "name": "Tom Lindqvist"}],
 "datePublished": "2025-03-14T09:30:00+00:00", "dateModified": "2025-03-15"}
</script></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Harbour bridge reopens after repairs</h1>
<p>The old harbour bridge opened to traffic again on Friday morning after eight months of repairs
to its steel deck, which engineers had found badly corroded during a routine inspection last year.</p>
<p>Drivers crossing it for the first time said the detour through the town centre had added twenty
minutes to every journey, and shop owners near the quay hope their customers will now come back.</p>
<p>The council said the work cost less than planned because the original stone piers needed no
repair at all, and that the footpath on the seaward side will reopen next month.</p>
</article><footer>Copyright The Coastal Gazette</footer></body></html>
"""

EXPECTED = {
    "authors": ["Mira Okafor", "Tom Lindqvist"],
    "date_published": "2025-03-14T09:30:00+00:00",
    "date_modified": "2025-03-15",
    "site_name": "The Coastal Gazette",
    "canonical_url": "https://gazette.example/news/bridge-reopens",
    "image": "https://gazette.example/img/bridge.jpg",
    "language": "en-GB",
    "language_detected": False,
}


def _cli_metadata(cli, tmp_path, page):
    path = tmp_path / "page.html"
    path.write_bytes(page)
    out = subprocess.run([cli, "--format", "json", str(path)], check=True, capture_output=True)
    return json.loads(out.stdout)["metadata"]


def test_clean_metadata_fields():
    m = pith.clean(PAGE).metadata
    assert isinstance(m, pith.Metadata)
    got = m.to_dict()
    for key, want in EXPECTED.items():
        assert got[key] == want, key
    assert m.tags == ["bridges", "harbour", "roads"]
    assert m.description == "The old harbour bridge carries traffic again."


def test_clean_metadata_matches_cli(cli, tmp_path):
    cli_meta = _cli_metadata(cli, tmp_path, PAGE)
    got = pith.clean(PAGE).metadata.to_dict()
    assert list(got) == list(cli_meta)  # same names, same order
    assert got == cli_meta


def test_metadata_of_pages_without_any(cli, tmp_path):
    page = b"<html><body><p>" + b"Just one plain paragraph of words here. " * 8 + b"</p></body></html>"
    m = pith.clean(page).metadata
    assert m.authors == [] and m.date_published is None and m.site_name is None
    assert m.to_dict() == _cli_metadata(cli, tmp_path, page)


def test_metadata_is_frozen():
    m = pith.clean(PAGE).metadata
    with pytest.raises(AttributeError):
        m.title = "x"


def test_iter_warc_and_dask_lines_carry_metadata(tmp_path):
    path = tmp_path / "one.warc.gz"
    write_warc(path, [record("response", http_response(PAGE), url="https://gazette.example/news/bridge-reopens")])
    [rec] = list(pith.iter_warc(str(path)))
    assert rec.result.metadata == pith.clean(PAGE).metadata
    pytest.importorskip("dask")
    from pith.dask import extract_warcs, part_name
    out = tmp_path / "out"
    summary = extract_warcs([str(path)], output=str(out), scheduler="sync")
    assert summary["records"] == 1
    [line] = [json.loads(s) for s in (out / part_name(str(path))).read_text().splitlines()]
    assert line["metadata"] == pith.clean(PAGE).metadata.to_dict()
    assert line["metadata"]["authors"] == EXPECTED["authors"]
    assert line["metadata"]["site_name"] == EXPECTED["site_name"]


def test_dask_line_keys_match_cli_warc(cli, tmp_path):
    pytest.importorskip("dask")
    from pith.dask import extract_warcs, part_name
    path = tmp_path / "one.warc.gz"
    write_warc(path, [record("response", http_response(PAGE), url="https://gazette.example/a")])
    extract_warcs([str(path)], output=str(tmp_path / "out"), scheduler="sync")
    ours = json.loads((tmp_path / "out" / part_name(str(path))).read_text().splitlines()[0])
    out = subprocess.run([cli, "--warc", str(path)], check=True, capture_output=True)
    theirs = json.loads(out.stdout.splitlines()[0])
    assert list(ours) == list(theirs)
    assert ours["metadata"] == theirs["metadata"]
