"""The value types pith.clean and pith.iter_warc return."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Dict, List, Optional


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
class Metadata:
    """What the page says about itself (``pith::metadata`` in pith.h).

    The fields and their names are those of the ``metadata`` object in
    ``pith --format json``: ``title`` (the page's own title), ``authors``
    (one name per entry, without "By"), ``date_published`` and
    ``date_modified`` (ISO 8601 as the page gives them), ``site_name``,
    ``description``, ``canonical_url``, ``language`` (BCP 47, declared or,
    when ``language_detected``, detected), ``image`` (the main image's URL)
    and ``tags``. A field the page does not state is None (or empty).
    """

    title: Optional[str] = None
    authors: List[str] = field(default_factory=list)
    date_published: Optional[str] = None
    date_modified: Optional[str] = None
    site_name: Optional[str] = None
    description: Optional[str] = None
    canonical_url: Optional[str] = None
    language: Optional[str] = None
    language_detected: bool = False
    image: Optional[str] = None
    tags: List[str] = field(default_factory=list)

    def to_dict(self) -> Dict[str, Any]:
        """The fields as a dict, in the CLI's key order (for JSON)."""
        return {f.name: list(v) if isinstance(v, list) else v
                for f in fields(self) for v in (getattr(self, f.name),)}


@dataclass(frozen=True)
class Result:
    """Everything pith found in one document.

    ``text`` is the kept blocks separated by one blank line, ending in a
    newline ("" when nothing was kept); ``title`` the headline, when found
    (not part of ``text``); ``language`` and ``encoding`` (HTML only) the
    page's declared language and the charset its bytes were read in;
    ``mode`` "html" or "text"; ``status`` "ok" or "empty_input" (the other
    statuses raise :class:`pith.Error`); ``warnings`` the limits that were
    hit, text kept; ``url`` the ``url=`` argument, passed through;
    ``metadata`` the page's title, authors, dates, site, ... (:class:`Metadata`);
    ``comments`` the reader comments pith found, joined as ``text`` is
    ("" when none; on forum pages the posts are ``text``, not comments).
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
    metadata: Metadata = field(default_factory=Metadata)
    comments: str = ""

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
    metadata = Metadata(**d.pop("metadata"))
    return Result(blocks=blocks, metadata=metadata, url=url, **d)
