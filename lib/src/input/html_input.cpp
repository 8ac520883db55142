// The HTML front end. Three steps, each linear:
//   1. strip_payloads: a byte scan that cuts script / style / svg / noscript /
//      template / comment payloads (45-60 % of a crawled page, and the part
//      that makes Gumbo slow) and bounds element nesting for Gumbo;
//   2. Gumbo parses what is left;
//   3. an iterative walk (explicit stack: page depth is input-controlled)
//      cuts the tree into blocks at block-level elements and <br>, joins
//      inline text with the spacing a browser shows, and records for each
//      block where it sits: owner tag, heading level, list / table / pre /
//      quote / figure / nav / aside / header / footer / form context, class
//      and id hints, link characters, hidden-ness.
#include "input/html_input.h"

#include "input/gumbo_arena.h"
#include "text/unicode.h"

#include <gumbo.h>
#include <nlohmann/json.hpp>
#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <functional>
#include <memory>
#include <unordered_map>
#include <utility>

namespace pith::detail {

namespace {

char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool equals_ci(std::string_view a, std::string_view lower_b) {
    if (a.size() != lower_b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower_ascii(a[i]) != lower_b[i]) return false;
    return true;
}

bool contains_ci(std::string_view hay, std::string_view lower_needle) {
    if (lower_needle.size() > hay.size()) return false;
    for (std::size_t i = 0; i + lower_needle.size() <= hay.size(); ++i) {
        std::size_t k = 0;
        while (k < lower_needle.size() && lower_ascii(hay[i + k]) == lower_needle[k]) ++k;
        if (k == lower_needle.size()) return true;
    }
    return false;
}

// Position of "</name" (any case) at or after `from`, or npos.
std::size_t find_end_tag(std::string_view in, std::size_t from, std::string_view name) {
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
std::size_t tag_end(std::string_view in, std::size_t pos) {
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

constexpr std::size_t noscript_content_bytes = 2048;

bool is_void_element(std::string_view name) {
    static constexpr std::string_view names[] = {"area", "base", "br",    "col",  "embed", "hr",     "img",
                                                 "input", "link", "meta", "param", "source", "track", "wbr",
                                                 "keygen", "image"};
    for (std::string_view n : names)
        if (n == name) return true;
    return false;
}

// Elements whose end tag may be left out: the parser closes them itself, so
// counting them would overstate the depth.
bool has_optional_end(std::string_view name) {
    static constexpr std::string_view names[] = {"p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup",
                                                 "tbody", "thead", "tfoot", "colgroup", "rb", "rt", "rp",
                                                 "rtc", "html", "head", "body", "caption"};
    for (std::string_view n : names)
        if (n == name) return true;
    return false;
}

std::string_view attr(const GumboElement& el, const char* name) {
    const GumboAttribute* a = gumbo_get_attribute(&el.attributes, name);
    return a ? std::string_view(a->value) : std::string_view();
}

// One RE2::Set over "class id", each pattern a hint category. Short words
// need word boundaries (camelCase is split first); long ones match inside
// compound names ("articleSidebarWidget").
struct hint_matcher {
    RE2::Set set{RE2::Quiet, RE2::UNANCHORED};
    std::vector<std::uint32_t> bits;
    hint_matcher() {
        const auto add = [&](const char* re, std::uint32_t bit) {
            if (set.Add(re, nullptr) >= 0) bits.push_back(bit);
        };
        constexpr const char* b = "(?:^|[^a-z0-9])";
        constexpr const char* e = "(?:[^a-z0-9]|$)";
        const auto word = [&](const char* words) { return std::string(b) + "(?:" + words + ")" + e; };
        add(word("article|articles|articlebody|body|content|contents|entry|main|post|story|text|blog|prose|"
                 "markdown|rte|richtext|hentry|postbody|post-body|entry-content|article-body|storycontent")
                .c_str(),
            hint_positive);
        add("comment|disqus", hint_comment);
        add((word("nav|navbar|menu|menus|breadcrumb|breadcrumbs|pagination|pager|skip|toc|jump") +
             "|navigation|breadcrumb|submenu|menu-item|megamenu|dropdown")
                .c_str(),
            hint_nav);
        add("footer|colophon|copyright|site-info", hint_footer);
        add(word("header|masthead|topbar|top-bar|site-header|page-header").c_str(), hint_header);
        add((word("aside|rail|secondary") + "|sidebar").c_str(), hint_sidebar);
        add((word("follow|sociable") + "|share|sharing|social|addthis|shariff").c_str(), hint_share);
        add((word("trending|popular|most|recommended|recommendations|read-next|readnext") +
             "|related|recirc|more-stories|you-may|also-like|outbrain|taboola")
                .c_str(),
            hint_related);
        add((word("ad|ads|adv|advert|advertisement|adsense|dfp|gpt|banner|banners") + "|promo|sponsor|advertis")
                .c_str(),
            hint_promo);
        add((word("credit|credits|gallery|slideshow|lightbox") + "|caption")
                .c_str(),
            hint_caption);
        // Not "tag", "category", "date": WordPress and shop themes put
        // "tag-foo category-bar" taxonomy classes on every post and product.
        add((word("author|authors|meta|dateline|timestamp|posted|published|tags|post-tags|entry-tags|"
                  "avatar|profile|signature|user-info|userinfo|post-date|entry-date") +
             "|byline")
                .c_str(),
            hint_byline);
        add((word("author|authors|author-bio|about-author|author-box|author-info") + "|byline").c_str(), hint_author);
        add("cookie|consent|gdpr|onetrust|cookiebot", hint_cookie);
        add((word("signup|sign-up|optin|opt-in") + "|newsletter|subscribe|subscription|mailchimp").c_str(),
            hint_newsletter);
        add((word("dialog|toast|overlay") + "|modal|popup|pop-up").c_str(), hint_modal);
        if (!set.Compile()) bits.clear();
    }
};

std::string camel_split_lower(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 8);
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z' && i > 0 && s[i - 1] >= 'a' && s[i - 1] <= 'z') out.push_back('-');
        out.push_back(lower_ascii(c));
    }
    return out;
}

bool hidden_class(std::string_view cls) {
    static constexpr std::string_view names[] = {"hidden", "sr-only", "visually-hidden", "visuallyhidden",
                                                 "screen-reader-text", "screenreader", "offscreen", "d-none",
                                                 "is-hidden", "u-hidden", "hide", "element-invisible"};
    std::size_t i = 0;
    while (i < cls.size()) {
        while (i < cls.size() && is_ascii_space(cls[i])) ++i;
        std::size_t j = i;
        while (j < cls.size() && !is_ascii_space(cls[j])) ++j;
        std::string_view tok = cls.substr(i, j - i);
        for (std::string_view n : names)
            if (equals_ci(tok, n)) return true;
        i = j;
    }
    return false;
}

std::uint32_t fnv1a(std::string_view s) {
    std::uint32_t h = 2166136261u;
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
}

bool hidden_style(std::string_view style) {
    std::string s;
    for (char c : style)
        if (!is_ascii_space(c)) s.push_back(lower_ascii(c));
    return s.find("display:none") != std::string::npos || s.find("visibility:hidden") != std::string::npos;
}

// What a walk frame passes to its children.
enum ctx_flag : std::uint32_t {
    f_nav = 1u << 0, f_aside = 1u << 1, f_header = 1u << 2, f_footer = 1u << 3, f_figure = 1u << 4,
    f_figcaption = 1u << 5, f_form = 1u << 6, f_button = 1u << 7, f_list = 1u << 8, f_table = 1u << 9,
    f_pre = 1u << 10, f_quote = 1u << 11, f_article = 1u << 12, f_main = 1u << 13, f_hidden = 1u << 14,
    f_link = 1u << 15,
};

struct context {
    std::uint32_t flags = 0;
    std::uint32_t hints = 0;       // all the way down
    std::uint32_t own_hints = 0;   // since the owner block element
    int class_score = 0;
    int owner_node = -1;
    GumboTag owner_tag = GUMBO_TAG_BODY;
    int depth = 0;
    int owner_depth = 0;
};

enum class tag_role : std::uint8_t { inline_, block, skip, line_break };

tag_role role_of(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
        case GUMBO_TAG_SVG: case GUMBO_TAG_HEAD: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
        case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_SELECT: case GUMBO_TAG_OPTION:
        case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_DATALIST: case GUMBO_TAG_MAP: case GUMBO_TAG_AUDIO:
        case GUMBO_TAG_VIDEO: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_NOEMBED: case GUMBO_TAG_RP:
        case GUMBO_TAG_TITLE: case GUMBO_TAG_INPUT:
            return tag_role::skip;
        case GUMBO_TAG_BR: case GUMBO_TAG_HR:
            return tag_role::line_break;
        case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
        case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS:
        case GUMBO_TAG_DIR: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET:
        case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM:
        case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
        case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_LI: case GUMBO_TAG_MAIN:
        case GUMBO_TAG_MENU: case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE:
        case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY:
        case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
        case GUMBO_TAG_UL: case GUMBO_TAG_CAPTION: case GUMBO_TAG_LEGEND: case GUMBO_TAG_BUTTON:
        case GUMBO_TAG_LISTING: case GUMBO_TAG_XMP: case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_HTML:
        case GUMBO_TAG_FRAMESET: case GUMBO_TAG_UNKNOWN:
            return tag_role::block;
        default:
            return tag_role::inline_;
    }
}

block_kind kind_of(GumboTag t, std::uint32_t flags) {
    switch (t) {
        case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
        case GUMBO_TAG_H6:
            return block_kind::heading;
        case GUMBO_TAG_LI: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
            return block_kind::list_item;
        case GUMBO_TAG_TD: case GUMBO_TAG_TH:
            return block_kind::table_cell;
        case GUMBO_TAG_FIGCAPTION:
            return block_kind::caption;
        default:
            break;
    }
    if (flags & f_pre) return block_kind::preformatted;
    if (flags & f_figcaption) return block_kind::caption;
    if (flags & f_quote) return block_kind::quote;
    return block_kind::paragraph;
}

int heading_level(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_H1: return 1;
        case GUMBO_TAG_H2: return 2;
        case GUMBO_TAG_H3: return 3;
        case GUMBO_TAG_H4: return 4;
        case GUMBO_TAG_H5: return 5;
        case GUMBO_TAG_H6: return 6;
        default: return 0;
    }
}

