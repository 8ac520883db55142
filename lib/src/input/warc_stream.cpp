#include "input/warc_stream.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <exception>

namespace pith::detail {

namespace {

// Source bytes read, and inflated bytes made, per step: the whole look-ahead
// stays a few of these plus the longest line or record asked for.
constexpr std::size_t chunk_bytes = std::size_t{64} << 10;

bool gzip_magic(std::string_view s) {
    return s.size() >= 2 && static_cast<unsigned char>(s[0]) == 0x1F && static_cast<unsigned char>(s[1]) == 0x8B;
}

}  // namespace

struct warc_stream::inflater {
    z_stream z{};
    bool open = false;    // inside a member (header seen, end not yet)
    bool fed = false;     // the open member has been given input
    inflater() { open = inflateInit2(&z, 15 + 16) == Z_OK; }
    ~inflater() { inflateEnd(&z); }
};

warc_stream::warc_stream(warc::read_function read) : read_(std::move(read)) {}
warc_stream::~warc_stream() = default;

void warc_stream::fail(std::string message) {
    if (error_.empty()) error_ = std::move(message);
    end_ = true;
}

bool warc_stream::fill_raw() {
    if (raw_end_ || failed()) return false;
    if (raw_pos_ > 0) {
        raw_.erase(0, raw_pos_);
        raw_pos_ = 0;
    }
    const std::size_t old = raw_.size();
    raw_.resize(old + chunk_bytes);
    std::ptrdiff_t n = -1;
    try {
        n = read_ ? read_(raw_.data() + old, chunk_bytes) : 0;
    } catch (const std::exception& e) {
        raw_.resize(old);
        fail(std::string("read failed: ") + e.what());
        return false;
    } catch (...) {
        raw_.resize(old);
        fail("read failed");
        return false;
    }
    if (n < 0 || static_cast<std::size_t>(n) > chunk_bytes) {
        raw_.resize(old);
        fail("read error");
        return false;
    }
    raw_.resize(old + static_cast<std::size_t>(n));
    if (n == 0) raw_end_ = true;
    return n > 0;
}

bool warc_stream::fill_inflated() {
    inflater& g = *gzip_;
    char out[chunk_bytes];
    for (;;) {
        if (raw_pos_ == raw_.size() && !fill_raw()) {
            if (!failed() && g.open && g.fed) fail("gzip data is truncated");
            end_ = true;
            return false;
        }
        g.z.next_in = reinterpret_cast<Bytef*>(raw_.data() + raw_pos_);
        g.z.avail_in = static_cast<uInt>(raw_.size() - raw_pos_);
        g.z.next_out = reinterpret_cast<Bytef*>(out);
        g.z.avail_out = sizeof out;
        const int rc = inflate(&g.z, Z_NO_FLUSH);
        const std::size_t used = (raw_.size() - raw_pos_) - g.z.avail_in;
        raw_pos_ += used;
        g.fed = g.fed || used > 0;
        const std::size_t made = sizeof out - g.z.avail_out;
        buf_.append(out, made);
        if (rc == Z_STREAM_END) {
            g.open = false;
            // Another member (the next record, or the rest of a file gzipped
            // in pieces) follows, or the stream ends; zero padding ends it.
            while (raw_.size() - raw_pos_ < 2 && fill_raw()) {
            }
            if (failed()) return made > 0;
            std::string_view rest(raw_.data() + raw_pos_, raw_.size() - raw_pos_);
            if (rest.empty() || rest[0] == '\0') {
                end_ = true;
                raw_pos_ = raw_.size();
                return made > 0;
            }
            if (!gzip_magic(rest)) {
                fail("data after a gzip member is not gzip");
                return made > 0;
            }
            inflateReset(&g.z);
            g.open = true;
            g.fed = false;
        } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            fail(std::string("gzip data is corrupt") + (g.z.msg ? std::string(": ") + g.z.msg : std::string()));
            return made > 0;
        } else if (rc == Z_BUF_ERROR && used == 0 && made == 0 && raw_pos_ < raw_.size()) {
            fail("gzip data is corrupt");
            return false;
        }
        if (made > 0) return true;
    }
}

