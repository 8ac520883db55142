"""pith.iter_warc on generated WARC files and on a real Common Crawl one."""
import gzip
import io
import json
import subprocess

import pytest

import pith
from conftest import SHARED
from warcgen import crawl, http_response, record, write_warc

CC = SHARED / "datasets" / "warc" / "CC-MAIN-20140820021334-00006-ip-10-180-136-8.ec2.internal.warc"


@pytest.mark.parametrize("per_record_gzip", [True, False])
def test_generated_warc(tmp_path, html_pages, per_record_gzip):
    recs, expected = crawl(html_pages)
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, recs, per_record_gzip)
    got = list(pith.iter_warc(str(path)))
    assert [(r.record_id, r.url) for r in got] == [(rid, url) for rid, url, _ in expected]
    for r, (_, _, html) in zip(got, expected):
        assert r.error is None and r.http_status == 200 and r.date == "2024-05-01T12:00:00Z"
        assert r.type == "response" and r.media_type == "text/html"
        assert r.result.text == pith.extract(html)
        assert r.result.text.strip()


def test_path_like_file_object_and_bytesio(tmp_path, html_pages):
    recs, expected = crawl(html_pages)
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, recs)
    by_path = [(r.record_id, r.result.text) for r in pith.iter_warc(path)]
    with open(path, "rb") as f:
        by_file = [(r.record_id, r.result.text) for r in pith.iter_warc(f)]
    by_bytes = [(r.record_id, r.result.text) for r in pith.iter_warc(io.BytesIO(path.read_bytes()))]
    assert by_path == by_file == by_bytes and len(by_path) == len(expected)


def test_include_all_keeps_other_records(tmp_path, html_pages):
    recs, expected = crawl(html_pages)
    path = tmp_path / "crawl.warc"
    write_warc(path, recs, per_record_gzip=False)
    every = list(pith.iter_warc(path, include_all=True))
    assert len(every) == len(recs)
    assert [r.type for r in every].count("request") == len(expected)
    assert all(r.result is None and r.error is None for r in every if r.type != "response")
    png = [r for r in every if r.media_type == "image/png"]
    assert len(png) == 1 and png[0].result is None


def test_broken_record_is_reported_and_the_rest_read(tmp_path, html_pages):
    pages = dict(sorted(html_pages.items())[:3])
    recs, expected = crawl(pages)
    good = record("response", http_response(b"<html><body><p>" + b"Fine words here. " * 20 + b"</p></body></html>"),
                  url="http://example.test/after")
    # A Content-Length far too long for its block: the reader must find the
    # next record again and report this one.
    bad = record("response", http_response(b"<p>short</p>"), url="http://example.test/bad", length=5000)
    path = tmp_path / "broken.warc"
    write_warc(path, recs[:3] + [bad] + recs[3:] + [good], per_record_gzip=False)
    got = list(pith.iter_warc(path))
    errors = [r for r in got if r.error]
    assert len(errors) == 1 and errors[0].url == "http://example.test/bad" and errors[0].result is None
    ok_urls = [r.url for r in got if not r.error]
    assert ok_urls == [url for _, url, _ in expected] + ["http://example.test/after"]


def test_unreadable_sources_raise():
    with pytest.raises(pith.Error):
        list(pith.iter_warc("/nonexistent/crawl.warc.gz"))
    with pytest.raises(pith.Error, match="path or a binary file"):
        list(pith.iter_warc(42))


def test_corrupt_gzip_stream_keeps_the_records_before(tmp_path, html_pages):
    recs, expected = crawl(html_pages)
    data = b"".join(gzip.compress(r) for r in recs)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data + gzip.compress(recs[1])[:30] + b"\xff" * 40)
    got = []
    with pytest.raises(pith.Error):
        for r in pith.iter_warc(path):
            got.append(r)
    assert [r.record_id for r in got] == [rid for rid, _, _ in expected]


@pytest.fixture(scope="module")
def cc_warc():
    if not CC.exists():
        pytest.skip(f"{CC} absent")
    return CC


def test_common_crawl_file(cc_warc):
    got = list(pith.iter_warc(cc_warc))
    assert got, "no HTML response read"
    assert all(r.record_id.startswith("<urn:uuid:") and r.url.startswith("http") and r.date for r in got)
    assert all(r.error is None for r in got), [r.error for r in got if r.error]
    assert sum(bool(r.result.text.strip()) for r in got) >= len(got) // 2


def test_common_crawl_file_same_as_cli(cc_warc, cli):
    out = subprocess.run([cli, "--quiet", "--warc", str(cc_warc)], capture_output=True)
    if out.returncode == 2 and b"warc" in out.stderr.lower():
        pytest.skip("this pith CLI has no --warc")
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    got = list(pith.iter_warc(cc_warc))
    assert [(j["warc_record_id"], j["url"], j["text"]) for j in lines] == \
           [(r.record_id, r.url, r.result.text if r.result else None) for r in got]
