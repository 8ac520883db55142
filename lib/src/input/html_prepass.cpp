#include "input/html_prepass.h"

#include "input/html_bytes.h"

#include <cstring>

namespace pith::detail {

namespace {

constexpr std::size_t noscript_content_bytes = 2048;

}  // namespace

std::string strip_payloads(std::string_view in, std::vector<std::string>& jsonld, std::size_t max_depth,
                           bool* flattened, std::size_t max_nodes, bool* capped) {
    std::string out;
    out.reserve(in.size() / 2 + 64);
    const std::size_t n = in.size();
    std::size_t i = 0;
    std::size_t depth = 0;
    std::size_t elements = 0;     // start tags passed on to the parser
    bool over_nodes = false;      // max_nodes reached: only structural tags pass
    std::size_t structural = 0;   // structural start tags passed after that
    bool over_structure = false;  // max_nodes more of those: no tag passes any more
    while (i < n) {
        std::size_t lt = in.find('<', i);
        if (lt == std::string_view::npos) {
            out.append(in.substr(i));
            break;
        }
        out.append(in.substr(i, lt - i));
        i = lt;
        if (in.compare(i, 4, "<!--") == 0) {
            std::size_t e = in.find("-->", i + 4);
            i = e == std::string_view::npos ? n : e + 3;
            continue;
        }
        const bool end = i + 1 < n && in[i + 1] == '/';
        const std::size_t ns = i + 1 + (end ? 1 : 0);
        if (ns >= n || !is_alpha(in[ns])) {
            out.push_back('<');
            ++i;
            continue;
        }
        std::size_t ne = ns;
        while (ne < n && !is_ascii_space(in[ne]) && in[ne] != '>' && in[ne] != '/') ++ne;
        std::string name;
        for (std::size_t k = ns; k < ne && name.size() < 16; ++k) name.push_back(lower_ascii(in[k]));
        std::size_t gt = tag_end(in, ne);
        if (gt == std::string_view::npos) {  // an unfinished tag at the end: drop it
            break;
        }
        std::string_view tag = in.substr(i, gt + 1 - i);
        const bool self_closing = gt > i && in[gt - 1] == '/';
        if (!end && (name == "script" || name == "style" || name == "noscript" || name == "template" ||
                     name == "svg" || name == "math")) {
            if (self_closing && (name == "svg" || name == "math")) {
                i = gt + 1;
                continue;
            }
            std::size_t close = find_end_tag(in, gt + 1, name);
            if (name == "svg" || name == "template" || name == "math") {
                // These nest; skip to the end tag of the outermost one.
                int open = 1;
                std::size_t from = gt + 1;
                while (close != std::string_view::npos) {
                    std::size_t inner = from;
                    while (true) {
                        std::size_t p = in.find('<', inner);
                        if (p == std::string_view::npos || p >= close) break;
                        if (equals_ci(in.substr(p + 1, name.size()), name) && p + 1 + name.size() < n &&
                            !is_alpha(in[p + 1 + name.size()]))
                            ++open;
                        inner = p + 1;
                    }
                    if (--open == 0) break;
                    from = close + 2;
                    close = find_end_tag(in, from, name);
                }
            }
            if (name == "script" && contains_ci(tag, "ld+json") && close != std::string_view::npos)
                jsonld.emplace_back(in.substr(gt + 1, close - gt - 1));
            // A long <noscript> is the page itself, served to clients without
            // JavaScript (forum software does this); short ones are tracking
            // pixels and "enable JavaScript" notes. Keep the long one's
            // content, without the tags.
            if (name == "noscript" && close != std::string_view::npos && close - gt > noscript_content_bytes) {
                i = gt + 1;
                continue;
            }
            if (close == std::string_view::npos) break;  // the payload runs to the end
            std::size_t close_gt = in.find('>', close);
            i = close_gt == std::string_view::npos ? n : close_gt + 1;
            continue;
        }
        if (end && name == "noscript") {
            i = gt + 1;
            continue;
        }
        bool keep = true;
        if (!is_void_element(name) && !has_optional_end(name) && !self_closing) {
            if (end) {
                if (depth > 0) --depth;
                keep = depth < max_depth;
            } else {
                keep = depth < max_depth;
                ++depth;
            }
            if (!keep && flattened) *flattened = true;
        }
        // Past max_nodes only structural tags (paragraphs, headings,
        // sections) reach the parser, up to max_nodes more start tags; past
        // those no tag at all (a lone end tag can still make an element), so
        // the rest of the page is text; a line break in each dropped tag's
        // place keeps paragraphs from gluing.
        if (keep && !end && !over_nodes && ++elements > max_nodes) {
            over_nodes = true;
            if (capped) *capped = true;
        }
        bool pass_structure = over_nodes && !over_structure && is_structural_element(name);
        if (pass_structure && keep && !end && ++structural > max_nodes) {
            over_structure = true;
            pass_structure = false;
        }
        if (pass_structure) {
            if (keep) out.append(tag);
        } else if (over_nodes) {
            if (!out.empty() && !is_ascii_space(out.back())) out.push_back('\n');
        } else if (keep) {
            out.append(tag);
        }
        i = gt + 1;
    }
    return out;
}

void defuse_numeric_references(std::string& html) {
    static constexpr std::uint32_t beyond_unicode = 0x110000;
    // Position and extent of the next reference beyond U+10FFFF at or after
    // `from`: [p, end) covers "&#", an optional x and the digits.
    const auto next_large = [&html](std::size_t from, std::size_t& end) {
        for (std::size_t p = html.find("&#", from); p != std::string::npos; p = html.find("&#", p + 2)) {
            std::size_t q = p + 2;
            const bool hex = q < html.size() && (html[q] == 'x' || html[q] == 'X');
            if (hex) ++q;
            std::uint32_t value = 0;
            for (; q < html.size(); ++q) {
                char c = html[q];
                int digit = c >= '0' && c <= '9' ? c - '0'
                          : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                          : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
                if (digit < 0) break;
                // Saturate: only "beyond Unicode or not" matters.
                value = std::min<std::uint32_t>(value * (hex ? 16 : 10) + static_cast<std::uint32_t>(digit),
                                                beyond_unicode);
            }
            if (value >= beyond_unicode) {
                end = q;
                return p;
            }
        }
        return std::string::npos;
    };
    std::size_t end = 0;
    std::size_t p = next_large(0, end);
    if (p == std::string::npos) return;  // the usual case: nothing to copy
    // "&#65533" is shorter than any reference it replaces (those have seven
    // significant digits or more), so the text is compacted in place: the
    // write position w never passes the read position.
    static constexpr std::string_view replacement = "&#65533";
    std::size_t w = p;
    while (p != std::string::npos) {
        std::memcpy(html.data() + w, replacement.data(), replacement.size());
        w += replacement.size();
        std::size_t next_end = 0;
        const std::size_t next = next_large(end, next_end);
        const std::size_t keep_to = next == std::string::npos ? html.size() : next;
        std::memmove(html.data() + w, html.data() + end, keep_to - end);
        w += keep_to - end;
        p = next;
        end = next_end;
    }
    html.resize(w);
}

}  // namespace pith::detail
