#include "input/page_meta.h"

#include "input/html_bytes.h"

namespace pith::detail {

namespace {

std::string lower_trimmed(std::string_view s) {
    while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
    std::string out(s);
    for (char& c : out) c = lower_ascii(c);
    return out;
}

// Addresses longer than this are not page addresses but data: URIs or junk.
constexpr std::size_t max_url_bytes = 2048;

}  // namespace

void note_meta(std::string_view property, std::string_view content, page_meta& meta) {
    if (equals_ci(property, "og:type") && meta.og_type.empty()) {
        meta.og_type = lower_trimmed(content);
    } else if (equals_ci(property, "og:url") && meta.url.empty() && content.size() <= max_url_bytes) {
        meta.url = std::string(content);
    }
}

void note_link(std::string_view rel, std::string_view href, page_meta& meta) {
    // The canonical link wins over og:url, which is read wherever it stands.
    if (equals_ci(rel, "canonical") && !href.empty() && href.size() <= max_url_bytes) meta.url = std::string(href);
}

}  // namespace pith::detail
