// libFuzzer target: the byte-to-UTF-8 layer on its own (gzip, byte order
// marks, <meta charset>, detection, iconv). Whatever the bytes, the result
// must be valid UTF-8 and name the charset it was read in; a charset label
// taken from the input's first byte exercises the override path too.
#include "check_result.h"
#include "input/decode.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view in(reinterpret_cast<const char*>(data), size);
    static constexpr std::string_view labels[] = {"", "utf-8", "windows-1252", "shift_jis", "utf-16le",
                                                  "iso-8859-5", "gb18030", "no-such-charset"};
    std::string_view label = labels[size == 0 ? 0 : data[0] % std::size(labels)];
    pith::detail::decoded d = pith::detail::decode_html_bytes(in, label);
    pith::fuzz::require(pith::fuzz::valid_utf8(d.text), "decode_html_bytes gave invalid UTF-8");
    pith::fuzz::require(!d.encoding.empty(), "decode_html_bytes named no charset");
    std::string inflated, error;
    if (pith::detail::gunzip(in, std::size_t{1} << 24, inflated, error)) {
        pith::detail::decoded g = pith::detail::decode_html_bytes(inflated, "");
        pith::fuzz::require(pith::fuzz::valid_utf8(g.text), "decoding inflated bytes gave invalid UTF-8");
    }
    return 0;
}