// Accumulates the inline text of the block being built.
struct block_builder {
    std::string text;
    int link_chars = 0;
    int text_chars = 0;
    bool pending_space = false;
    context owner;
    bool has_owner = false;

    void add(std::string_view s, const context& c) {
        const bool pre = (c.flags & f_pre) != 0;
        const bool link = (c.flags & f_link) != 0;
        for (std::size_t i = 0; i < s.size(); ++i) {
            char ch = s[i];
            if (!pre && is_ascii_space(ch)) {
                pending_space = true;
                continue;
            }
            if (!has_owner) {
                owner = c;
                has_owner = true;
            }
            if (pending_space && !text.empty()) text.push_back(' ');
            pending_space = false;
            text.push_back(ch);
            // Count code points, not bytes: continuation bytes are 10xxxxxx.
            if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80 && !is_ascii_space(ch)) {
                ++text_chars;
                if (link) ++link_chars;
            }
        }
    }
};

void flush(block_builder& b, candidates& out) {
    if (!b.has_owner || b.text_chars == 0) {
        b = block_builder{};
        return;
    }
    const context& o = b.owner;
    candidate c;
    if (o.flags & f_pre) {
        // Keep the lines of code, but no blank line inside one block.
        std::string t;
        for (char ch : b.text) {
            if (ch == '\r') continue;
            if (ch == '\n' && !t.empty() && t.back() == '\n') continue;
            t.push_back(ch);
        }
        while (!t.empty() && is_ascii_space(t.back())) t.pop_back();
        std::size_t s = 0;
        while (s < t.size() && t[s] == '\n') ++s;
        c.text = t.substr(s);
    } else {
        c.text = collapse_space(b.text);
    }
    if (c.text.empty()) {
        b = block_builder{};
        return;
    }
    c.kind = kind_of(o.owner_tag, o.flags);
    dom_features& d = c.dom;
    d.known = true;
    d.tag = static_cast<std::uint16_t>(o.owner_tag);
    d.heading_level = static_cast<std::uint8_t>(heading_level(o.owner_tag));
    d.depth = o.owner_depth;
    d.text_chars = b.text_chars;
    d.link_chars = b.link_chars;
    d.in_nav = o.flags & f_nav;
    d.in_aside = o.flags & f_aside;
    d.in_header = o.flags & f_header;
    d.in_footer = o.flags & f_footer;
    d.in_figure = o.flags & f_figure;
    d.in_figcaption = o.flags & f_figcaption;
    d.in_form = o.flags & f_form;
    d.in_button = o.flags & f_button;
    d.in_list = o.flags & f_list;
    d.in_table = o.flags & f_table;
    d.in_pre = o.flags & f_pre;
    d.in_quote = o.flags & f_quote;
    d.in_article = o.flags & f_article;
    d.in_main = o.flags & f_main;
    d.hidden = o.flags & f_hidden;
    d.class_score = o.class_score;
    d.hints = o.hints;
    d.own_hints = o.own_hints;
    d.container = o.owner_node;
    out.push_back(std::move(c));
    b = block_builder{};
}

