#include "text/utf8.h"

#include <utf8proc.h>

#include <cstdint>
#include <cstring>

namespace pith::detail {

namespace {

std::uint64_t load8(const char* p) noexcept {
    std::uint64_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

constexpr std::uint64_t high_bits = 0x8080808080808080ull;

// True when one of the eight bytes is below 0x20 or 0x80 and above: a C0
// control (or tab / LF / CR) or part of a multibyte sequence.
bool has_control_or_high(std::uint64_t v) noexcept {
    return ((v - 0x2020202020202020ull) | v) & high_bits;
}

}  // namespace

std::size_t utf8_sequence_length(std::string_view s, std::size_t i) noexcept {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = b(i);
    if (c < 0x80) return 1;
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0) lo = 0xA0;  // no overlong forms
        if (c == 0xED) hi = 0x9F;  // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;  // nothing past U+10FFFF
    } else {
        return 0;
    }
    if (i + len > s.size()) return 0;
    if (b(i + 1) < lo || b(i + 1) > hi) return 0;
    for (std::size_t k = 2; k < len; ++k)
        if (b(i + k) < 0x80 || b(i + k) > 0xBF) return 0;
    return len;
}

std::size_t valid_utf8_prefix(std::string_view s) noexcept {
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        if (i + 8 <= n && (load8(s.data() + i) & high_bits) == 0) {
            i += 8;
            continue;
        }
        std::size_t len = utf8_sequence_length(s, i);
        if (len == 0) break;
        i += len;
    }
    return i;
}

char32_t next_code_point(std::string_view s, std::size_t& i) noexcept {
    const unsigned char c0 = static_cast<unsigned char>(s[i]);
    if (c0 < 0x80) {  // most text is ASCII: no library call for it
        ++i;
        return c0;
    }
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                              static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {
        ++i;
        return replacement_char;
    }
    i += static_cast<std::size_t>(n);
    return static_cast<char32_t>(cp);
}

void append_utf8(std::string& out, char32_t cp) {
    utf8proc_uint8_t buf[4];
    auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf);
    if (n <= 0) {
        n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(replacement_char), buf);
    }
    out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

std::string sanitize_text(std::string_view in) {
    std::string out;
    out.reserve(in.size());
    std::size_t i = 0;
    if (in.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
    const std::size_t n = in.size();
    while (i < n) {
        // Printable ASCII passes through unchanged: copy it in runs, eight
        // bytes tested at a time.
        std::size_t run = i;
        while (run + 8 <= n && !has_control_or_high(load8(in.data() + run))) run += 8;
        while (run < n) {
            unsigned char r = static_cast<unsigned char>(in[run]);
            if (r < 0x20 || r >= 0x80) break;
            ++run;
        }
        out.append(in, i, run - i);
        i = run;
        if (i >= n) break;
        unsigned char c = static_cast<unsigned char>(in[i]);
        if (c < 0x80) {
            ++i;
            if (c == '\r') {
                if (i < n && in[i] == '\n') ++i;
                out.push_back('\n');
            } else if (c == '\n' || c == '\t') {
                out.push_back(static_cast<char>(c));
            }
            continue;
        }
        std::size_t len = utf8_sequence_length(in, i);
        if (len == 0) {  // an invalid byte: U+FFFD for it alone, as next_code_point does
            append_utf8(out, replacement_char);
            ++i;
        } else {
            out.append(in, i, len);
            i += len;
        }
    }
    return out;
}

}  // namespace pith::detail
