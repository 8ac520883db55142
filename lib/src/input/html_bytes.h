// Byte-level helpers over raw markup, shared by the pre-pass (which scans
// bytes before any parser) and the DOM walk: ASCII case folding, tag-name
// matching and the end of a tag with quoted attribute values.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pith::detail {

inline char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
// A lower-cased copy (ASCII letters only): tag names, attribute values, labels.
inline std::string to_lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = lower_ascii(c);
    return out;
}
inline bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

inline bool equals_ci(std::string_view a, std::string_view lower_b) {
    if (a.size() != lower_b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower_ascii(a[i]) != lower_b[i]) return false;
    return true;
}

inline bool contains_ci(std::string_view hay, std::string_view lower_needle) {
    if (lower_needle.size() > hay.size()) return false;
    for (std::size_t i = 0; i + lower_needle.size() <= hay.size(); ++i) {
        std::size_t k = 0;
        while (k < lower_needle.size() && lower_ascii(hay[i + k]) == lower_needle[k]) ++k;
        if (k == lower_needle.size()) return true;
    }
    return false;
}

// Position of "</name" (any case) at or after `from`, or npos.
inline std::size_t find_end_tag(std::string_view in, std::size_t from, std::string_view name) {
    for (std::size_t p = in.find("</", from); p != std::string_view::npos; p = in.find("</", p + 2)) {
        if (equals_ci(in.substr(p + 2, name.size()), name)) {
            std::size_t after = p + 2 + name.size();
            if (after >= in.size() || !is_alpha(in[after])) return p;
        }
    }
    return std::string_view::npos;
}

// End ('>') of the tag whose name ends at `pos`; quoted attribute values may
// hold '>'. An unbalanced quote falls back to the first '>'.
inline std::size_t tag_end(std::string_view in, std::size_t pos) {
    std::size_t first_gt = in.find('>', pos);
    if (first_gt == std::string_view::npos) return std::string_view::npos;
    std::size_t i = pos;
    while (i < in.size()) {
        char c = in[i];
        if (c == '>') return i;
        if (c == '=') {
            ++i;
            while (i < in.size() && is_ascii_space(in[i])) ++i;
            if (i < in.size() && (in[i] == '"' || in[i] == '\'')) {
                std::size_t close = in.find(in[i], i + 1);
                if (close == std::string_view::npos) return first_gt;
                i = close + 1;
                continue;
            }
            continue;
        }
        ++i;
    }
    return first_gt;
}

inline bool is_void_element(std::string_view name) {
    static constexpr std::string_view names[] = {"area", "base", "br",    "col",  "embed", "hr",     "img",
                                                 "input", "link", "meta", "param", "source", "track", "wbr",
                                                 "keygen", "image"};
    for (std::string_view n : names)
        if (n == name) return true;
    return false;
}

// Elements whose end tag may be left out: the parser closes them itself, so
// counting them would overstate the depth.
inline bool has_optional_end(std::string_view name) {
    static constexpr std::string_view names[] = {"p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup",
                                                 "tbody", "thead", "tfoot", "colgroup", "rb", "rt", "rp",
                                                 "rtc", "html", "head", "body", "caption"};
    for (std::string_view n : names)
        if (n == name) return true;
    return false;
}

// The elements that make paragraphs and sections: past max_nodes these
// still pass the pre-pass (up to max_nodes more of them) while every other
// tag is dropped, so a page whose article follows a huge run of links keeps
// the article's paragraphs apart from the links' text.
inline bool is_structural_element(std::string_view name) {
    static constexpr std::string_view names[] = {
        "html", "body", "p", "div", "article", "main", "section", "header", "footer", "nav", "aside",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "td", "th",
        "blockquote", "pre", "figure", "figcaption", "form", "br"};
    for (std::string_view n : names)
        if (n == name) return true;
    return false;
}

}  // namespace pith::detail
