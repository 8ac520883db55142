// pith/warc.h — read web archive (WARC) files record by record.
//
// A crawl is stored as WARC files: a sequence of records, each a block of
// "WARC/1.x" header lines, a blank line, then Content-Length bytes (for a
// `response` record, the HTTP response exactly as the server sent it). This
// reader walks such a file one record at a time and hands back each record's
// identity (record id, target URI, date) and, for HTTP responses, the status,
// headers and the decoded payload, ready for pith::clean:
//
//     pith::warc::reader in = pith::warc::reader::open("crawl.warc.gz");
//     pith::warc::record rec;
//     while (in.next(rec)) {
//         if (!rec.ok()) { log(rec.record_id, rec.message); continue; }
//         if (!rec.is_html) continue;                  // requests, metadata, images, ...
//         pith::result r = pith::warc::clean_record(rec);  // HTTP charset as a hint
//         store(rec.target_uri, r.text);
//     }
//     if (!in.ok()) log(in.error());                   // the stream itself failed
//
// What it reads: WARC/1.0 and WARC/1.1; plain files, files gzipped as a whole
// and files gzipped record by record (one gzip member per record, as crawlers
// write them), detected from the first bytes; CRLF line ends, LF tolerated;
// header names in any case; continuation lines (a line starting with a space
// or tab extends the previous header); `WARC-Target-URI` with or without
// `<...>` around it (WARC/1.1's draft form).
//
// Memory: nothing buffers the whole file. The reader holds one record's
// block at a time (at most max_record_bytes) and a fixed read buffer; a
// record longer than the limit is skipped as it streams past, without being
// stored, and reported as an error record.
//
// Errors are values. Nothing here throws across the API (an allocation
// failure included). A record that cannot be read comes back from next()
// with `error` set and the fields that could be read filled in, and reading
// goes on with the next record: a wrong Content-Length is detected when the
// block is not followed by the blank lines and the next "WARC/" line, and the
// reader resynchronises on the next line that starts "WARC/1." (searching
// from the start of the bad record's block, so a record swallowed by a
// too-long length is not lost). The bytes re-read that way are bounded by
// the bytes read plus max_record_bytes, so the walk stays linear on a hostile
// file whose every record claims too much; past that budget the search goes
// forward only. Only a failure of the stream itself (a file that cannot be
// opened, a read error, corrupt gzip data) ends the walk: next() returns
// false and error() says why; the records before it were delivered.
//
// Thread safety: a reader is used by one thread at a time; different
// readers share nothing. Records are plain values: move them to workers.
#pragma once

#include "pith/pith.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pith::warc {

// Limits, each with what happens when a record reaches it. Defaults are
// generous: Common Crawl cuts its records at 1 MiB of payload, and the
// Internet Archive's HTML responses stay far below these.

// The WARC header block of one record (from "WARC/" to the blank line).
// Longer: the record is an error record (error::bad_header) and the reader
// resynchronises on the next "WARC/1." line.
inline constexpr std::size_t default_max_header_bytes = std::size_t{1} << 20;  // 1 MiB

// One record's block (its Content-Length), which the reader holds in memory.
// Longer: the block is skipped without being stored and the record is
// reported with error::too_large (its headers are kept). Videos and archives
// in `resource` records are skipped this way.
inline constexpr std::size_t default_max_record_bytes = std::size_t{64} << 20;  // 64 MiB

// An HTTP payload after Content-Encoding is undone (a decompression bomb
// guard). More: the payload is cut at the limit, and `truncated` says
// "length" (as WARC-Truncated would): the start of a page is still a page.
inline constexpr std::size_t default_max_payload_bytes = std::size_t{64} << 20;  // 64 MiB

// The HTTP status line and headers at the start of a `response` block.
// Longer (no blank line within it): error::bad_http.
inline constexpr std::size_t default_max_http_header_bytes = std::size_t{256} << 10;  // 256 KiB

struct reader_options {
    std::size_t max_header_bytes = default_max_header_bytes;
    std::size_t max_record_bytes = default_max_record_bytes;
    std::size_t max_payload_bytes = default_max_payload_bytes;
    std::size_t max_http_header_bytes = default_max_http_header_bytes;
    // false: `payload` is the HTTP body exactly as stored (still chunked or
    // compressed); the HTTP headers are parsed all the same.
    bool decode_payload = true;
};

// What went wrong with one record; none for a record read cleanly.
enum class error : std::uint8_t {
    none,
    bad_header,            // no "WARC/1.x" line, a header line without ':', or headers over the limit
    bad_content_length,    // Content-Length missing, unreadable, or not where the next record starts:
                           // the reader resynchronised on the next "WARC/1." line; payload empty
    too_large,             // block longer than max_record_bytes: skipped unstored, payload empty
    truncated_file,        // the file ended inside this record; payload holds what was there
    bad_http,              // a response block whose HTTP status line or headers cannot be read
    bad_content_encoding,  // Content-Encoding data that does not decode (corrupt gzip/deflate/br,
                           // or an encoding pith cannot undo); payload empty
};

