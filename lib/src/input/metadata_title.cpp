// The page title from its candidates (metadata.h's choose_title): the
// visible <h1> or a metadata title without its site-name segments, then cut
// to its headline part; and the <h1> that is only the header's home link.
// Split from metadata.cpp, which reads the candidates.
#include "input/metadata.h"

#include "input/html_input.h"
#include "input/jsonld_metadata.h"
#include "text/fold.h"
#include "text/regex.h"
#include "text/stopwords.h"

#include <re2/re2.h>

#include <algorithm>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace pith::detail {

std::string compact_key(std::string_view s) {
    std::string k = loose_key(s), out;
    for (char c : k)
        if (c != ' ') out += c;
    return out;
}

namespace {

// The text of a small element as metadata reads it (metadata.cpp's text_of).
std::string plain_text(const GumboNode* node) {
    return collapse_space(decode_entities(element_text(node, element_text_mode::spaced)));
}

std::string_view href_of(const GumboNode* link) {
    const GumboAttribute* a = gumbo_get_attribute(&link->v.element.attributes, "href");
    return a ? std::string_view(a->value) : std::string_view();
}

// An href to a site's front page: "/", "https://example.org", "//example.org/".
bool root_href(std::string_view href) {
    for (std::string_view scheme : {"https://", "http://", "//"})
        if (href.rfind(scheme, 0) == 0) {
            href.remove_prefix(scheme.size());
            const std::size_t slash = href.find('/');
            if (slash == std::string_view::npos) return !href.empty();
            return slash > 0 && slash + 1 == href.size();
        }
    return href == "/";
}


// Title segments: "Story | Site", "Story - Site", "Site » Section".
const regex title_separator_re{"metadata.title_separator", R"(\s+[-|–—·•»:/]\s+|\s*[|·•»]\s*)"};
const RE2& title_separator() { return title_separator_re; }
// A visible <h1> shorter than this (in word characters) is not trusted as
// the title; a title segment shorter than this does not start the <h1>.
constexpr std::size_t min_h1_chars = 4;
constexpr std::size_t min_segment_chars = 8;
// An <h1> of at least this many words whose content words (not stopwords,
// not numbers) are mostly in the metadata title is the same headline
// reworded for the reader ("Top 10 Health Trends to Watch" against
// "Health Trends For 2026 - Site"): the visible one is the page's title.
// Shorter <h1>s ("The Blog", "Latest News") are section names.
constexpr std::size_t min_reworded_h1_words = 4;
constexpr double min_reworded_h1_share = 0.5;
// Separators that still split a chosen title into a headline and a tagline,
// a list count or a section ("Best Movers in NYC 2025 | Top 19 Companies",
// "Apps Compared - Personally Tested"): the headline is the first part when
// it has this many words. Colons and dashes without spaces are part of
// headlines ("Fitness Trends 2025: 9 Things"), so they are not here.
constexpr std::string_view tagline_separators[] = {" | ", " - "};
constexpr std::size_t min_headline_part_words = 2;
std::vector<std::string> segments(std::string_view title) {
    std::vector<std::string> out;
    re2::StringPiece in(title.data(), title.size()), sep;
    std::size_t start = 0;
    while (start <= title.size() &&
           title_separator().Match(in, start, title.size(), RE2::UNANCHORED, &sep, 1) && !sep.empty()) {
        std::size_t at = static_cast<std::size_t>(sep.data() - title.data());
        std::string s = collapse_space(title.substr(start, at - start));
        if (!s.empty()) out.push_back(std::move(s));
        start = at + sep.size();
    }
    std::string last = collapse_space(title.substr(std::min(start, title.size())));
    if (!last.empty()) out.push_back(std::move(last));
    return out;
}

// Share of the content words of `h1` that `title` also has.
double shared_content_words(std::string_view h1, std::string_view title) {
    const auto content_words = [](std::string_view s) {
        std::vector<std::string> out;
        const std::string k = loose_key(s);
        std::size_t i = 0;
        while (i < k.size()) {
            std::size_t j = k.find(' ', i);
            if (j == std::string::npos) j = k.size();
            std::string w = k.substr(i, j - i);
            const bool number = std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
            if (!w.empty() && !number && !is_stopword(w)) out.push_back(std::move(w));
            i = j + 1;
        }
        return out;
    };
    const std::vector<std::string> h = content_words(h1), t = content_words(title);
    if (h.empty()) return 0;
    std::size_t shared = 0;
    for (const std::string& w : h) shared += std::find(t.begin(), t.end(), w) != t.end();
    return static_cast<double>(shared) / static_cast<double>(h.size());
}

// The first title without its site-name segments; a lone one-word segment
// left is a section name ("Word | Rest"), and then the whole title stays.
std::string without_site(const std::string& title, const std::function<bool(const std::string&)>& is_site) {
    std::vector<std::string> segs = segments(title), kept;
    if (segs.empty()) return {};
    for (const std::string& s : segs)
        if (!is_site(compact_key(s))) kept.push_back(s);
    if (kept.empty()) kept = segs;
    return count_words(kept.front()) >= 2 || kept.size() == 1 ? kept.front() : title;
}

// The title before headline_part: the <h1> or a metadata title without its site.
std::string choose_whole_title(std::string_view h1, const std::vector<std::string>& meta_titles,
                               std::string_view site_name) {
    // The site's name, or when the page does not say it, the last segment
    // of each segmented title ("Story | Site").
    std::vector<std::string> sites;
    if (!site_name.empty()) sites.push_back(compact_key(site_name));
    for (const std::string& t : meta_titles) {
        std::vector<std::string> segs = segments(t);
        if (site_name.empty() && segs.size() > 1) sites.push_back(compact_key(segs.back()));
    }
    const auto is_site = [&](const std::string& n) { return std::find(sites.begin(), sites.end(), n) != sites.end(); };
    const std::string h = collapse_space(h1), nh = compact_key(h);
    if (nh.size() >= min_h1_chars && !is_site(nh)) {
        for (const std::string& t : meta_titles)
            if (compact_key(t).find(nh) != std::string::npos) return h;
        // "Story | Site" and an <h1> "Story, and what came of it": the
        // visible headline is the whole title, the segment a shortening.
        for (const std::string& t : meta_titles)
            for (const std::string& s : segments(t)) {
                std::string ns = compact_key(s);
                if (ns.size() >= min_segment_chars && nh.rfind(ns, 0) == 0) return h;
            }
    }
    auto first = std::find_if(meta_titles.begin(), meta_titles.end(), [](const std::string& t) { return !t.empty(); });
    if (first == meta_titles.end()) return h;
    std::string title = without_site(*first, is_site);
    if (title.empty()) return h;
    if (nh.size() >= min_h1_chars && !is_site(nh) && count_words(h) >= min_reworded_h1_words &&
        shared_content_words(h, title) >= min_reworded_h1_share)
        return h;
    return title;
}

std::string headline_part(std::string title) {
    for (std::string_view sep : tagline_separators) {
        std::size_t at = title.find(sep);
        if (at == std::string::npos) continue;
        std::string first = collapse_space(std::string_view(title).substr(0, at));
        if (count_words(first) >= min_headline_part_words) return first;
    }
    return title;
}

}  // namespace

std::string choose_title(std::string_view h1, const std::vector<std::string>& meta_titles, std::string_view site_name) {
    return headline_part(choose_whole_title(h1, meta_titles, site_name));
}

// An <h1> that is nothing but a link to the front page is the site's logo
// or name in the header ("<h1><a href="/">Example Blog</a></h1>"), not the
// page's headline.
bool home_link(const GumboNode* h1) {
    const GumboNode* link = nullptr;
    std::vector<const GumboNode*> stack{h1};
    while (!stack.empty()) {
        const GumboNode* n = stack.back();
        stack.pop_back();
        if (n->type != GUMBO_NODE_ELEMENT) continue;
        if (n->v.element.tag == GUMBO_TAG_A) {
            if (link) return false;
            link = n;
            continue;
        }
        const GumboVector& ch = n->v.element.children;
        for (unsigned i = 0; i < ch.length; ++i) stack.push_back(static_cast<const GumboNode*>(ch.data[i]));
    }
    return link && root_href(collapse_space(href_of(link))) && plain_text(link) == plain_text(h1);
}

}  // namespace pith::detail