// class_hints for one document, remembered by class value: a page repeats
// the same few hundred class strings on thousands of elements, and matching
// the hint set costs far more than a hash lookup. Elements with an id (rarely
// repeated) are matched directly.
class hint_cache {
public:
    std::uint32_t operator()(std::string_view cls, std::string_view id) {
        if (!id.empty()) return class_hints(cls, id);
        auto it = by_class_.find(cls);
        if (it != by_class_.end()) return it->second;
        std::uint32_t bits = class_hints(cls, id);
        by_class_.emplace(std::string(cls), bits);
        return bits;
    }

private:
    struct hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, std::uint32_t, hash, std::equal_to<>> by_class_;
};

std::string text_of(const GumboNode* node) {
    // Concatenated text of a small element (<title>, <h1>), iteratively.
    std::string out;
    std::vector<const GumboNode*> stack{node};
    while (!stack.empty()) {
        const GumboNode* n = stack.back();
        stack.pop_back();
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
            out += n->v.text.text;
        } else if (n->type == GUMBO_NODE_ELEMENT && (n == node || role_of(n->v.element.tag) != tag_role::skip)) {
            const GumboVector& ch = n->v.element.children;
            for (unsigned i = ch.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(ch.data[i]));
        }
    }
    return collapse_space(out);
}

}  // namespace

