"""pith.iter_warc over the compiled reader (pith/warc.h)."""

from __future__ import annotations

import os
from typing import Iterator

from . import _pith
from ._result import WarcRecord, result_from_dict


def iter_records(source, *, include_all: bool, **options) -> Iterator[WarcRecord]:
    if isinstance(source, os.PathLike):
        source = os.fspath(source)
    reader = _pith.WarcReader(source, include_all=include_all, **options)
    for record_id, url, date, status, kind, media_type, truncated, offset, result, error in reader:
        yield WarcRecord(record_id=record_id, url=url, date=date, http_status=status,
                         result=result_from_dict(result) if result is not None else None, error=error,
                         type=kind, media_type=media_type, truncated=truncated, offset=offset)
