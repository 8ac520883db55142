#include "model/page_features.h"

#include "input/class_hints.h"
#include "text/regex.h"

#include <gumbo.h>
#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <unordered_map>

namespace pith::detail {

// ---- Vocabulary: what addresses, schema.org types and short lines say about
// the page's type. One row per type, in the order of the page_type enum's
// content types (article, forum, product, collection, listing, documentation,
// service). A word may stand in several rows ("shop": product and
// collection); the model learns what the mix means.

namespace {

constexpr std::size_t type_count = 7;
using word_row = std::initializer_list<std::string_view>;

// Path segments (and the host's first label: docs., forum., shop.). A
// segment matches whole, or by one of its -_. separated words of three
// letters or more.
const std::array<word_row, type_count> url_words = {{
    {"blog", "blogs", "news", "article", "articles", "story", "stories", "post", "posts", "opinion", "magazine",
     "editorial", "press", "insights", "journal", "column", "recipe", "recipes", "health", "politics"},
    {"forum", "forums", "thread", "threads", "topic", "t", "discussion", "discussions", "community", "board",
     "boards", "viewtopic", "showthread", "questions", "question", "q", "answers", "r", "discuss", "comments"},
    {"product", "products", "p", "dp", "item", "buy", "sku", "gp", "pd", "shop", "store", "prod"},
    {"collection", "collections", "category", "categories", "c", "catalog", "catalogue", "shop", "store",
     "department", "brands", "brand", "range", "cat"},
    {"tag", "tags", "search", "archive", "archives", "page", "list", "lists", "listing", "listings", "results",
     "jobs", "events", "directory", "author", "authors", "latest", "topics"},
    {"docs", "doc", "documentation", "api", "apis", "reference", "manual", "guide", "guides", "wiki", "learn",
     "developer", "developers", "tutorial", "tutorials", "kb", "knowledge", "help", "support", "howto", "sdk",
     "library", "dev", "reader"},
    {"services", "service", "pricing", "about", "contact", "solutions", "plans", "company", "team", "careers",
     "features", "consulting", "hire", "booking", "appointment", "repair", "agency", "industries", "what-we-do"},
}};

// schema.org "@type" values, lower case. Types every site declares
// (Organization, WebSite, WebPage, BreadcrumbList, ListItem) say nothing.
const std::array<word_row, type_count> jsonld_words = {{
    {"article", "newsarticle", "blogposting", "reportagenewsarticle", "opinionnewsarticle", "analysisnewsarticle",
     "liveblogposting", "socialmediaposting", "recipe", "review", "scholarlyarticle"},
    {"discussionforumposting", "qapage", "question", "answer", "comment"},
    {"product", "offer", "aggregateoffer", "productgroup", "individualproduct", "productmodel"},
    {"collectionpage", "itemlist", "offercatalog"},
    {"searchresultspage", "blog", "profilepage"},
    {"techarticle", "apireference", "softwaresourcecode", "howto"},
    {"service", "localbusiness", "professionalservice", "softwareapplication", "webapplication", "faqpage",
     "homeandconstructionbusiness", "legalservice", "medicalbusiness", "financialservice", "offershippingdetails"},
}};

// Phrases in short blocks (ten words at most), matched in the folded text.
const std::array<word_row, type_count> cue_words = {{
    {"min read", "published", "updated", "written by", "share this", "related articles", "advertisement"},
    {"reply", "replies", "quote", "joined", "posts", "member", "thread", "permalink", "upvote", "moderator"},
    {"add to cart", "add to basket", "add to bag", "buy now", "in stock", "out of stock", "sku", "free shipping",
     "free delivery", "quantity", "wishlist", "size guide", "write a review", "specifications"},
    {"sort by", "filter", "view all", "products", "shop now", "new arrivals", "price", "items"},
    {"read more", "continue reading", "older posts", "newer posts", "load more", "next page", "showing",
     "results", "page 1"},
    {"parameters", "returns", "example", "syntax", "arguments", "edit this page", "on this page", "install",
     "usage", "deprecated", "version"},
    {"contact us", "get a quote", "free quote", "book now", "book a", "call us", "our services", "testimonials",
     "get started", "request a", "schedule", "consultation", "why choose", "our team"},
}};

constexpr int cue_block_max_words = 10;

// Titles of error pages and login walls (the "not a content page" rule in
// page_type.cpp), matched in the lower-cased <title> and headline.
const regex error_title_re{
    "page_features.error_title",
    R"((?:^|[^\w])(?:404|403|410|500|503)(?:[^\w]|$)|page not found|not found|page does not exist|)"
    R"(page doesn't exist|page cannot be found|page can't be found|nothing found|access denied|forbidden|)"
    R"(internal server error|service unavailable|under maintenance|something went wrong)"};
const regex login_title_re{
    "page_features.login_title",
    R"(^\s*(?:sign in|log in|login|sign up|register|create an account)(?:[^\w]|$)|sign in to |log in to |)"
    R"(please log in|login required|members only|subscribe to continue|you must be logged in)"};

// A price: a currency sign next to a number, or a number next to a currency
// code or word.
const regex price_re{
    "page_features.price",
    R"((?:[$€£¥₹]|US\$|A\$|C\$)\s?\d|\d(?:[\d.,]*\d)?\s?(?:€|£|USD|EUR|GBP|CHF|JPY|dollars|euros|pounds)\b)"};

}  // namespace

const std::array<std::string_view, page_feature_count> page_feature_names = {
    // what the page says it is
    "url_article", "url_forum", "url_product", "url_collection", "url_listing", "url_documentation", "url_service",
    "ld_article", "ld_forum", "ld_product", "ld_collection", "ld_listing", "ld_documentation", "ld_service",
    "og_article", "og_product", "og_website", "og_other", "has_url", "has_jsonld", "log_jsonld_types",
    "has_jsonld_body",
    // its address
    "url_depth", "url_year", "url_slug_words", "url_query", "url_numeric",
    // short lines that name a type
    "cue_article", "cue_forum", "cue_product", "cue_collection", "cue_listing", "cue_documentation",
    "cue_service",
    // its text
    "log_blocks", "log_words", "link_density", "prose_share", "log_prose_blocks", "log_max_prose_words",
    "mean_block_words", "share_paragraph", "share_heading", "share_list", "share_table", "share_pre",
    "log_headings", "log_list_items", "log_table_cells", "log_pre_blocks", "code_punct", "log_short_links",
    "log_prices", "price_block_share", "log_title_words", "error_title", "login_title",
    // what the rules and the DOM classifier kept
    "kept_share", "region_share", "whole_page",
    // how it is built
    "log_max_shape", "log_repeated_shapes", "repeated_share", "comment_share", "log_comment_blocks",
    "log_form_controls", "article_share", "main_share", "nav_share", "aside_share", "footer_share",
};

std::size_t page_feature_index(std::string_view name) {
    for (std::size_t i = 0; i < page_feature_count; ++i)
        if (page_feature_names[i] == name) return i;
    return page_feature_count;
}

namespace {

float log1(double v) { return static_cast<float>(std::log1p(std::max(0.0, v))); }

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

bool in_row(const word_row& row, std::string_view w) { return std::find(row.begin(), row.end(), w) != row.end(); }

std::vector<std::string_view> split(std::string_view s, std::string_view seps) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i < s.size() && seps.find(s[i]) == std::string_view::npos) continue;
        if (i > start) out.push_back(s.substr(start, i - start));
        start = i + 1;
    }
    return out;
}

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// What the page's address says: per-type word counts, then its shape.
struct url_facts {
    std::array<int, type_count> types{};
    int depth = 0, slug_words = 0;
    bool year = false, query = false, numeric = false;
};

