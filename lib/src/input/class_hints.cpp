#include "input/class_hints.h"

#include "input/html_bytes.h"
#include "text/regex.h"

#include <utility>
#include <vector>

namespace pith::detail {

namespace {

// One RE2::Set over "class id", each pattern a hint category. Short words
// need word boundaries (camelCase is split first); long ones match inside
// compound names ("articleSidebarWidget").
std::string word(const char* words) { return std::string("(?:^|[^a-z0-9])(?:") + words + ")(?:[^a-z0-9]|$)"; }

const regex positive_hint{
    "class_hints.positive",
    word("article|articles|articlebody|body|content|contents|entry|main|post|story|text|blog|prose|"
         "markdown|rte|richtext|hentry|postbody|post-body|entry-content|article-body|storycontent")};
const regex comment_hint{"class_hints.comment", "comment|disqus"};
const regex nav_hint{"class_hints.nav",
                     word("nav|navbar|menu|menus|breadcrumb|breadcrumbs|pagination|pager|skip|toc|jump") +
                         "|navigation|breadcrumb|submenu|menu-item|megamenu|dropdown"};
const regex footer_hint{"class_hints.footer", "footer|colophon|copyright|site-info"};
const regex header_hint{"class_hints.header", word("header|masthead|topbar|top-bar|site-header|page-header")};
const regex sidebar_hint{"class_hints.sidebar", word("aside|rail|secondary") + "|sidebar"};
const regex share_hint{"class_hints.share",
                       word("follow|sociable") + "|share|sharing|social|addthis|shariff"};
const regex related_hint{"class_hints.related",
                         word("trending|popular|most|recommended|recommendations|read-next|readnext") +
                             "|related|recirc|more-stories|you-may|also-like|outbrain|taboola"};
const regex promo_hint{
    "class_hints.promo",
    word("ad|ads|adv|advert|advertisement|adsense|dfp|gpt|banner|banners") + "|promo|sponsor|advertis"};
const regex caption_hint{"class_hints.caption",
                         word("credit|credits|gallery|slideshow|lightbox") + "|caption"};
const regex byline_hint{
    "class_hints.byline",
    word("author|authors|meta|dateline|timestamp|posted|published|tags|post-tags|entry-tags|"
         "avatar|profile|signature|user-info|userinfo|post-date|entry-date") +
        "|byline"};
const regex author_hint{"class_hints.author",
                        word("author|authors|author-bio|about-author|author-box|author-info") + "|byline"};
const regex cookie_hint{"class_hints.cookie", "cookie|consent|gdpr|onetrust|cookiebot"};
const regex newsletter_hint{"class_hints.newsletter", word("signup|sign-up|optin|opt-in") +
                                                          "|newsletter|subscribe|subscription|mailchimp"};
const regex modal_hint{"class_hints.modal", word("dialog|toast|overlay") + "|modal|popup|pop-up"};

struct hint_matcher {
    RE2::Set set{regex_options(), RE2::UNANCHORED};
    std::vector<std::uint32_t> bits;
    hint_matcher() {
        const std::pair<const regex*, std::uint32_t> hints[] = {
            {&positive_hint, hint_positive}, {&comment_hint, hint_comment},
            {&nav_hint, hint_nav},           {&footer_hint, hint_footer},
            {&header_hint, hint_header},     {&sidebar_hint, hint_sidebar},
            {&share_hint, hint_share},       {&related_hint, hint_related},
            {&promo_hint, hint_promo},       {&caption_hint, hint_caption},
            {&byline_hint, hint_byline},     {&author_hint, hint_author},
            {&cookie_hint, hint_cookie},     {&newsletter_hint, hint_newsletter},
            {&modal_hint, hint_modal},
        };
        std::vector<const regex*> patterns;
        for (const auto& [re, bit] : hints) {
            patterns.push_back(re);
            bits.push_back(bit);
        }
        set = compile_regex_set(patterns, RE2::UNANCHORED);
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
