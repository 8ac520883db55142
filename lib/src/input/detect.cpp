#include "input/detect.h"

#include <algorithm>
#include <cctype>
#include <string>

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

bool looks_binary(std::string_view bytes) noexcept {
    std::string_view head = bytes.substr(0, 8192);
    if (head.empty()) return false;
    // UTF-16 text has many NULs too, but in a regular pattern; the HTML
    // front end decodes it. Here, only count bytes no text contains.
    std::size_t bad = 0;
    for (unsigned char c : head)
        if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B)) ++bad;
    return bad * 10 > head.size();
}

}  // namespace pith::detail
