#include "input/class_hints.h"

#include "input/html_bytes.h"

#include <vector>

namespace pith::detail {

namespace {

// The hint words, one byte scan over "class id" (camelCase split first,
// lower-cased). Short words need word boundaries (a neighbour outside
// [a-z0-9], or either end); long ones match inside compound names
// ("articleSidebarWidget"). It was one RE2::Set of the same alternations;
// every word is a literal, so a scan that tries, at each byte, the words
// starting with that byte finds the same matches without a DFA (the Set
// cost ~12,000 instructions a call on pages whose DFA was still cold).
struct hint_word {
    std::string_view text;
    std::uint32_t bit;
    bool bounded;  // needs a word boundary on both sides
};

struct hint_matcher {
    // By first byte; words needing a boundary apart, since most bytes are
    // inside a word where only the others can start.
    std::vector<hint_word> bounded[128], inside_words[128];
    hint_matcher() {
        const auto add = [&](std::string_view words, std::uint32_t bit, bool bounded) {
            std::size_t i = 0;
            while (i <= words.size()) {
                std::size_t j = words.find('|', i);
                if (j == std::string_view::npos) j = words.size();
                std::string_view w = words.substr(i, j - i);
                if (!w.empty())
                    (bounded ? this->bounded : inside_words)[static_cast<unsigned char>(w[0]) & 0x7f].push_back(
                        {w, bit, bounded});
                i = j + 1;
            }
        };
        const auto word = [&](std::string_view words, std::uint32_t bit) { add(words, bit, true); };
        const auto inside = [&](std::string_view words, std::uint32_t bit) { add(words, bit, false); };
        word("article|articles|articlebody|body|content|contents|entry|main|post|story|text|blog|prose|"
             "markdown|rte|richtext|hentry|postbody|post-body|entry-content|article-body|storycontent",
             hint_positive);
        inside("comment|disqus", hint_comment);
        word("nav|navbar|menu|menus|breadcrumb|breadcrumbs|pagination|pager|skip|toc|jump", hint_nav);
        inside("navigation|breadcrumb|submenu|menu-item|megamenu|dropdown", hint_nav);
        inside("footer|colophon|copyright|site-info", hint_footer);
        word("header|masthead|topbar|top-bar|site-header|page-header", hint_header);
        word("aside|rail|secondary", hint_sidebar);
        inside("sidebar", hint_sidebar);
        word("follow|sociable", hint_share);
        inside("share|sharing|social|addthis|shariff", hint_share);
        word("trending|popular|most|recommended|recommendations|read-next|readnext", hint_related);
        inside("related|recirc|more-stories|you-may|also-like|outbrain|taboola", hint_related);
        word("ad|ads|adv|advert|advertisement|adsense|dfp|gpt|banner|banners", hint_promo);
        inside("promo|sponsor|advertis", hint_promo);
        word("credit|credits|gallery|slideshow|lightbox", hint_caption);
        inside("caption", hint_caption);
        // Not "tag", "category", "date": WordPress and shop themes put
        // "tag-foo category-bar" taxonomy classes on every post and product.
        word("author|authors|meta|dateline|timestamp|posted|published|tags|post-tags|entry-tags|"
             "avatar|profile|signature|user-info|userinfo|post-date|entry-date",
             hint_byline);
        inside("byline", hint_byline);
        word("author|authors|author-bio|about-author|author-box|author-info", hint_author);
        inside("byline", hint_author);
        inside("cookie|consent|gdpr|onetrust|cookiebot", hint_cookie);
        word("signup|sign-up|optin|opt-in", hint_newsletter);
        inside("newsletter|subscribe|subscription|mailchimp", hint_newsletter);
        word("dialog|toast|overlay", hint_modal);
        inside("modal|popup|pop-up", hint_modal);
    }

    static bool alnum(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

    std::uint32_t match(std::string_view s) const {
        std::uint32_t bits = 0;
        const std::size_t n = s.size();
        for (std::size_t i = 0; i < n; ++i) {
            const auto c = static_cast<unsigned char>(s[i]);
            if (c >= 0x80) continue;
            const bool open = i == 0 || !alnum(s[i - 1]);
            const auto try_words = [&](const std::vector<hint_word>& words) {
                for (const hint_word& w : words) {
                    if (bits & w.bit) continue;
                    const std::size_t len = w.text.size();
                    if (len > n - i || s[i + 1] != w.text[1] || s.compare(i, len, w.text) != 0) continue;
                    if (w.bounded && i + len < n && alnum(s[i + len])) continue;
                    bits |= w.bit;
                }
            };
            if (open) try_words(bounded[c]);
            try_words(inside_words[c]);
        }
        return bits;
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

}  // namespace

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

static const hint_matcher& matcher() {
    static const hint_matcher m;
    return m;
}

std::uint32_t id_hints(std::string_view id_attr) {
    if (id_attr.empty()) return 0;
    return matcher().match(camel_split_lower(id_attr));
}

std::uint32_t class_hints(std::string_view class_attr, std::string_view id_attr) {
    const hint_matcher& m = matcher();
    if (class_attr.empty() && id_attr.empty()) return 0;
    std::string s = camel_split_lower(class_attr);
    s.push_back(' ');
    s += camel_split_lower(id_attr);
    std::uint32_t bits = m.match(s);
    if (hidden_class(class_attr)) bits |= hint_hidden;
    return bits;
}

}  // namespace pith::detail
