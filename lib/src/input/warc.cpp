// WARC records from a byte stream: header block, Content-Length block, the
// blank lines after it, resynchronisation when they are not where the length
// says. The HTTP inside a response block is http_payload's.
#include "pith/warc.h"

#include "input/detect.h"
#include "input/http_payload.h"
#include "input/warc_stream.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <istream>
#include <new>

namespace pith::warc {

namespace {

using detail::warc_stream;

// What a resynchronisation looks for: a line that starts a record.
constexpr std::string_view record_marker = "WARC/1.";
constexpr std::string_view record_marker_line = "\nWARC/1.";  // the marker after a line end

using detail::ascii_lower;

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
    return true;
}

// Where a line starting with the record marker begins in `block`, or npos.
std::size_t find_marker_line(std::string_view block) {
    if (block.substr(0, record_marker.size()) == record_marker) return 0;
    std::size_t hit = block.find(record_marker_line);
    return hit == std::string_view::npos ? hit : hit + 1;
}

bool parse_length(std::string_view s, std::uint64_t& out) {
    if (s.empty() || s.size() > 18) return false;
    out = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
        out = out * 10 + static_cast<unsigned>(c - '0');
    }
    return true;
}

bool is_html_media(std::string_view media) { return media == "text/html" || media == "application/xhtml+xml"; }

}  // namespace

std::string_view to_string(error code) noexcept {
    switch (code) {
        case error::none: return "none";
        case error::bad_header: return "bad_header";
        case error::bad_content_length: return "bad_content_length";
        case error::too_large: return "too_large";
        case error::truncated_file: return "truncated_file";
        case error::bad_http: return "bad_http";
        case error::bad_content_encoding: return "bad_content_encoding";
    }
    return "unknown";
}

std::string_view find_header(const std::vector<header>& headers, std::string_view name) noexcept {
    for (const header& h : headers)
        if (iequals(h.first, name)) return h.second;
    return {};
}

struct reader::state {
    reader_options opts;
    warc_stream in;
    counts seen;
    std::string open_error;  // the file could not be opened, or memory ran out
    // Bytes handed back to the stream by resynchronisation, and the farthest
    // position read. Each bad length re-reads what it swallowed, so records
    // that all claim lengths far past the next one would make the walk
    // quadratic; past a budget of the bytes read plus one record's limit,
    // resynchronisation searches forward only (linear, but a swallowed
    // record is then lost with the bad one).
    std::uint64_t unread_total = 0, farthest = 0;
    bool may_unread(std::size_t n) {
        farthest = std::max(farthest, in.position());
        if (unread_total + n > farthest + opts.max_record_bytes) return false;
        unread_total += n;
        return true;
    }
    state(read_function read, const reader_options& o) : opts(o), in(std::move(read)) {}

    bool next(record& out);
    bool skip_to_record(record& out);
    bool read_headers(record& out);
    bool read_block(record& out, std::string& block);
    bool block_ends_well(record& out, std::string_view block);
    void interpret(record& out, std::string&& block);
    void resync(bool at_line_start) { in.skip_to_line(record_marker, at_line_start); }
};

// Skips the blank lines between records and any junk before the next
// "WARC/" line. False at the end of the stream. Junk is reported: as a note
// on the record that follows it, or as an error record when nothing does.
bool reader::state::skip_to_record(record& out) {
    for (;;) {
        if (!in.ensure(1)) return false;
        std::string_view a = in.available();
        std::size_t k = a.find_first_not_of("\r\n");
        in.consume(k == std::string_view::npos ? a.size() : k);
        if (k != std::string_view::npos) break;
    }
    in.ensure(5);
    if (in.available().substr(0, 5) == "WARC/") return true;
    const std::uint64_t at = in.position();
    const std::uint64_t junk = in.skip_to_line(record_marker, true);
    if (!in.at_end()) {
        out.notes.push_back(std::to_string(junk) + " bytes that are not a WARC record skipped before this one");
        return true;
    }
    if (seen.records == 0) {  // not a WARC stream (or one that failed before its first record)
        if (!in.failed()) open_error = "no WARC record found (the stream does not start with a \"WARC/\" line)";
        return false;
    }
    out.offset = at;
    out.code = error::bad_header;
    out.message = std::to_string(junk) + " bytes after the last record are not a WARC record";
    return true;
}