std::uint32_t class_hints(std::string_view class_attr, std::string_view id_attr) {
    static const hint_matcher m;
    if (class_attr.empty() && id_attr.empty()) return 0;
    std::string s = camel_split_lower(class_attr);
    s.push_back(' ');
    s += camel_split_lower(id_attr);
    std::vector<int> hits;
    std::uint32_t bits = 0;
    if (!m.bits.empty() && m.set.Match(s, &hits))
        for (int h : hits) bits |= m.bits[static_cast<std::size_t>(h)];
    if (hidden_class(class_attr)) bits |= hint_hidden;
    return bits;
}

std::string strip_payloads(std::string_view in, std::vector<std::string>& jsonld, std::size_t max_depth,
                           bool* flattened, std::size_t max_nodes, bool* capped) {
    std::string out;
    out.reserve(in.size() / 2 + 64);
    const std::size_t n = in.size();
    std::size_t i = 0;
    std::size_t depth = 0;
    std::size_t elements = 0;     // start tags passed on to the parser
    bool over_nodes = false;      // max_nodes reached: no tag passes any more
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
        // Past max_nodes no tag at all reaches the parser (a lone end tag
        // can still make an element), so the rest of the page is text; a
        // line break in each tag's place keeps paragraphs from gluing.
        if (keep && !end && !over_nodes && ++elements > max_nodes) {
            over_nodes = true;
            if (capped) *capped = true;
        }
        if (over_nodes) {
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

void read_jsonld(const std::vector<std::string>& json, std::string& body, std::string& headline) {
    for (const std::string& text : json) {
        if (text.size() > (std::size_t{8} << 20)) continue;
        nlohmann::json doc = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
        if (doc.is_discarded()) continue;
        std::vector<const nlohmann::json*> stack{&doc};
        while (!stack.empty()) {
            const nlohmann::json* j = stack.back();
            stack.pop_back();
            if (j->is_object()) {
                for (auto it = j->begin(); it != j->end(); ++it) {
                    if (it.key() == "articleBody" && it->is_string()) {
                        const std::string& s = it->get_ref<const std::string&>();
                        if (s.size() > body.size()) body = s;
                    } else if (it.key() == "headline" && it->is_string() && headline.empty()) {
                        headline = it->get<std::string>();
                    } else if (it->is_structured()) {
                        stack.push_back(&*it);
                    }
                }
            } else if (j->is_array()) {
                for (const auto& e : *j)
                    if (e.is_structured()) stack.push_back(&e);
            }
        }
    }
    body = collapse_space(body);
    headline = collapse_space(headline);
}

html_document read_html(std::string_view utf8_html, std::size_t max_depth, std::vector<std::string>* warnings,
                        std::size_t max_nodes, time_budget* budget) {
    time_budget none;
    time_budget& time = budget ? *budget : none;
    html_document doc;
    std::vector<std::string> jsonld;
    bool flattened = false, capped = false;
    // Sanitising after the cut touches half the bytes or less.
    std::string clean = sanitize_text(strip_payloads(utf8_html, jsonld, max_depth, &flattened, max_nodes, &capped));
    defuse_numeric_references(clean);
    if (flattened && warnings)
        warnings->push_back("elements nested deeper than " + std::to_string(max_depth) +
                            " were flattened (their text is kept)");
    if (capped && warnings)
        warnings->push_back("more than " + std::to_string(max_nodes) +
                            " elements: the markup after them was read as text");
    read_jsonld(jsonld, doc.jsonld_body, doc.jsonld_headline);
    if (time.expired("pre-pass")) return doc;

    gumbo_arena arena;  // owns the tree: no gumbo_destroy_output
    GumboOptions options = arena.options();
    options.max_errors = 0;  // errors are not used; recording them costs time and memory
    const GumboOutput* parsed = gumbo_parse_with_options(&options, clean.data(), clean.size());
    if (!parsed || time.expired("parse")) return doc;

    std::string og_title, first_h1;
    struct frame {
        const GumboNode* node;
        unsigned next = 0;
        context ctx;
        bool block = false;
    };
    std::vector<frame> stack;
    block_builder builder;
    hint_cache hints_of;
    const GumboNode* root = parsed->root;
    stack.push_back(frame{root, 0, context{}, true});
    bool entered_root = false;

    for (std::size_t step = 0; !stack.empty(); ++step) {
        if (time.expired_at(step, "walk")) break;
        frame& f = stack.back();
        const GumboNode* node = f.node;
        if (node == root && !entered_root) {
            entered_root = true;
            dom_node dn;
            dn.tag = GUMBO_TAG_HTML;
            doc.nodes.push_back(dn);
            f.ctx.owner_node = 0;
            f.ctx.owner_tag = GUMBO_TAG_HTML;
            const GumboElement& el = node->v.element;
            doc.language = collapse_space(attr(el, "lang"));
        }
        const GumboVector& children = node->v.element.children;
        if (f.next >= children.length) {
            if (f.block) flush(builder, doc.blocks);
            stack.pop_back();
            continue;
        }
        const GumboNode* child = static_cast<const GumboNode*>(children.data[f.next++]);
        const context& pc = f.ctx;
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE ||
            child->type == GUMBO_NODE_CDATA) {
            builder.add(child->v.text.text, pc);
            continue;
        }
        if (child->type != GUMBO_NODE_ELEMENT && child->type != GUMBO_NODE_TEMPLATE) continue;
        const GumboElement& el = child->v.element;
        GumboTag tag = el.tag;

        // The head: only the title and meta tags matter.
        if (tag == GUMBO_TAG_HEAD) {
            for (unsigned k = 0; k < el.children.length; ++k) {
                const GumboNode* h = static_cast<const GumboNode*>(el.children.data[k]);
                if (h->type != GUMBO_NODE_ELEMENT) continue;
                if (h->v.element.tag == GUMBO_TAG_TITLE && doc.title_tag.empty()) doc.title_tag = text_of(h);
                if (h->v.element.tag == GUMBO_TAG_META) {
                    std::string_view prop = attr(h->v.element, "property");
                    if (prop.empty()) prop = attr(h->v.element, "name");
                    if (equals_ci(prop, "og:title") && og_title.empty())
                        og_title = collapse_space(attr(h->v.element, "content"));
                }
            }
            continue;
        }
        if (tag == GUMBO_TAG_TITLE) {
            if (doc.title_tag.empty()) doc.title_tag = text_of(child);
            continue;
        }
        if (tag == GUMBO_TAG_META) {
            std::string_view prop = attr(el, "property");
            if (equals_ci(prop, "og:title") && og_title.empty()) og_title = collapse_space(attr(el, "content"));
            continue;
        }
        if (tag == GUMBO_TAG_IMG) {
            std::string alt = collapse_space(attr(el, "alt"));
            if (!alt.empty()) doc.alt_texts.push_back(std::move(alt));
            continue;
        }
        tag_role role = role_of(tag);
        if (role == tag_role::skip) continue;
        if (role == tag_role::line_break) {
            flush(builder, doc.blocks);
            continue;
        }
        std::string_view unknown_name;
        if (tag == GUMBO_TAG_UNKNOWN) {
            unknown_name = std::string_view(el.original_tag.data, el.original_tag.length);
            if (unknown_name.size() > 1 && unknown_name.front() == '<') unknown_name.remove_prefix(1);
            std::size_t stop = 0;
            while (stop < unknown_name.size() && !is_ascii_space(unknown_name[stop]) && unknown_name[stop] != '>' &&
                   unknown_name[stop] != '/')
                ++stop;
            unknown_name = unknown_name.substr(0, stop);
        }

        context c = pc;
        c.depth = pc.depth + 1;
        std::string_view cls = attr(el, "class");
        std::string_view id = attr(el, "id");
        std::string_view role_attr = attr(el, "role");
        // Classes on <html> and <body> are theme settings for the whole page
        // ("tweak-blog-...-overlay-..."), not hints about any part of it.
        const bool page_level = tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML;
        std::uint32_t hints = page_level ? 0 : hints_of(cls, id);
        // aria-hidden is not used: pages put it on collapsed accordions and
        // tabs whose text is part of the content.
        bool hidden = !page_level && (gumbo_get_attribute(&el.attributes, "hidden") != nullptr ||
                                      hidden_style(attr(el, "style")) || (hints & hint_hidden) != 0 ||
                                      equals_ci(unknown_name, "dialog"));
        if (hidden && role != tag_role::block) continue;  // hidden inline text is not shown
        if (equals_ci(role_attr, "dialog") || equals_ci(role_attr, "alertdialog")) hints |= hint_modal;
        c.hints |= hints;
        int score = 0;
        if (hints & hint_positive) ++score;
        constexpr std::uint32_t negative = hint_comment | hint_nav | hint_footer | hint_sidebar | hint_share |
                                           hint_related | hint_promo | hint_caption | hint_byline | hint_cookie |
                                           hint_newsletter | hint_modal;
        if (hints & negative) --score;
        c.class_score += score;
        if (hidden) c.flags |= f_hidden;
        switch (tag) {
            case GUMBO_TAG_NAV: c.flags |= f_nav; break;
            case GUMBO_TAG_ASIDE: c.flags |= f_aside; break;
            case GUMBO_TAG_HEADER: c.flags |= f_header; break;
            case GUMBO_TAG_FOOTER: c.flags |= f_footer; break;
            case GUMBO_TAG_FIGURE: c.flags |= f_figure; break;
            case GUMBO_TAG_FIGCAPTION: c.flags |= f_figcaption; break;
            case GUMBO_TAG_FORM: case GUMBO_TAG_FIELDSET: c.flags |= f_form; break;
            case GUMBO_TAG_BUTTON: c.flags |= f_button; break;
            case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_MENU: c.flags |= f_list; break;
            case GUMBO_TAG_TABLE: c.flags |= f_table; break;
            case GUMBO_TAG_PRE: case GUMBO_TAG_LISTING: case GUMBO_TAG_XMP: case GUMBO_TAG_PLAINTEXT:
                c.flags |= f_pre; break;
            case GUMBO_TAG_BLOCKQUOTE: c.flags |= f_quote; break;
            case GUMBO_TAG_ARTICLE: c.flags |= f_article; break;
            case GUMBO_TAG_MAIN: c.flags |= f_main; break;
            case GUMBO_TAG_A:
                if (gumbo_get_attribute(&el.attributes, "href")) c.flags |= f_link;
                break;
            default: break;
        }
        if (equals_ci(role_attr, "navigation") || equals_ci(role_attr, "menu") || equals_ci(role_attr, "menubar"))
            c.flags |= f_nav;
        else if (equals_ci(role_attr, "main")) c.flags |= f_main;
        else if (equals_ci(role_attr, "banner")) c.flags |= f_header;
        else if (equals_ci(role_attr, "contentinfo")) c.flags |= f_footer;
        else if (equals_ci(role_attr, "complementary")) c.flags |= f_aside;
        else if (equals_ci(role_attr, "button")) c.flags |= f_button;
        else if (equals_ci(role_attr, "search")) c.flags |= f_form;

        const bool block = role == tag_role::block;
        if (block) {
            flush(builder, doc.blocks);
            dom_node dn;
            dn.parent = pc.owner_node;
            dn.tag = static_cast<std::uint16_t>(tag);
            dn.depth = c.depth;
            dn.hints = hints;
            dn.class_hash = fnv1a(cls);
            dn.landmark = tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN || equals_ci(role_attr, "main");
            c.owner_node = static_cast<int>(doc.nodes.size());
            doc.nodes.push_back(dn);
            c.owner_tag = tag;
            c.owner_depth = c.depth;
            c.own_hints = hints;
            if (tag == GUMBO_TAG_H1 && first_h1.empty() && !hidden) first_h1 = text_of(child);
        } else {
            c.own_hints |= hints;
        }
        stack.push_back(frame{child, 0, c, block});
    }
    flush(builder, doc.blocks);

    if (!og_title.empty()) doc.title = og_title;
    else if (!first_h1.empty()) doc.title = first_h1;
    else if (!doc.jsonld_headline.empty()) doc.title = doc.jsonld_headline;
    else doc.title = doc.title_tag;
    return doc;
}

}  // namespace pith::detail
