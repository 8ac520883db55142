#include "input/html_prepass.h"

#include "input/html_bytes.h"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace pith::detail {

namespace {

constexpr std::size_t noscript_content_bytes = 2048;

// The one table of attributes that reach the parser: what the DOM walk, the
// metadata code and the renderer read, what Gumbo's tree construction looks
// at (input type, font color/face/size and annotation-xml encoding in foreign
// content), and what they are about to read (microdata, dates, table spans,
// list numbering). Everything else (data-*, srcset, event handlers, width,
// title, src, ...) is dropped before Gumbo: on crawled pages it is a third of
// the markup left after the payload cut. A new reader of an attribute adds
// its name here. Sorted, lower case; aria-* is kept as a prefix.
constexpr std::string_view read_attributes[] = {
    "abbr",     "alt",      "charset",  "cite",      "class",   "color",    "colspan",   "content",
    "datetime", "dir",      "encoding", "face",      "headers", "hidden",   "href",      "http-equiv",
    "id",       "itemid",   "itemprop", "itemref",   "itemscope", "itemtype", "lang",    "name",
    "open",     "property", "rel",      "reversed",  "role",    "rowspan",  "scope",     "size",
    "span",     "start",    "style",    "summary",   "type",    "value",    "xml:lang",  "xmlns",
};
static_assert(std::is_sorted(std::begin(read_attributes), std::end(read_attributes)));

// Writes the start tag in[lt, gt] (its name ends at `name_end`) to `out`
// without the attributes no reader wants. The attributes are tokenized as
// HTML does (names end at space, '/', '>' or '='; values quoted or up to
// space or '>'), so Gumbo sees the kept ones exactly as before. Where that
// tokenizer would not end the tag at `gt` (an unbalanced quote, a '>' in an
// unquoted value) the tag goes through as written.
void append_start_tag(std::string_view in, std::size_t lt, std::size_t name_end, std::size_t gt, std::string& out) {
    struct span {
        std::size_t begin, end;
    };
    span kept[32];
    std::size_t n_kept = 0;
    bool dropped = false, self_closing = false, overflow = false;
    std::size_t p = name_end;
    while (true) {
        while (p < gt && (is_ascii_space(in[p]) || in[p] == '/')) {
            if (in[p] == '/' && p + 1 == gt) self_closing = true;
            ++p;
        }
        if (p >= gt || in[p] == '>') break;
        const std::size_t a = p++;  // a name may begin with '='
        while (p < gt && !is_ascii_space(in[p]) && in[p] != '/' && in[p] != '>' && in[p] != '=') ++p;
        const std::string_view name = in.substr(a, p - a);
        std::size_t q = p;
        while (q < gt && is_ascii_space(in[q])) ++q;
        if (q < gt && in[q] == '=') {
            ++q;
            while (q < gt && is_ascii_space(in[q])) ++q;
            if (q < gt && (in[q] == '"' || in[q] == '\'')) {
                const std::size_t close = in.find(in[q], q + 1);
                if (close == std::string_view::npos || close > gt) break;  // the tag runs on: p != gt
                p = close + 1;
            } else {
                while (q < gt && !is_ascii_space(in[q]) && in[q] != '>') ++q;
                p = q;
            }
        }
        if (!parser_reads_attribute(name)) dropped = true;
        else if (n_kept < std::size(kept)) kept[n_kept++] = span{a, p};
        else overflow = true;
    }
    if (!dropped || overflow || p != gt) {
        out.append(in.substr(lt, gt + 1 - lt));
        return;
    }
    out.append(in.substr(lt, name_end - lt));
    for (std::size_t k = 0; k < n_kept; ++k) {
        out.push_back(' ');
        out.append(in.substr(kept[k].begin, kept[k].end - kept[k].begin));
    }
    // The space keeps a last unquoted value from taking the slash.
    out.append(self_closing ? " />" : ">");
}

// Elements whose text keeps its white space as written (textarea's is never
// shown, but it is kept as written all the same).
bool keeps_white_space(std::string_view lower_name) {
    return lower_name == "pre" || lower_name == "listing" || lower_name == "xmp" || lower_name == "plaintext" ||
           lower_name == "textarea";
}

// Appends text between tags. Outside preformatted elements every run of
// white space reads as one space (the walk and text_of collapse it), so a
// run is passed on as its first byte: on crawled pages the indentation
// between tags is a sixth of what Gumbo would otherwise read byte by byte.
void append_text(std::string_view s, std::string& out, bool collapse) {
    if (!collapse) {
        out.append(s);
        return;
    }
    std::size_t start = 0;
    if (!out.empty() && is_ascii_space(out.back()))  // a run continues across a cut comment
        while (start < s.size() && is_ascii_space(s[start])) ++start;
    for (std::size_t k = start; k + 1 < s.size(); ++k) {
        if (!is_ascii_space(s[k]) || !is_ascii_space(s[k + 1])) continue;
        std::size_t e = k + 2;
        while (e < s.size() && is_ascii_space(s[e])) ++e;
        out.append(s.substr(start, k + 1 - start));
        start = e;
        k = e - 1;
    }
    if (start < s.size()) out.append(s.substr(start));
}

// Elements whose content never reaches the parser (a long <noscript>'s
// does, without its tags: skip_payload).
bool payload_element(std::string_view name) {
    return name == "script" || name == "style" || name == "noscript" || name == "template" || name == "svg" ||
           name == "math";
}

// svg, template and math nest: the end tag of the outermost one, whose start
// tag ends at `gt` (npos when it never ends).
std::size_t outermost_end_tag(std::string_view in, std::size_t gt, std::string_view name) {
    std::size_t close = find_end_tag(in, gt + 1, name);
    int open = 1;
    std::size_t from = gt + 1;
    while (close != std::string_view::npos) {
        std::size_t inner = from;
        while (true) {
            std::size_t p = in.find('<', inner);
            if (p == std::string_view::npos || p >= close) break;
            if (equals_ci(in.substr(p + 1, name.size()), name) && p + 1 + name.size() < in.size() &&
                !is_alpha(in[p + 1 + name.size()]))
                ++open;
            inner = p + 1;
        }
        if (--open == 0) break;
        from = close + 2;
        close = find_end_tag(in, from, name);
    }
    return close;
}

// Passes over the payload element whose start tag `tag` ends at `gt`,
// keeping a JSON-LD script's text in `jsonld`; returns where the scan goes
// on (the input's size when the payload runs to its end).
std::size_t skip_payload(std::string_view in, std::string_view tag, std::size_t gt, std::string_view name,
                         std::vector<std::string>& jsonld) {
    const bool self_closing = in[gt - 1] == '/';
    if (self_closing && (name == "svg" || name == "math")) return gt + 1;
    const std::size_t close = name == "svg" || name == "template" || name == "math"
                                  ? outermost_end_tag(in, gt, name)
                                  : find_end_tag(in, gt + 1, name);
    if (name == "script" && contains_ci(tag, "ld+json") && close != std::string_view::npos)
        jsonld.emplace_back(in.substr(gt + 1, close - gt - 1));
    // A long <noscript> is the page itself, served to clients without
    // JavaScript (forum software does this); short ones are tracking
    // pixels and "enable JavaScript" notes. Keep the long one's
    // content, without the tags.
    if (name == "noscript" && close != std::string_view::npos && close - gt > noscript_content_bytes)
        return gt + 1;
    if (close == std::string_view::npos) return in.size();
    std::size_t close_gt = in.find('>', close);
    return close_gt == std::string_view::npos ? in.size() : close_gt + 1;
}

// What of the remaining tags reaches the parser: tags nested deeper than
// max_depth do not; past max_nodes start tags only structural ones do, up
// to max_nodes more; past those none.
class tag_filter {
public:
    tag_filter(std::size_t max_depth, std::size_t max_nodes) : max_depth_(max_depth), max_nodes_(max_nodes) {}