bool reader::state::read_headers(record& out) {
    std::string line;
    bool cr = false, lf_only = false;
    std::size_t budget = opts.max_header_bytes;
    for (bool first = true;; first = false) {
        const std::uint64_t before = in.position();
        warc_stream::line_status st = in.read_line(line, budget, cr);
        budget -= std::min<std::size_t>(budget, static_cast<std::size_t>(in.position() - before));
        if (st == warc_stream::line_status::too_long) {
            out.code = error::bad_header;
            out.message = "WARC headers longer than " + std::to_string(opts.max_header_bytes) + " bytes";
            resync(false);
            return false;
        }
        if (st == warc_stream::line_status::end) {
            out.code = error::truncated_file;
            out.message = "the file ends inside the WARC headers";
            return false;
        }
        lf_only = lf_only || !cr;
        if (first) {
            out.version = line.substr(5);
            continue;
        }
        if (line.empty()) break;
        if (!detail::add_header_line(line, out.headers)) {
            out.code = error::bad_header;
            out.message = "WARC header line without a ':'";
            resync(true);
            return false;
        }
    }
    if (lf_only) out.notes.push_back("WARC header lines end in LF, not CRLF");
    out.type = ascii_lower(out.header_value("WARC-Type"));
    out.record_id = out.header_value("WARC-Record-ID");
    std::string_view uri = out.header_value("WARC-Target-URI");
    if (uri.size() >= 2 && uri.front() == '<' && uri.back() == '>') uri = uri.substr(1, uri.size() - 2);
    out.target_uri = uri;
    out.date = out.header_value("WARC-Date");
    out.content_type = out.header_value("Content-Type");
    out.truncated = ascii_lower(out.header_value("WARC-Truncated"));
    return true;
}

// After a block: the two line ends the format puts there (any CR/LF mix up
// to four bytes), or else at once the next record or the end. False when
// neither: the length was wrong.
bool reader::state::block_ends_well(record& out, std::string_view block) {
    in.ensure(4);
    std::string_view a = in.available();
    std::size_t k = 0;
    while (k < 4 && k < a.size() && (a[k] == '\r' || a[k] == '\n')) ++k;
    std::string tail(a.substr(0, k));
    in.consume(k);
    in.ensure(5);
    // The full blank line is there: the length was right, whatever follows
    // (junk before the next record is skip_to_record's to report).
    if (std::count(tail.begin(), tail.end(), '\n') >= 2) return true;
    if (in.available().empty() || in.available().substr(0, 5) == "WARC/") {
        if (!in.available().empty()) out.notes.push_back("no blank line after the record's block");
        return true;
    }
    // Resynchronise: a next record swallowed by a too-long length is inside
    // the block; after a too-short one it is further on.
    std::size_t hit = find_marker_line(block);
    if (hit != std::string_view::npos && may_unread(block.size() - hit + tail.size())) {
        in.unread(std::string(block.substr(hit)) + tail);
    } else {
        const bool line_start = tail.empty() ? (block.empty() || block.back() == '\n') : tail.back() == '\n';
        resync(line_start);
    }
    out.code = error::bad_content_length;
    out.message = "Content-Length " + std::string(out.header_value("Content-Length")) +
                  " does not end where the next record starts; resynchronised on the next \"WARC/1.\" line";
    return false;
}

bool reader::state::read_block(record& out, std::string& block) {
    std::uint64_t length = 0;
    if (!parse_length(out.header_value("Content-Length"), length)) {
        out.code = error::bad_content_length;
        out.message = out.header_value("Content-Length").empty()
                          ? "no Content-Length; resynchronised on the next \"WARC/1.\" line"
                          : "unreadable Content-Length; resynchronised on the next \"WARC/1.\" line";
        resync(true);
        return false;
    }
    if (length > opts.max_record_bytes) {
        const std::uint64_t skipped = in.skip(length);
        if (skipped < length) {
            out.code = error::truncated_file;
            out.message = "the file ends inside this record";
            return false;
        }
        if (block_ends_well(out, {})) {
            out.code = error::too_large;
            out.message = "record block of " + std::to_string(length) + " bytes is over the limit of " +
                          std::to_string(opts.max_record_bytes) + ": skipped";
        }
        return false;
    }
    const std::size_t got = in.read(static_cast<std::size_t>(length), block);
    if (got < length) {
        std::size_t hit = find_marker_line(block);
        if (hit != std::string::npos && !in.failed() && may_unread(block.size() - hit)) {
            in.unread(std::string_view(block).substr(hit));
            out.code = error::bad_content_length;
            out.message = "Content-Length " + std::to_string(length) +
                          " runs past the end of the file; resynchronised on the next \"WARC/1.\" line";
            return false;
        }
        out.code = error::truncated_file;
        out.message = "the file ends inside this record (" + std::to_string(got) + " of " +
                      std::to_string(length) + " bytes)";
        return true;  // what there is is still interpreted
    }
    return block_ends_well(out, block);
}

