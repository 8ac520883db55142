// Deciding what the input is, from its first bytes.
#pragma once

#include <cstddef>
#include <string_view>

namespace pith::detail {

// True when the bytes look like an HTML document rather than a text scrape.
bool looks_like_html(std::string_view bytes) noexcept;

// True when the bytes are binary data, which neither front end can make
// sense of: in the first 8 KB, more than one byte in ten is a NUL or a C0
// control that text does not use (tab, line ends, form feed and escape are
// text). Text in UTF-16 or UTF-32 is not binary though every other byte (or
// three bytes in four) is NUL: a Unicode byte order mark, or NULs that fall
// (almost) all on one parity of position, as the high bytes of ASCII
// characters do, mark it as text in a wide encoding.
bool looks_binary(std::string_view bytes) noexcept;

// A UTF-16 or UTF-32 byte order mark at the start: the iconv name of the
// encoding ("UTF-32LE", "UTF-16BE", ...) and the mark's length, or an
// empty name. (UTF-8's mark is handled by the UTF-8 layer.)
struct unicode_mark {
    std::string_view encoding;
    std::size_t length = 0;
};
unicode_mark wide_unicode_mark(std::string_view bytes) noexcept;

// True when the bytes are a WARC archive (a "WARC/1.0" or "WARC/1.1"
// record header first): many pages with their HTTP headers, not one page.
bool looks_like_warc(std::string_view bytes) noexcept;

}  // namespace pith::detail