    // Writes the tag in[lt, gt] (its lower-case name `name` ends at
    // `name_end`) to `out`, or what stands in its place.
    void pass(std::string_view in, std::size_t lt, std::size_t name_end, std::size_t gt,
              std::string_view name, bool end, std::string& out);
    // Outside preformatted elements white space runs collapse.
    bool collapse() const { return preformatted_ == 0; }

    bool flattened = false;  // a tag was dropped for its depth
    bool capped = false;     // max_nodes was reached

private:
    bool within_depth(std::string_view name, bool end, bool self_closing);

    std::size_t max_depth_, max_nodes_;
    std::size_t depth_ = 0;
    std::size_t elements_ = 0;     // start tags passed on to the parser
    bool over_nodes_ = false;      // max_nodes reached: only structural tags pass
    std::size_t structural_ = 0;   // structural start tags passed after that
    bool over_structure_ = false;  // max_nodes more of those: no tag passes any more
    // Preformatted elements that may be open. Counted up at every start tag,
    // down only at end tags that reach the parser, so it errs towards "open"
    // (white space kept) where the parser might still have one open.
    std::size_t preformatted_ = 0;
};

// Tracks the nesting depth; false for a tag that opens or closes an element
// deeper than max_depth.
bool tag_filter::within_depth(std::string_view name, bool end, bool self_closing) {
    if (is_void_element(name) || has_optional_end(name) || self_closing) return true;
    bool keep;
    if (end) {
        if (depth_ > 0) --depth_;
        keep = depth_ < max_depth_;
    } else {
        keep = depth_ < max_depth_;
        ++depth_;
    }
    if (!keep) flattened = true;
    return keep;
}

void tag_filter::pass(std::string_view in, std::size_t lt, std::size_t name_end, std::size_t gt,
                      std::string_view name, bool end, std::string& out) {
    const std::string_view tag = in.substr(lt, gt + 1 - lt);
    const bool keep = within_depth(name, end, gt > lt && in[gt - 1] == '/');
    // Past max_nodes only structural tags (paragraphs, headings,
    // sections) reach the parser, up to max_nodes more start tags; past
    // those no tag at all (a lone end tag can still make an element), so
    // the rest of the page is text; a line break in each dropped tag's
    // place keeps paragraphs from gluing.
    if (keep && !end && !over_nodes_ && ++elements_ > max_nodes_) {
        over_nodes_ = true;
        capped = true;
    }
    bool pass_structure = over_nodes_ && !over_structure_ && is_structural_element(name);
    if (pass_structure && keep && !end && ++structural_ > max_nodes_) {
        over_structure_ = true;
        pass_structure = false;
    }
    if (keeps_white_space(name)) {
        if (!end) ++preformatted_;
        else if (keep && (!over_nodes_ || pass_structure) && preformatted_ > 0) --preformatted_;
    }
    if (pass_structure) {
        if (keep && !end) append_start_tag(in, lt, name_end, gt, out);
        else if (keep) out.append(tag);
    } else if (over_nodes_) {
        if (!out.empty() && !is_ascii_space(out.back())) out.push_back('\n');
    } else if (keep && !end) {
        append_start_tag(in, lt, name_end, gt, out);
    } else if (keep) {
        out.append(tag);
    }
}

}  // namespace