// Stable lower-case names, e.g. "bad_content_length"; used by the CLI's JSON.
std::string_view to_string(error code) noexcept;

// A header as written: the name keeps its case, the value has continuation
// lines joined with one space and surrounding white space trimmed.
using header = std::pair<std::string, std::string>;

// The value of the first header named `name` (compared ignoring ASCII case),
// or empty when there is none.
std::string_view find_header(const std::vector<header>& headers, std::string_view name) noexcept;

struct record {
    // Where the record's "WARC/" line starts, in bytes from the start of the
    // uncompressed stream.
    std::uint64_t offset = 0;
    std::string version;      // "1.0", "1.1", as written after "WARC/"
    std::string type;         // WARC-Type, lower case: "response", "request", "warcinfo", ...
    std::string record_id;    // WARC-Record-ID as written, e.g. "<urn:uuid:...>"
    std::string target_uri;   // WARC-Target-URI without the <...> some writers put around it
    std::string date;         // WARC-Date as written, e.g. "2014-08-21T05:52:58Z"
    std::string content_type; // the WARC Content-Type, as written
    std::vector<header> headers;  // every WARC header, in order
    // WARC-Truncated ("length", "time", "disconnect", "unspecified"), or
    // "length" when max_payload_bytes cut the payload; empty when whole.
    std::string truncated;

    // HTTP, for records whose block is an HTTP response (a `response` record
    // with Content-Type application/http; msgtype=response, spaces allowed).
    int http_status = 0;              // e.g. 200; 0 when the block is not an HTTP response
    std::vector<header> http_headers; // in order, as written
    std::string media_type;           // of the payload, lower case, no parameters: "text/html"
                                      // (HTTP Content-Type, or the WARC one for resource/conversion)
    std::string charset;              // the payload's declared charset (Content-Type's
                                      // charset=, lower case, unquoted), or empty

    // The document: for a response, the HTTP body with the transfer coding
    // (chunked) and Content-Encoding (gzip, x-gzip, deflate, br) undone; for
    // other records, the block as stored. A claimed encoding that the bytes
    // do not have (Common Crawl 2014 kept "Content-Encoding: gzip" on
    // payloads it had already inflated) is sniffed and the bytes used as
    // they are, with a note. X-Crawler-Content-Encoding and
    // X-Crawler-Transfer-Encoding (later crawls' renamed originals) describe
    // what was already undone and are ignored.
    std::string payload;

    // True for the records pith cleans: `response`, `resource` and
    // `conversion` records whose media type is HTML (text/html,
    // application/xhtml+xml), or that carry none and whose bytes look like
    // HTML; with an HTTP status, only when there is a body. Always false for
    // error records.
    bool is_html = false;

    error code = error::none;
    std::string message;              // empty when ok; what went wrong, for people
    std::vector<std::string> notes;   // harmless oddities: a stale encoding header, LF-only lines, ...

    bool ok() const noexcept { return code == error::none; }
    // The first WARC header named `name`, ignoring case; empty when absent.
    std::string_view header_value(std::string_view name) const noexcept { return find_header(headers, name); }
};

// Reads up to `size` bytes into `buf`; returns how many (0 at the end of the
// stream) or a negative number on a read error. May throw: the reader turns
// an exception into a stream error.
using read_function = std::function<std::ptrdiff_t(char* buf, std::size_t size)>;

// Counts of what a reader has delivered so far.
struct counts {
    std::uint64_t records = 0;  // every record delivered by next()
    std::uint64_t html = 0;     // of which is_html
    std::uint64_t errors = 0;   // of which !ok()
};

class reader {
public:
    // A file by path. One that cannot be opened gives a reader whose first
    // next() returns false, with error() set.
    static reader open(const std::string& path, const reader_options& opts = {}) noexcept;
    // A stream the caller keeps alive while reading (binary mode for files).
    explicit reader(std::istream& in, const reader_options& opts = {}) noexcept;
    // Any source of bytes: a socket, a Python file object, a decompressor.
    explicit reader(read_function read, const reader_options& opts = {}) noexcept;

    reader(reader&&) noexcept;
    reader& operator=(reader&&) noexcept;
    ~reader();

    // The next record into `out` (every field reset first). Returns false at
    // the end of the stream or when the stream failed (then !ok()). A record
    // with an error still returns true.
    bool next(record& out) noexcept;

    bool ok() const noexcept;                 // no stream failure so far
    const std::string& error() const noexcept; // why the stream failed; empty while ok()
    const counts& seen() const noexcept;
    bool gzipped() const noexcept;            // the stream was gzip (whole-file or per record)

private:
    struct state;
    explicit reader(std::unique_ptr<state> s) noexcept;
    std::unique_ptr<state> s_;
};

// Cleans a record's payload with pith::clean, its HTTP charset passed as
// options::charset_hint (see pith.h for where a hint ranks: below the page's
// byte order mark and its own <meta> declaration). A record that is not
// HTML, or has an error, gives status::unsupported_input with a message
// saying why, and the pipeline is not run.
pith::result clean_record(const record& rec, const pith::options& opts = {}) noexcept;

}  // namespace pith::warc
