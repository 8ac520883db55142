// Bytes to UTF-8: gzip, byte order marks, declared charsets, detection and
// conversion. Browsers are the model: a declared ISO-8859-1 is read as
// windows-1252, invalid sequences become U+FFFD, and nothing here throws on
// bad input.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pith::detail {

// True when the bytes start with the gzip magic number.
bool is_gzip(std::string_view bytes) noexcept;

// Inflates gzip data (concatenated members too). Output beyond `max_out`
// bytes is an error (a decompression bomb guard). A truncated stream keeps
// what was inflated and reports it in `error`; returns false only when
// nothing usable came out.
bool gunzip(std::string_view in, std::size_t max_out, std::string& out, std::string& error);

// The charset a document declares in its first bytes: <meta charset>,
// <meta http-equiv="Content-Type" content="...; charset=...">, or an XML
// declaration's encoding. Lower case, as written; empty when none.
std::string declared_charset(std::string_view head);

// Maps a charset label to the name iconv should use, following the WHATWG
// Encoding Standard's aliases (iso-8859-1 and us-ascii are windows-1252,
// shift_jis is windows-31j, gb2312 is gbk, ...). Empty for an unknown label.
std::string iconv_name(std::string_view label);

// Converts `bytes` from `iconv_encoding` to UTF-8; invalid or truncated
// sequences become U+FFFD. Returns false when iconv does not know the
// encoding.
bool convert_to_utf8(std::string_view bytes, const std::string& iconv_encoding, std::string& out);

// Statistical guess (libuchardet) at the encoding of undeclared bytes, as an
// iconv name; empty when it has no opinion.
std::string detect_charset(std::string_view bytes);

struct decoded {
    std::string text;      // UTF-8 (may still contain U+FFFD)
    std::string encoding;  // the iconv name used, "UTF-8" when none was needed
    std::string source;    // how it was chosen: "override", "bom", "declared", "hint", "detected", "default"
};

// HTML bytes (already inflated) to UTF-8. `override_label` (empty = auto)
// wins over everything but a byte order mark, as in browsers. `hint_label`
// (a transport's charset, options::charset_hint) is used only when the page
// declares nothing usable, and is dropped when the bytes contradict it.
decoded decode_html_bytes(std::string_view bytes, std::string_view override_label,
                          std::string_view hint_label = {});

}  // namespace pith::detail