bool parser_reads_attribute(std::string_view name) {
    char lower[16];
    if (name.size() > sizeof lower) return false;
    for (std::size_t k = 0; k < name.size(); ++k) lower[k] = lower_ascii(name[k]);
    const std::string_view l(lower, name.size());
    if (l.size() > 5 && l.substr(0, 5) == "aria-") return true;
    return std::binary_search(std::begin(read_attributes), std::end(read_attributes), l);
}

std::string strip_payloads(std::string_view in, std::vector<std::string>& jsonld, std::size_t max_depth,
                           bool* flattened, std::size_t max_nodes, bool* capped) {
    std::string out;
    out.reserve(in.size() / 2 + 64);
    const std::size_t n = in.size();
    tag_filter filter(max_depth, max_nodes);
    std::size_t i = 0;
    while (i < n) {
        std::size_t lt = in.find('<', i);
        if (lt == std::string_view::npos) {
            append_text(in.substr(i), out, filter.collapse());
            break;
        }
        append_text(in.substr(i, lt - i), out, filter.collapse());
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
        if (!end && payload_element(name)) {
            i = skip_payload(in, in.substr(i, gt + 1 - i), gt, name, jsonld);
            continue;
        }
        if (!(end && name == "noscript")) filter.pass(in, i, ne, gt, name, end, out);
        i = gt + 1;
    }
    if (flattened && filter.flattened) *flattened = true;
    if (capped && filter.capped) *capped = true;
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
