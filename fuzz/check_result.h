// What every fuzz target checks on every input, whatever pith decided: the
// public contract of pith::result (pith.h), plus the text front end's
// promise that no text is lost. A broken promise aborts, which libFuzzer
// and the replay tests report as a failure with the input that caused it.
#pragma once

#include "pith/pith.h"
#include "input/decode.h"
#include "input/detect.h"
#include "text/unicode.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace pith::fuzz {

[[noreturn]] inline void fail(const char* what) {
    std::fprintf(stderr, "pith fuzz invariant broken: %s\n", what);
    std::abort();
}

inline void require(bool ok, const char* what) {
    if (!ok) fail(what);
}

// Strict UTF-8 check, written out here rather than borrowed from pith, so a
// decoder bug in pith cannot hide itself.
inline bool valid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (n == 0 || i + n > s.size()) return false;
        char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
        for (std::size_t k = 1; k < n; ++k) {
            unsigned char d = static_cast<unsigned char>(s[i + k]);
            if ((d & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (d & 0x3F);
        }
        static constexpr char32_t min_for[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < min_for[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += n;
    }
    return true;
}

// Code points that are not white space, as pith's front end counts them.
inline std::size_t visible_code_points(std::string_view s) {
    std::size_t n = 0, i = 0;
    while (i < s.size())
        if (!detail::is_space(detail::next_code_point(s, i))) ++n;
    return n;
}

inline void check_result(std::string_view input, const result& r, const options& o) {
    if (input.size() > o.max_input_bytes) {
        require(r.code == status::too_large, "input over max_input_bytes not refused");
        return;
    }
    require(r.code != status::too_large, "too_large below the limit");
    if (!r.ok()) {
        require(!r.message.empty(), "failure without a message");
        // timed_out alone carries what pith had (pith.h, options::max_millis).
        require(r.code == status::timed_out || (r.text.empty() && r.blocks.empty()), "failure with output");
        return;
    }
    if (r.code == status::empty_input) require(r.blocks.empty() && r.text.empty(), "empty_input with output");
    require(r.blocks.size() <= o.max_blocks, "more blocks than max_blocks");
    require(valid_utf8(r.text) && valid_utf8(r.title), "output is not valid UTF-8");
    std::string joined;
    bool title_found = r.title.empty();
    for (const block& b : r.blocks) {
        require(!b.text.empty(), "empty block");
        require(valid_utf8(b.text), "block is not valid UTF-8");
        // Only preformatted text keeps line breaks, and never a blank line.
        require(b.text.find_first_of(std::string_view("\r\0", 2)) == std::string::npos,
                "block holds a CR or NUL");
        require(b.kind == block_kind::preformatted ? b.text.find("\n\n") == std::string::npos
                                                   : b.text.find('\n') == std::string::npos,
                "block holds a line break (or a blank line in preformatted text)");
        require(b.kept == (b.why == reason::body), "kept disagrees with the reason");
        if (b.why == reason::title && b.text == r.title) title_found = true;
        if (b.kept) {
            if (!joined.empty()) joined += "\n\n";
            joined += b.text;
        }
    }
    if (!joined.empty()) joined += '\n';
    require(joined == r.text, "text is not the kept blocks joined by blank lines");
    // In text mode the title is a block; HTML takes it from og:title or <title> too.
    require(title_found || r.mode == input_mode::html, "title is not one of the blocks");
    if (r.mode == input_mode::text && r.code == status::ok) {
        // The text front end splits, joins and collapses white space, and a
        // glued copy is split off, never dropped: every visible character of
        // the cleaned input is in exactly one block, max_blocks or not.
        // gzip input is inflated first (pipeline.cpp), so compare with that.
        std::string inflated, error;
        std::string_view source = input;
        if (input.substr(0, 2) == "\x1f\x8b" && detail::gunzip(input, o.max_input_bytes, inflated, error))
            source = inflated;
        // UTF-16 and UTF-32 with a byte order mark are transcoded first too.
        std::string transcoded;
        const detail::unicode_mark wide = detail::wide_unicode_mark(source);
        if (!wide.encoding.empty() &&
            detail::convert_to_utf8(source.substr(wide.length), std::string(wide.encoding), transcoded))
            source = transcoded;
        std::size_t in_blocks = 0;
        for (const block& b : r.blocks) in_blocks += visible_code_points(b.text);
        require(in_blocks == visible_code_points(detail::sanitize_text(source)), "text lost or invented");
    }
}

// Runs `clean` on the input with default options and with small block,
// node and depth limits taken from the input (the defaults are far above
// what a fuzzer's few kilobytes reach), checking both results and that a
// second run gives the same output.
template <class Clean>
void check_entry(const std::uint8_t* data, std::size_t size, Clean clean) {
    std::string_view in(reinterpret_cast<const char*>(data), size);
    options o;
    result r = clean(in, o);
    check_result(in, r, o);
    result again = clean(in, o);
    require(again.code == r.code && again.text == r.text && again.blocks.size() == r.blocks.size(),
            "the same input gave different results");
    options small;
    small.max_blocks = 1 + (size > 0 ? data[size - 1] % 8 : 0);
    small.max_input_bytes = size > 0 && data[0] == 'L' ? size - 1 : small.max_input_bytes;
    small.max_nodes = size > 1 ? data[size - 2] % 64 : 0;
    small.max_depth = size > 2 ? 1 + data[size - 3] % 16 : 1;
    check_result(in, clean(in, small), small);
}

}  // namespace pith::fuzz
