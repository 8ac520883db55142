"""pith: keep the pith of a web page, the article body and nothing else.

    >>> import pith
    >>> pith.extract(b"<html><body><nav>Home | News</nav><p>The article...</p></body></html>")

Give it an HTML page or a plain-text scrape, as bytes (any charset, gzip or
not) or as an already decoded str, and it returns the main content:
paragraphs separated by a blank line, without navigation, captions, repeated
paragraphs, appeals or other page chrome.

- :func:`extract` the body text ("" when the page has none);
- :func:`extract_paragraphs` the same as a list of paragraphs;
- :func:`clean` everything: title, language, encoding, every block with the
  reason it was kept or dropped, warnings, the page's metadata (authors,
  dates, site name, ...);
- :func:`iter_warc` the HTML responses of a WARC file, cleaned;
- :mod:`pith.dask` WARC files spread over a Dask cluster.

Every function is thread-safe and releases the GIL while pith works, so a
thread pool uses every core; they are plain module functions, so they pickle
(by name) for process pools and cluster workers, as does :class:`Extractor`.

Errors: an input pith cannot read at all (neither str nor bytes, longer than
``max_input_bytes``, binary data) raises :class:`Error`; a page that was read
and holds no main content is not an error and gives "".

Options, keyword-only, shared by every function: ``mode`` (None or
"detect", "html", "text"), ``encoding`` (bytes only: the charset to read an
HTML page in, e.g. "windows-1252"; a byte order mark still wins),
``max_input_bytes``, ``max_blocks``, ``max_depth``, ``max_nodes`` (the
limits documented in pith.h; None keeps pith's default), ``url`` (the
page's address, kept in the result), ``comments`` (reader comments: None or
"auto" drops them except on forum pages, "include" keeps them in the text,
"exclude" drops them everywhere; ``Result.comments`` has them either way;
not for iter_warc), ``favour`` (None or "balance" keeps the trained
threshold; "precision" keeps fewer, surer blocks, "recall" more: the CLI's
--precision and --recall; not for iter_warc).
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from . import _pith
from ._error import Error
from ._result import Block, Metadata, Result, WarcRecord, result_from_dict

__all__ = ["extract", "extract_paragraphs", "clean", "iter_warc", "Extractor", "Error", "Result", "Block", "Metadata",
           "WarcRecord", "__version__"]

__version__: str = _pith.version()

# The limits' defaults, as in pith.h.
DEFAULT_MAX_INPUT_BYTES: int = _pith.default_max_input_bytes
DEFAULT_MAX_BLOCKS: int = _pith.default_max_blocks
DEFAULT_MAX_DEPTH: int = _pith.default_max_depth
DEFAULT_MAX_NODES: int = _pith.default_max_nodes


def extract(html, *, mode: Optional[str] = None, encoding: Optional[str] = None, url: Optional[str] = None,
            max_input_bytes: Optional[int] = None, max_blocks: Optional[int] = None,
            max_depth: Optional[int] = None, max_nodes: Optional[int] = None,
            comments: Optional[str] = None, favour: Optional[str] = None) -> str:
    """The main content of one page as text, "" when it has none.

    Paragraphs are separated by one blank line and the text ends in a
    newline. Raises :class:`Error` for an input pith cannot read.
    """
    return _pith.extract(html, mode=mode, encoding=encoding, max_input_bytes=max_input_bytes,
                         max_blocks=max_blocks, max_depth=max_depth, max_nodes=max_nodes, comments=comments,
                         favour=favour)


def extract_paragraphs(html, *, mode: Optional[str] = None, encoding: Optional[str] = None,
                       url: Optional[str] = None, max_input_bytes: Optional[int] = None,
                       max_blocks: Optional[int] = None, max_depth: Optional[int] = None,
                       max_nodes: Optional[int] = None, comments: Optional[str] = None,
                       favour: Optional[str] = None) -> List[str]:
    """The main content of one page as a list of paragraphs ([] when none).

    The paragraphs are those :func:`extract` joins with blank lines.
    """
    return _pith.extract_paragraphs(html, mode=mode, encoding=encoding, max_input_bytes=max_input_bytes,
                                    max_blocks=max_blocks, max_depth=max_depth, max_nodes=max_nodes,
                                    comments=comments, favour=favour)


def clean(html, *, mode: Optional[str] = None, encoding: Optional[str] = None, url: Optional[str] = None,
          max_input_bytes: Optional[int] = None, max_blocks: Optional[int] = None,
          max_depth: Optional[int] = None, max_nodes: Optional[int] = None,
          comments: Optional[str] = None, favour: Optional[str] = None) -> Result:
    """Everything pith found in one page: a :class:`Result`.

    ``result.text`` equals :func:`extract`'s answer; ``result.blocks`` holds
    every block looked at, kept or dropped, with its reason.
    """
    d = _pith.clean(html, mode=mode, encoding=encoding, max_input_bytes=max_input_bytes,
                    max_blocks=max_blocks, max_depth=max_depth, max_nodes=max_nodes, comments=comments,
                    favour=favour)
    return result_from_dict(d, url)


class Extractor:
    """:func:`extract` with options fixed, as one picklable callable.

        >>> ex = pith.Extractor(mode="html", max_input_bytes=8 << 20)
        >>> texts = pool.map(ex, pages)

    ``ex(page)`` is ``pith.extract(page, **options)``; ``ex.clean(page)``
    and ``ex.paragraphs(page)`` the other two. It pickles as its options.
    """

    _names = ("mode", "encoding", "url", "max_input_bytes", "max_blocks", "max_depth", "max_nodes", "comments",
              "favour")

    def __init__(self, **options: Any) -> None:
        unknown = sorted(set(options) - set(self._names))
        if unknown:
            raise Error("unknown option(s): " + ", ".join(unknown), "invalid_argument")
        self._options = dict(options)
        extract(b"", **self._options)  # a bad mode or limit fails here, not on the first page

    @property
    def options(self) -> Dict[str, Any]:
        return dict(self._options)

    def __call__(self, html) -> str:
        return extract(html, **self._options)

    def clean(self, html) -> Result:
        return clean(html, **self._options)

    def paragraphs(self, html) -> List[str]:
        return extract_paragraphs(html, **self._options)

    def __reduce__(self):
        return (_extractor, (self._options,))

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self._options.items())
        return f"pith.Extractor({args})"


def _extractor(options: Dict[str, Any]) -> Extractor:
    return Extractor(**options)


def iter_warc(source, *, include_all: bool = False, mode: Optional[str] = None,
              max_input_bytes: Optional[int] = None, max_blocks: Optional[int] = None,
              max_depth: Optional[int] = None, max_nodes: Optional[int] = None):
    """Yield a :class:`WarcRecord` for every HTML response of a WARC file.

    ``source`` is a path (str or os.PathLike) or a binary file object
    (``open(path, "rb")``, a socket's makefile, ...). Whole-file and
    per-record gzip are read as they come. Records that are not HTML
    responses are skipped unless ``include_all``; a record that cannot be
    read or cleaned is yielded with ``error`` set and ``result`` None, and
    the iteration goes on.
    """
    from ._warc import iter_records
    return iter_records(source, include_all=include_all, mode=mode, max_input_bytes=max_input_bytes,
                        max_blocks=max_blocks, max_depth=max_depth, max_nodes=max_nodes)
