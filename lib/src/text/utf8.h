// UTF-8 at the byte level: decoding, validation, encoding, and the one
// sanitising pass every text goes through before any rule sees it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pith::detail {

inline constexpr char32_t replacement_char = 0xFFFD;

// Decodes the code point at `s[i]`, advancing `i`; invalid or truncated
// sequences yield U+FFFD and advance by one byte, so iteration always ends.
char32_t next_code_point(std::string_view s, std::size_t& i) noexcept;

// Length of the valid UTF-8 sequence at `s[i]` (1-4), 0 when it is invalid
// or truncated: overlong forms, surrogates and code points past U+10FFFF are
// invalid, as in utf8proc and the WHATWG decoder.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) noexcept;

// Length of the longest prefix of `s` that is valid UTF-8. ASCII runs are
// skipped eight bytes at a time: most of a page is ASCII markup.
std::size_t valid_utf8_prefix(std::string_view s) noexcept;
void append_utf8(std::string& out, char32_t cp);

// Valid UTF-8 with LF line ends: CRLF and CR become LF, NUL bytes and other
// C0 controls except tab and LF are removed, invalid sequences become U+FFFD,
// a leading BOM is dropped.
std::string sanitize_text(std::string_view in);

}  // namespace pith::detail
