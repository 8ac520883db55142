"""A small WARC writer for the tests: records as crawlers write them."""
import gzip
import uuid


def http_response(body: bytes, content_type: str = "text/html; charset=utf-8", status: int = 200) -> bytes:
    head = (f"HTTP/1.1 {status} OK\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode()
    return head + body


def record(kind: str, block: bytes, url: str = None, date: str = "2024-05-01T12:00:00Z",
           content_type: str = "application/http; msgtype=response", record_id: str = None,
           length: int = None) -> bytes:
    """One WARC/1.1 record; `length` overrides Content-Length (to break it)."""
    rid = record_id or f"<urn:uuid:{uuid.uuid4()}>"
    lines = ["WARC/1.1", f"WARC-Type: {kind}", f"WARC-Record-ID: {rid}", f"WARC-Date: {date}"]
    if url:
        lines.append(f"WARC-Target-URI: {url}")
    lines += [f"Content-Type: {content_type}", f"Content-Length: {len(block) if length is None else length}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def write_warc(path, records, per_record_gzip: bool = True) -> None:
    """`records`: a list of bytes from record(); gzip member per record, or plain."""
    with open(path, "wb") as f:
        for r in records:
            f.write(gzip.compress(r) if per_record_gzip else r)


def crawl(pages, start: int = 0):
    """(records, expected) for {name: html bytes}: a warcinfo, then per page a
    request and a response, and one PNG response that must be skipped.
    `expected` lists (record_id, url, html) for the HTML responses, in order."""
    recs = [record("warcinfo", b"software: pith-tests\r\n", content_type="application/warc-fields")]
    expected = []
    for i, (name, html) in enumerate(sorted(pages.items()), start):
        url = f"http://example.test/{i}/{name}/"
        rid = f"<urn:uuid:00000000-0000-0000-0000-{i:012d}>"
        recs.append(record("request", b"GET / HTTP/1.1\r\nHost: example.test\r\n\r\n", url=url,
                           content_type="application/http; msgtype=request"))
        recs.append(record("response", http_response(html, "text/html"), url=url, record_id=rid))
        expected.append((rid, url, html))
    recs.append(record("response", http_response(b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"),
                       url="http://example.test/logo.png"))
    return recs, expected
