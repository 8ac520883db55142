#include "input/class_hints.h"

#include "input/html_bytes.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <vector>

namespace pith::detail {

namespace {

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

}  // namespace pith::detail