void note_segment(std::string_view seg, url_facts& u) {
    for (std::size_t t = 0; t < type_count; ++t) {
        bool hit = in_row(url_words[t], seg);
        for (std::string_view w : split(seg, "-_."))
            if (!hit && w.size() >= 3 && in_row(url_words[t], w)) hit = true;
        if (hit) ++u.types[t];
    }
}

url_facts read_url(std::string_view url) {
    url_facts u;
    const std::string s = lower(url);
    std::string_view v = s;
    std::string_view host;
    if (std::size_t scheme = v.find("://"); scheme != std::string_view::npos) {
        v.remove_prefix(scheme + 3);
        const std::size_t slash = v.find('/');
        host = v.substr(0, slash);
        v = slash == std::string_view::npos ? std::string_view() : v.substr(slash);
    } else if (v.substr(0, 2) == "//") {
        return u;  // protocol-relative: treated as unknown rather than guessed
    }
    const std::size_t q = v.find_first_of("?#");
    u.query = q != std::string_view::npos && v[q] == '?' && q + 1 < v.size();
    v = v.substr(0, q);
    if (const auto labels = split(host, "."); labels.size() > 2) note_segment(labels.front(), u);
    for (std::string_view seg : split(v, "/")) {
        ++u.depth;
        note_segment(seg, u);
        const auto words = split(seg, "-_");
        u.slug_words = std::max(u.slug_words, static_cast<int>(words.size()));
        if (all_digits(seg) && (seg.size() == 4 && (seg[0] == '1' || seg[0] == '2'))) u.year = true;
        else if (all_digits(seg) || (!words.empty() && all_digits(words.back()) && words.back().size() >= 4))
            u.numeric = true;
    }
    return u;
}

