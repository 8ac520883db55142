#include "text/signals.h"

#include "text/regex.h"
#include "text/social_networks.h"
#include "text/stopwords.h"
#include "text/unicode.h"

#include <algorithm>

namespace pith::detail {

namespace {

// Words of site furniture, by what they belong to (RE2 fragments, matched
// case-insensitively as whole words; "©" anywhere counts too). Both learned
// models read this signal: a change here changes their input.
constexpr std::string_view account_and_shop_words[] = {
    "log ?in", "log ?out", "sign ?in", "sign ?up", "register", "my account", "cart", "basket", "checkout",
    "wishlist",
};
constexpr std::string_view legal_page_words[] = {
    "cookies?", "privacy", "terms (?:of|and)", "conditions", "copyright", "all rights reserved", "imprint",
    "impressum", "datenschutz",
};
constexpr std::string_view subscribe_and_share_words[] = {"newsletter", "subscribe", "follow us", "share"};
constexpr std::string_view navigation_words[] = {
    "menu", "navigation", "breadcrumb", "sitemap", "contact us", "about us", "faq", "careers", "search",
    "skip to",
};

const regex chrome_vocab_re{"signals.chrome_vocab",
                            R"((?i)(?:\b(?:)" +
                                alternation({account_and_shop_words, legal_page_words, subscribe_and_share_words,
                                             social_networks_in_models, navigation_words}) +
                                R"()\b|©))"};

const regex url_or_email_re{"signals.url_or_email",
                            R"((?i)(?:https?://|www\.|\S+@\S+\.\w{2,}|\.(?:com|org|net|html?)\b))"};

const regex date_like_re{
    "signals.date_like",
    R"((?i)(?:\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2}\.? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember)[a-z]*\b|\b\d+ (?:minutes?|hours?|days?|weeks?|months?|years?) ago\b))"};

}  // namespace

const RE2& chrome_vocab() { return chrome_vocab_re; }
const RE2& url_or_email() { return url_or_email_re; }
const RE2& date_like() { return date_like_re; }

int camel_glue(std::string_view s) {
    int n = 0;
    char32_t prev = 0;
    std::size_t i = 0;
    while (i < s.size()) {
        char32_t cp = next_code_point(s, i);
        if (is_upper(cp) && is_lower(prev)) ++n;
        prev = cp;
    }
    return n;
}

int separators(std::string_view s) {
    int n = 0;
    std::size_t i = 0;
    while (i < s.size()) {
        char32_t cp = next_code_point(s, i);
        switch (cp) {
            case '|': case '/': case 0x00B7: case 0x203A: case 0x00BB: case 0x00A9: case 0x2022: case '>':
                ++n;
                break;
            default:
                break;
        }
    }
    return n;
}

float stopword_ratio(std::string_view loose, int words) {
    if (words <= 0) return 0.f;
    int hits = 0;
    std::size_t start = 0;
    while (start < loose.size()) {
        std::size_t end = loose.find(' ', start);
        if (end == std::string_view::npos) end = loose.size();
        if (is_stopword(loose.substr(start, end - start))) ++hits;
        start = end + 1;
    }
    return std::min(1.f, static_cast<float>(hits) / static_cast<float>(words));
}

}  // namespace pith::detail
