#include "input/detect.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

namespace pith::detail {

namespace {
bool starts_with_ci(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
    return true;
}
}  // namespace

bool looks_like_html(std::string_view bytes) noexcept {
    std::string_view head = bytes.substr(0, 4096);
    std::size_t i = 0;
    if (head.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
    while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
    head.remove_prefix(i);
    for (std::string_view p : {"<!doctype html", "<html", "<head", "<body", "<?xml", "<!--", "<meta", "<title"})
        if (starts_with_ci(head, p)) return true;
    // Otherwise: mostly tags. Count '<' followed by a letter or '/'.
    std::size_t tags = 0;
    for (std::size_t k = 0; k + 1 < head.size(); ++k)
        if (head[k] == '<' && (std::isalpha(static_cast<unsigned char>(head[k + 1])) || head[k + 1] == '/')) ++tags;
    return tags >= 8 && tags * 40 >= head.size();
}

unicode_mark wide_unicode_mark(std::string_view b) noexcept {
    // UTF-32LE's mark starts with UTF-16LE's: test the longer one first.
    if (b.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4)) return {"UTF-32LE", 4};
    if (b.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4)) return {"UTF-32BE", 4};
    if (b.substr(0, 2) == "\xFF\xFE") return {"UTF-16LE", 2};
    if (b.substr(0, 2) == "\xFE\xFF") return {"UTF-16BE", 2};
    return {};
}

bool looks_like_warc(std::string_view bytes) noexcept {
    std::string_view head = bytes.substr(0, 64);
    if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
    return head.substr(0, 7) == "WARC/1.";
}

bool looks_binary(std::string_view bytes) noexcept {
    std::string_view head = bytes.substr(0, 8192);
    if (head.empty() || !wide_unicode_mark(head).encoding.empty()) return false;
    std::size_t bad = 0, nuls = 0, even_nuls = 0;
    for (std::size_t i = 0; i < head.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(head[i]);
        if (c == 0) {
            ++nuls;
            if (i % 2 == 0) ++even_nuls;
        }
        if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B)) ++bad;
    }
    if (bad * 10 <= head.size()) return false;
    // UTF-16 without a mark: ASCII's high bytes, NUL on one parity only, and
    // few controls besides them. (UTF-32's NULs fall on both parities, but
    // it comes with a mark in practice; without one it is refused.)
    std::size_t one_parity = std::max(even_nuls, nuls - even_nuls);
    bool utf16 = nuls * 4 >= head.size() && one_parity * 20 >= nuls * 19 && (bad - nuls) * 50 <= head.size();
    return !utf16;
}

}  // namespace pith::detail
