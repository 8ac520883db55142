"""WARC files spread over Dask: one JSON Lines part per WARC file.

    >>> from pith.dask import extract_warcs
    >>> extract_warcs(["a.warc.gz", "b.warc.gz"], output="out/")              # threads, this machine
    >>> extract_warcs(paths, output="/shared/out", client=Client("tcp://HOST:8786"))  # a cluster

Each WARC file is one task: the worker that takes it reads it with
:func:`pith.iter_warc` and writes ``OUTPUT/NAME.jsonl`` (NAME is the file's
name without ``.gz`` and ``.warc``), one line per HTML response, in file
order, with the fields of ``pith --warc``: ``warc_record_id``,
``warc_type``, ``url``, ``warc_date``, ``http_status``, ``media_type``,
``warc_truncated``, ``text``, ``title``, ``mode``, ``language``,
``encoding``, ``error``. A record that cannot be read or
cleaned is a line with ``error`` set and ``text`` null; it never stops the
file. A file that cannot be opened, or that ends in the middle of a record,
is reported in the summary (and, for the second, as a last error line).

Workers write their parts themselves, so on a cluster ``output`` and the
WARC paths must name the same shared storage on every machine. Each part is
written beside its place and renamed, so it is whole or absent.

This module needs dask (Debian: python3-dask; python3-distributed for a
cluster); ``import pith`` does not.
"""

from __future__ import annotations

import functools
import json
import os
import time
from typing import Any, Dict, Iterable, List, Optional

import pith

__all__ = ["extract_warcs", "extract_warc_file", "part_name"]


def part_name(path: str) -> str:
    """The part file name for a WARC path: ``CC-...warc.gz`` gives ``CC-....jsonl``."""
    name = os.path.basename(os.fspath(path))
    for suffix in (".gz", ".warc"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return (name or "warc") + ".jsonl"


# The fields and key order of `pith --warc` (cli/warc_input.cpp).
_FIELDS = ("warc_record_id", "warc_type", "url", "warc_date", "http_status", "media_type", "warc_truncated",
           "text", "title", "mode", "language", "encoding", "metadata", "error")


def _line(rec: "pith.WarcRecord") -> Dict[str, Any]:
    r = rec.result
    return {
        "warc_record_id": rec.record_id,
        "warc_type": rec.type,
        "url": rec.url,
        "warc_date": rec.date,
        "http_status": rec.http_status,
        "media_type": rec.media_type,
        "warc_truncated": rec.truncated,
        "text": r.text if r else None,
        "title": r.title if r else None,
        "mode": r.mode if r else None,
        "language": r.language if r else None,
        "encoding": r.encoding if r else None,
        "metadata": r.metadata.to_dict() if r else None,
        "error": rec.error,
    }


def extract_warc_file(path: str, output: str, part: Optional[str] = None, **options: Any) -> Dict[str, Any]:
    """Clean one WARC file into ``output/part``; what happened, as a dict.

    Never raises for a bad input: the returned dict has ``error`` set when
    the file could not be read to its end. The keys: ``path``, ``part``
    (None when nothing was written), ``records``, ``errors`` (records with
    ``error``), ``seconds``, ``error``.
    """
    part = part or part_name(path)
    final = os.path.join(output, part)
    tmp = final + ".tmp"
    started = time.monotonic()
    summary: Dict[str, Any] = {"path": os.fspath(path), "part": None, "records": 0, "errors": 0,
                               "seconds": 0.0, "error": None}
    try:
        records = pith.iter_warc(path, **options)
        with open(tmp, "w", encoding="utf-8") as out:
            try:
                for rec in records:
                    out.write(json.dumps(_line(rec), ensure_ascii=False) + "\n")
                    summary["records"] += 1
                    summary["errors"] += rec.error is not None
            except (pith.Error, OSError) as e:
                if summary["records"] == 0:
                    raise  # nothing read (a missing file): no part
                # The reader gave up in the middle (an unreadable gzip stream,
                # an I/O error): keep what was read, and say where it stopped.
                summary["error"] = str(e)
                line = dict.fromkeys(_FIELDS)
                line["error"] = str(e)
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
                summary["errors"] += 1
        os.replace(tmp, final)
        summary["part"] = final
    except (pith.Error, OSError) as e:
        summary["error"] = str(e)
        try:
            os.remove(tmp)
        except OSError:
            pass
    summary["seconds"] = round(time.monotonic() - started, 6)
    return summary


def _parts(paths: List[str]) -> List[str]:
    """A part name per path; a name taken by an earlier path gets ``-N`` added."""
    seen: Dict[str, int] = {}
    names = []
    for p in paths:
        name = part_name(p)
        n = seen.get(name, 0)
        seen[name] = n + 1
        names.append(name if n == 0 else f"{name[:-6]}-{n}.jsonl")
    return names


def _size(path: str) -> int:
    """The file's size where this machine sees it (0 when it cannot: the
    workers may see paths the client does not)."""
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def extract_warcs(paths: Iterable[str], client: Any = None, output: str = "pith-out",
                  scheduler: str = "threads", num_workers: Optional[int] = None,
                  **options: Any) -> Dict[str, Any]:
    """Clean WARC files in parallel, one JSON Lines part per file.

    ``client`` a ``distributed.Client``: each file becomes one task on the
    cluster (workers must see ``paths`` and ``output`` at the same place).
    Without one, a ``dask.bag`` with ``scheduler`` "threads" (the default:
    pith releases the GIL), "processes" or "sync" on this machine, with
    ``num_workers`` workers (default: one per core). ``options`` go to
    :func:`pith.iter_warc` (``mode``, ``max_input_bytes``, ...).

    Returns ``{"files", "records", "errors", "failed_files", "parts"}``:
    ``parts`` holds :func:`extract_warc_file`'s dict for every file, in the
    order of ``paths``; ``failed_files`` counts those with ``error`` set.
    """
    paths = [os.fspath(p) for p in paths]
    os.makedirs(output, exist_ok=True)
    output = os.path.abspath(output)
    names = _parts(paths)
    if client is not None:
        # Largest file first: a big file started last leaves the other
        # workers idle while it finishes. Results come back in path order.
        task = functools.partial(extract_warc_file, **options)
        order = sorted(range(len(paths)), key=lambda i: -_size(paths[i]))
        futures = {i: client.submit(task, paths[i], output, names[i], pure=False,
                                    priority=len(paths) - rank)
                   for rank, i in enumerate(order)}
        parts = client.gather([futures[i] for i in range(len(paths))])
    else:
        import dask.bag as db
        tasks = [(p, output, n) for p, n in zip(paths, names)]
        bag = db.from_sequence(tasks, npartitions=max(1, len(tasks)))
        bag = bag.starmap(functools.partial(extract_warc_file, **options))
        kwargs = {"scheduler": scheduler}
        if num_workers is not None:
            kwargs["num_workers"] = num_workers
        parts = bag.compute(**kwargs) if paths else []
    return {
        "files": len(parts),
        "records": sum(p["records"] for p in parts),
        "errors": sum(p["errors"] for p in parts),
        "failed_files": sum(p["error"] is not None for p in parts),
        "parts": parts,
    }