std::array<int, type_count> read_jsonld_types(const std::vector<std::string>& types) {
    std::array<int, type_count> n{};
    for (const std::string& raw : types) {
        std::string t = lower(raw);
        if (const std::size_t slash = t.rfind('/'); slash != std::string::npos) t.erase(0, slash + 1);  // schema.org/X
        for (std::size_t k = 0; k < type_count; ++k)
            if (in_row(jsonld_words[k], t)) ++n[k];
    }
    return n;
}

std::uint64_t shape_key(const std::vector<dom_node>& nodes, const dom_node& n) {
    std::uint64_t h = (std::uint64_t{n.tag} << 32) | n.class_hash;
    if (n.parent >= 0) {
        const dom_node& p = nodes[static_cast<std::size_t>(n.parent)];
        h = h * 1099511628211ull ^ ((std::uint64_t{p.tag} << 32) | p.class_hash);
    }
    return h;
}

// A shape counts as repeated from this many elements: three cards, posts or
// tiles make a pattern, two may be a pair of columns.
constexpr int repeated_shape_min = 3;

}  // namespace

namespace {

// Sums over the page's blocks.
struct text_totals {
    double words = 0, text_chars = 0, link_chars = 0, prose_words = 0, kept_words = 0, region_words = 0;
    double by_kind[5] = {};  // paragraph-like, heading, list item, table cell, preformatted
    double comment_words = 0, article_words = 0, main_words = 0, nav_words = 0, aside_words = 0,
           footer_words = 0;
    int prose_blocks = 0, max_prose_words = 0, headings = 0, list_items = 0, table_cells = 0, pre_blocks = 0;
    int short_links = 0, prices = 0, price_blocks = 0, comment_blocks = 0;
    double pre_chars = 0, pre_code_punct = 0;
    std::array<int, type_count> cues{};
};

int kind_slot(block_kind k) {
    switch (k) {
        case block_kind::heading: return 1;
        case block_kind::list_item: return 2;
        case block_kind::table_cell: return 3;
        case block_kind::preformatted: return 4;
        default: return 0;
    }
}

void note_cues(const candidate& c, text_totals& t) {
    if (c.stats.words > cue_block_max_words) return;
    for (std::size_t k = 0; k < type_count; ++k)
        for (std::string_view cue : cue_words[k])
            if (c.key.find(cue) != std::string::npos) {
                ++t.cues[k];
                break;
            }
}

void note_block(const candidate& c, const html_document& doc, const html_verdict& verdict, text_totals& t) {
    const RE2& price = price_re;
    const double w = c.stats.words;
    t.words += w;
    t.text_chars += c.dom.text_chars;
    t.link_chars += c.dom.link_chars;
    if (prose(c)) {
        t.prose_words += w;
        ++t.prose_blocks;
        t.max_prose_words = std::max(t.max_prose_words, c.stats.words);
    }
    if (c.kept) t.kept_words += w;
    if (c.dom.container >= 0 && is_inside(doc.nodes, c.dom.container, verdict.region)) t.region_words += w;
    const int slot = kind_slot(c.kind);
    t.by_kind[slot] += w;
    t.headings += slot == 1;
    t.list_items += slot == 2;
    t.table_cells += slot == 3;
    if (slot == 4) {
        ++t.pre_blocks;
        t.pre_chars += static_cast<double>(c.text.size());
        t.pre_code_punct += static_cast<double>(std::count_if(
            c.text.begin(), c.text.end(), [](char ch) { return std::string_view("{}();=<>[]").find(ch) != std::string_view::npos; }));
    }
    if (c.stats.words <= 8 && link_density(c) > 0.5) ++t.short_links;
    int n = 0;
    for (re2::StringPiece in(c.text); RE2::FindAndConsume(&in, price);) ++n;
    t.prices += n;
    t.price_blocks += n > 0;
    if (c.dom.hints & hint_comment) {
        t.comment_words += w;
        ++t.comment_blocks;
    }
    if (c.dom.in_article) t.article_words += w;
    if (c.dom.in_main) t.main_words += w;
    if (c.dom.in_nav) t.nav_words += w;
    if (c.dom.in_aside) t.aside_words += w;
    if (c.dom.in_footer) t.footer_words += w;
    note_cues(c, t);
}

// Repeated element shapes: how many elements share the most common
// (tag, class, parent tag, parent class), how many such shapes repeat, and
// the share of blocks owned by an element of a repeated shape.
struct shape_facts {
    int max_count = 0, repeated = 0;
    double block_share = 0;
};

shape_facts read_shapes(const candidates& blocks, const html_document& doc) {
    constexpr std::uint32_t no_class = 2166136261u;  // fnv1a of an empty class attribute
    std::unordered_map<std::uint64_t, int> count;
    std::vector<std::uint64_t> key(doc.nodes.size(), 0);
    for (std::size_t i = 0; i < doc.nodes.size(); ++i) {
        if (doc.nodes[i].class_hash == no_class) continue;
        key[i] = shape_key(doc.nodes, doc.nodes[i]);
        ++count[key[i]];
    }
    shape_facts s;
    for (const auto& [k, n] : count) {
        s.max_count = std::max(s.max_count, n);
        s.repeated += n >= repeated_shape_min;
    }
    int in_repeated = 0;
    for (const candidate& c : blocks) {
        // A block counts when its element or the element above it repeats.
        for (int node = c.dom.container, step = 0; node >= 0 && step < 2;
             node = doc.nodes[static_cast<std::size_t>(node)].parent, ++step) {
            const std::uint64_t k = key[static_cast<std::size_t>(node)];
            if (k != 0 && count[k] >= repeated_shape_min) {
                ++in_repeated;
                break;
            }
        }
    }
    s.block_share = blocks.empty() ? 0 : static_cast<double>(in_repeated) / static_cast<double>(blocks.size());
    return s;
}

struct row_writer {
    page_row& f;
    std::size_t i = 0;
    void operator()(double v) { f[i++] = static_cast<float>(v); }
    void counts(const std::array<int, type_count>& n) {
        for (int v : n) f[i++] = log1(v);
    }
};

void write_declared(row_writer& put, const html_document& doc) {
    const url_facts u = read_url(doc.page_facts.url);
    put.counts(u.types);
    put.counts(read_jsonld_types(doc.page_facts.jsonld_types));
    const std::string& og = doc.page_facts.og_type;
    const bool og_article = og == "article" || og.find("article") != std::string::npos || og == "blog";
    const bool og_product = og.find("product") != std::string::npos;
    put(og_article);
    put(og_product);
    put(og == "website");
    put(!og.empty() && !og_article && !og_product && og != "website");
    put(!doc.page_facts.url.empty());
    put(!doc.page_facts.jsonld_types.empty());
    put(log1(static_cast<double>(doc.page_facts.jsonld_types.size())));
    put(!doc.jsonld_body.empty());
    put(u.depth);
    put(u.year);
    put(u.slug_words);
    put(u.query);
    put(u.numeric);
}

void write_titles(row_writer& put, const html_document& doc) {
    const RE2& error_title = error_title_re;
    const RE2& login_title = login_title_re;
    const std::string tag = lower(doc.title_tag), head = lower(doc.title);
    put(log1(static_cast<double>(split(doc.title, " ").size())));
    put(RE2::PartialMatch(tag, error_title) || RE2::PartialMatch(head, error_title));
    put(RE2::PartialMatch(tag, login_title) || RE2::PartialMatch(head, login_title));
}

}  // namespace