void reader::state::interpret(record& out, std::string&& block) {
    std::string warc_media, warc_charset;
    detail::split_content_type(out.content_type, warc_media, warc_charset);
    std::string params = ascii_lower(out.content_type);
    std::erase(params, ' ');
    const bool http_response = out.type == "response" && warc_media == "application/http" &&
                               (params.find("msgtype=") == std::string::npos ||
                                params.find("msgtype=response") != std::string::npos);
    if (!http_response) {
        out.media_type = std::move(warc_media);
        out.charset = std::move(warc_charset);
        out.payload = std::move(block);
        return;
    }
    detail::http_head head;
    std::string message;
    if (!detail::parse_http_head(block, opts.max_http_header_bytes, head, message)) {
        if (out.ok()) {
            out.code = error::bad_http;
            out.message = message;
        }
        return;
    }
    out.http_status = head.status;
    out.http_headers = std::move(head.headers);
    detail::split_content_type(find_header(out.http_headers, "Content-Type"), out.media_type, out.charset);
    std::string_view body = std::string_view(block).substr(head.body_offset);
    if (!opts.decode_payload) {
        out.payload = body;
        return;
    }
    detail::decoded_body d = detail::decode_http_body(body, out.http_headers, opts.max_payload_bytes);
    for (std::string& n : d.notes) out.notes.push_back(std::move(n));
    if (!d.error.empty()) {
        if (out.ok()) {
            out.code = error::bad_content_encoding;
            out.message = std::move(d.error);
        }
        return;
    }
    out.payload = std::move(d.bytes);
    if (d.cut && out.truncated.empty()) out.truncated = "length";
}

bool reader::state::next(record& out) {
    out = record{};
    if (!open_error.empty() || in.failed()) return false;
    if (!skip_to_record(out)) return false;
    if (out.code == error::none) {
        out.offset = in.position();
        std::string block;
        if (read_headers(out) && read_block(out, block)) interpret(out, std::move(block));
        const bool document_type = out.type == "response" || out.type == "resource" || out.type == "conversion";
        out.is_html = out.ok() && document_type && !out.payload.empty() &&
                      (is_html_media(out.media_type) ||
                       (out.media_type.empty() && detail::looks_like_html(out.payload)));
    }
    ++seen.records;
    if (out.is_html) ++seen.html;
    if (!out.ok()) ++seen.errors;
    return true;
}

reader::reader(std::unique_ptr<state> s) noexcept : s_(std::move(s)) {}

reader reader::open(const std::string& path, const reader_options& opts) noexcept {
    try {
        std::shared_ptr<std::FILE> f(std::fopen(path.c_str(), "rb"), [](std::FILE* p) {
            if (p) std::fclose(p);
        });
        const int err = errno;
        read_function read;
        if (f) {
            read = [f](char* buf, std::size_t size) -> std::ptrdiff_t {
                std::size_t n = std::fread(buf, 1, size, f.get());
                if (n == 0 && std::ferror(f.get())) return -1;
                return static_cast<std::ptrdiff_t>(n);
            };
        }
        auto s = std::make_unique<state>(std::move(read), opts);
        if (!f) s->open_error = path + ": " + std::strerror(err);
        return reader(std::move(s));
    } catch (...) {
        return reader(std::unique_ptr<state>());
    }
}

reader::reader(std::istream& in, const reader_options& opts) noexcept {
    try {
        s_ = std::make_unique<state>(
            [&in](char* buf, std::size_t size) -> std::ptrdiff_t {
                in.read(buf, static_cast<std::streamsize>(size));
                std::streamsize n = in.gcount();
                if (n == 0 && in.bad()) return -1;
                return static_cast<std::ptrdiff_t>(n);
            },
            opts);
    } catch (...) {
    }
}

reader::reader(read_function read, const reader_options& opts) noexcept {
    try {
        s_ = std::make_unique<state>(std::move(read), opts);
    } catch (...) {
    }
}

reader::reader(reader&&) noexcept = default;
reader& reader::operator=(reader&&) noexcept = default;
reader::~reader() = default;

bool reader::next(record& out) noexcept {
    if (!s_) return false;
    try {
        return s_->next(out);
    } catch (const std::bad_alloc&) {
        s_->open_error = "out of memory";
    } catch (const std::exception& e) {
        s_->open_error = std::string("internal error: ") + e.what();
    }
    return false;
}

bool reader::ok() const noexcept { return s_ && s_->open_error.empty() && !s_->in.failed(); }

const std::string& reader::error() const noexcept {
    static const std::string no_memory = "out of memory";
    if (!s_) return no_memory;
    return s_->open_error.empty() ? s_->in.error() : s_->open_error;
}

const counts& reader::seen() const noexcept {
    static const counts none{};
    return s_ ? s_->seen : none;
}

bool reader::gzipped() const noexcept { return s_ && s_->in.gzipped(); }

pith::result clean_record(const record& rec, const pith::options& opts) noexcept {
    pith::result r;
    try {
        r.code = pith::status::unsupported_input;
        if (!rec.ok()) {
            r.message = "the record could not be read: " + rec.message;
            return r;
        }
        if (!rec.is_html) {
            r.message = "the record is not an HTML document (" + (rec.type.empty() ? "no type" : rec.type) +
                        (rec.media_type.empty() ? std::string() : ", " + rec.media_type) + ")";
            return r;
        }
        pith::options o = opts;
        if (o.charset_hint.empty()) o.charset_hint = rec.charset;
        o.mode = pith::input_mode::html;
        return pith::clean(rec.payload, o);
    } catch (...) {
        r.message = "out of memory";
        return r;
    }
}

}  // namespace pith::warc
