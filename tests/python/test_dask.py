"""pith.dask.extract_warcs on the threaded scheduler, processes, and a LocalCluster."""
import json

import pytest

import pith
from warcgen import crawl, http_response, record, write_warc

dask = pytest.importorskip("dask")
from pith.dask import extract_warcs, part_name  # noqa: E402


@pytest.fixture()
def warcs(tmp_path, html_pages):
    """Three WARC files (one with a broken record) and one missing path."""
    names = sorted(html_pages)
    paths = []
    for i in range(3):
        pages = {n: html_pages[n] for n in names[i:i + 3]}
        recs, _ = crawl(pages, start=10 * i)
        if i == 1:
            bad = record("response", http_response(b"<p>x</p>"), url="http://example.test/bad", length=9000)
            recs.insert(2, bad)
        path = tmp_path / f"crawl-{i}.warc.gz"
        write_warc(path, recs, per_record_gzip=(i != 2))
        paths.append(str(path))
    return paths


def _expected(path):
    return [{"warc_record_id": r.record_id, "url": r.url, "text": r.result.text if r.result else None,
             "error": r.error} for r in pith.iter_warc(path)]


def _check(summary, paths, out):
    assert summary["files"] == len(paths)
    assert [p["path"] for p in summary["parts"]] == paths
    total = errors = 0
    for path, part in zip(paths, summary["parts"]):
        assert part["error"] is None and part["part"] == str(out / part_name(path))
        lines = [json.loads(x) for x in open(part["part"], encoding="utf-8")]
        assert [{k: j[k] for k in ("warc_record_id", "url", "text", "error")} for j in lines] == _expected(path)
        assert set(lines[0]) >= {"warc_record_id", "url", "warc_date", "http_status", "warc_type", "media_type", "text", "title", "error"}
        assert part["records"] == len(lines)
        total += len(lines)
        errors += sum(j["error"] is not None for j in lines)
    assert summary["records"] == total and summary["errors"] == errors == 1
    assert not list(out.glob("*.tmp"))


@pytest.mark.parametrize("scheduler", ["threads", "processes", "sync"])
def test_local_schedulers(warcs, tmp_path, scheduler):
    out = tmp_path / f"out-{scheduler}"
    summary = extract_warcs(warcs, output=str(out), scheduler=scheduler, num_workers=2)
    _check(summary, warcs, out)


def test_missing_file_is_reported_not_raised(warcs, tmp_path):
    out = tmp_path / "out"
    summary = extract_warcs(warcs + [str(tmp_path / "gone.warc.gz")], output=str(out))
    assert summary["failed_files"] == 1
    gone = summary["parts"][-1]
    assert gone["error"] and gone["part"] is None and not (out / "gone.jsonl").exists()
    _check({**summary, "files": 3, "parts": summary["parts"][:3]}, warcs, out)


def test_same_names_get_distinct_parts(tmp_path, html_pages):
    recs, _ = crawl(html_pages)
    paths = []
    for d in ("a", "b"):
        (tmp_path / d).mkdir()
        write_warc(tmp_path / d / "crawl.warc.gz", recs)
        paths.append(str(tmp_path / d / "crawl.warc.gz"))
    summary = extract_warcs(paths, output=str(tmp_path / "out"))
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["crawl-1.jsonl", "crawl.jsonl"]
    assert summary["records"] == 2 * len(html_pages)


def test_local_cluster_two_worker_processes(warcs, tmp_path):
    distributed = pytest.importorskip("distributed")
    out = tmp_path / "out-cluster"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        summary = extract_warcs(warcs, client=client, output=str(out))
        workers = client.run(lambda: __import__("os").getpid())
    assert len(set(workers.values())) == 2
    _check(summary, warcs, out)
