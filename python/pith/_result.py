"""The value types pith.clean and pith.iter_warc return."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional


@dataclass(frozen=True)
class Block:
    """One paragraph-level piece of the document, in document order.

    ``kind`` is one of paragraph, heading, list_item, quote, preformatted,
    table_cell, caption; ``reason`` why it was kept (``"body"``) or dropped
    (caption, marker, repeat, navigation, boilerplate, ...: the names
    ``pith --explain`` prints); ``detail`` what triggered the decision.
    """

    text: str
    kind: str
    kept: bool
    reason: str
    detail: str


@dataclass(frozen=True)
class Result:
    """Everything pith found in one document.

    ``text`` is the kept blocks separated by one blank line, ending in a
    newline ("" when nothing was kept); ``title`` the headline, when found
    (not part of ``text``); ``language`` and ``encoding`` (HTML only) the
    page's declared language and the charset its bytes were read in;
    ``mode`` "html" or "text"; ``status`` "ok" or "empty_input" (the other
    statuses raise :class:`pith.Error`); ``warnings`` the limits that were
    hit, text kept; ``url`` the ``url=`` argument, passed through.
    """

    text: str
    title: Optional[str]
    language: Optional[str]
    encoding: Optional[str]
    mode: str
    status: str
    blocks: List[Block] = field(default_factory=list)
    warnings: List[str] = field(default_factory=list)
    url: Optional[str] = None

    @property
    def paragraphs(self) -> List[str]:
        """The kept blocks' text, in order."""
        return [b.text for b in self.blocks if b.kept]


@dataclass(frozen=True)
class WarcRecord:
    """One record of a WARC file, as :func:`pith.iter_warc` yields it.

    ``record_id`` (WARC-Record-ID as written, ``<urn:uuid:...>``), ``url``
    (WARC-Target-URI), ``date`` (WARC-Date), ``http_status`` (None when the
    block is not an HTTP response); ``result`` the cleaned page, or None when
    ``error`` says why the record could not be read or cleaned (the
    iteration goes on) or, with ``include_all``, when it is not HTML.
    ``type`` is the WARC-Type ("response", ...), ``media_type`` the
    payload's ("text/html"), ``truncated`` WARC-Truncated ("length", ...;
    None when whole), ``offset`` where the record starts in the
    uncompressed stream.
    """

    record_id: Optional[str]
    url: Optional[str]
    date: Optional[str]
    http_status: Optional[int]
    result: Optional[Result]
    error: Optional[str] = None
    type: Optional[str] = None
    media_type: Optional[str] = None
    truncated: Optional[str] = None
    offset: int = 0


def result_from_dict(d: dict, url: Optional[str] = None) -> Result:
    """A Result from the dict the compiled core returns (which it consumes)."""
    blocks = [Block(*b) for b in d.pop("blocks")]
    return Result(blocks=blocks, url=url, **d)