bool warc_stream::fill() {
    if (end_ || failed()) return false;
    if (pos_ >= chunk_bytes) {
        buf_.erase(0, pos_);
        pos_ = 0;
    }
    if (!started_) {
        started_ = true;
        while (raw_.size() < 2 && fill_raw()) {
        }
        if (gzip_magic(raw_)) {
            gzip_ = std::make_unique<inflater>();
            if (!gzip_->open) {
                fail("zlib could not be initialised");
                return false;
            }
        }
    }
    if (gzip_) return fill_inflated();
    if (raw_pos_ == raw_.size() && !fill_raw()) {
        end_ = true;
        return false;
    }
    buf_.append(raw_, raw_pos_, std::string::npos);
    raw_.clear();
    raw_pos_ = 0;
    return true;
}

bool warc_stream::ensure(std::size_t n) {
    while (buf_.size() - pos_ < n)
        if (!fill()) return false;
    return true;
}

void warc_stream::consume(std::size_t n) noexcept {
    n = std::min(n, buf_.size() - pos_);
    pos_ += n;
    consumed_ += n;
}

void warc_stream::unread(std::string_view bytes) {
    buf_ = std::string(bytes) + buf_.substr(pos_);
    pos_ = 0;
    consumed_ -= std::min<std::uint64_t>(consumed_, bytes.size());
}

bool warc_stream::at_end() { return available().empty() && !fill(); }

warc_stream::line_status warc_stream::read_line(std::string& line, std::size_t max, bool& had_cr) {
    line.clear();
    had_cr = false;
    std::size_t scanned = 0;
    for (;;) {
        std::string_view a = available();
        std::size_t nl = a.find('\n', scanned);
        if (nl != std::string_view::npos && nl <= max) {
            line.assign(a.substr(0, nl));
            consume(nl + 1);
            if (!line.empty() && line.back() == '\r') {
                line.pop_back();
                had_cr = true;
            }
            return line_status::ok;
        }
        if (a.size() > max) {
            consume(max);
            return line_status::too_long;
        }
        scanned = a.size();
        if (!fill()) {
            a = available();
            if (a.empty()) return line_status::end;
            line.assign(a);
            consume(a.size());
            if (line.back() == '\r') {
                line.pop_back();
                had_cr = true;
            }
            return line_status::ok;
        }
    }
}

std::size_t warc_stream::read(std::size_t n, std::string& out) {
    std::size_t got = 0;
    while (got < n) {
        if (available().empty() && !fill()) break;
        std::string_view a = available();
        std::size_t take = std::min(n - got, a.size());
        out.append(a.substr(0, take));
        consume(take);
        got += take;
    }
    return got;
}

std::uint64_t warc_stream::skip(std::uint64_t n) {
    std::uint64_t done = 0;
    while (done < n) {
        if (available().empty() && !fill()) break;
        std::size_t take = static_cast<std::size_t>(std::min<std::uint64_t>(n - done, available().size()));
        consume(take);
        done += take;
    }
    return done;
}

std::uint64_t warc_stream::skip_to_line(std::string_view marker, bool at_line_start) {
    std::uint64_t skipped = 0;
    std::string needle = "\n" + std::string(marker);
    for (;;) {
        ensure(marker.size());
        std::string_view a = available();
        if (at_line_start && a.substr(0, marker.size()) == marker) return skipped;
        std::size_t hit = a.find(needle);
        if (hit != std::string_view::npos) {
            consume(hit + 1);
            return skipped + hit + 1;
        }
        // Keep a marker's length: it may be the start of a match.
        if (a.size() > marker.size()) {
            std::size_t k = a.size() - marker.size();
            at_line_start = a[k - 1] == '\n';
            consume(k);
            skipped += k;
        }
        if (!fill()) {
            skipped += available().size();
            consume(available().size());
            return skipped;
        }
    }
}

}  // namespace pith::detail
