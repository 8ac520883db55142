// The bytes under the WARC reader: a source (file, istream, callback), gzip
// undone member by member when the stream starts with the gzip magic, and a
// bounded look-ahead buffer with the few operations record parsing needs.
#pragma once

#include "pith/warc.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace pith::detail {

class warc_stream {
public:
    explicit warc_stream(warc::read_function read);
    ~warc_stream();
    warc_stream(const warc_stream&) = delete;
    warc_stream& operator=(const warc_stream&) = delete;

    // Makes at least `n` bytes available unless the stream ends (or fails)
    // first; returns whether it did. Reads in fixed chunks.
    bool ensure(std::size_t n);
    // The buffered bytes, from the current position.
    std::string_view available() const noexcept { return std::string_view(buf_).substr(pos_); }
    void consume(std::size_t n) noexcept;
    // Puts bytes already consumed back in front of the current position.
    void unread(std::string_view bytes);
    // True when nothing is buffered and the source is exhausted (or failed).
    bool at_end();

    enum class line_status { ok, end, too_long };
    // Consumes one line (up to and including '\n', or to the end of the
    // stream) into `line`, without its '\n' or '\r\n' (`had_cr` says
    // which). A line longer than `max` is consumed up to `max` bytes and
    // reported too_long; end when nothing is left.
    line_status read_line(std::string& line, std::size_t max, bool& had_cr);
    // Appends up to `n` bytes to `out`; returns how many.
    std::size_t read(std::size_t n, std::string& out);
    // Discards up to `n` bytes; returns how many.
    std::uint64_t skip(std::uint64_t n);
    // Discards bytes up to the next line that starts with `marker` (the
    // current position counts as a line start when `at_line_start`). Returns
    // how many bytes were discarded.
    std::uint64_t skip_to_line(std::string_view marker, bool at_line_start);

    std::uint64_t position() const noexcept { return consumed_; }
    bool failed() const noexcept { return !error_.empty(); }
    const std::string& error() const noexcept { return error_; }
    bool gzipped() const noexcept { return gzip_ != nullptr; }

private:
    bool fill();          // appends one chunk to buf_; false at end or failure
    bool fill_raw();      // one chunk of source bytes into raw_
    bool fill_inflated();
    void fail(std::string message);

    warc::read_function read_;
    std::string buf_;
    std::size_t pos_ = 0;
    std::string raw_;         // source bytes not yet inflated (gzip mode)
    std::size_t raw_pos_ = 0;
    bool raw_end_ = false;
    bool started_ = false;
    bool end_ = false;
    std::uint64_t consumed_ = 0;
    struct inflater;
    std::unique_ptr<inflater> gzip_;
    std::string error_;
};

}  // namespace pith::detail