page_row compute_page_features(const candidates& blocks, const html_document& doc, const html_verdict& verdict) {
    text_totals t;
    for (const candidate& c : blocks) note_block(c, doc, verdict, t);
    const shape_facts shapes = read_shapes(blocks, doc);
    const double words = std::max(1.0, t.words);
    page_row f{};
    row_writer put{f};
    write_declared(put, doc);
    put.counts(t.cues);
    put(log1(static_cast<double>(blocks.size())));
    put(log1(t.words));
    put(t.text_chars > 0 ? t.link_chars / t.text_chars : 0);
    put(t.prose_words / words);
    put(log1(t.prose_blocks));
    put(log1(t.max_prose_words));
    put(blocks.empty() ? 0 : t.words / static_cast<double>(blocks.size()));
    for (double k : t.by_kind) put(k / words);
    put(log1(t.headings));
    put(log1(t.list_items));
    put(log1(t.table_cells));
    put(log1(t.pre_blocks));
    put(t.pre_chars > 0 ? t.pre_code_punct / t.pre_chars : 0);
    put(log1(t.short_links));
    put(log1(t.prices));
    put(blocks.empty() ? 0 : t.price_blocks / static_cast<double>(blocks.size()));
    write_titles(put, doc);
    put(t.kept_words / words);
    put(t.region_words / words);
    put(verdict.whole_page);
    put(log1(shapes.max_count));
    put(log1(shapes.repeated));
    put(shapes.block_share);
    put(t.comment_words / words);
    put(log1(t.comment_blocks));
    put(log1(doc.page_facts.form_controls));
    put(t.article_words / words);
    put(t.main_words / words);
    put(t.nav_words / words);
    put(t.aside_words / words);
    put(t.footer_words / words);
    if (put.i != page_feature_count) throw std::logic_error("page_features: row and names disagree");
    return f;
}

}  // namespace pith::detail
