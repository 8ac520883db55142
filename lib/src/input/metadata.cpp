// Page metadata from the markup. One walk over the Gumbo tree (explicit
// stack) collects each field's candidates by source rank; the best-ranked
// source that has a field fills it. JSON-LD (jsonld_metadata.cpp) is rank 0.
#include "input/metadata.h"

#include "input/dates.h"
#include "input/class_hints.h"
#include "input/html_bytes.h"
#include "input/html_input.h"
#include "input/jsonld_metadata.h"
#include "input/language.h"
#include "text/fold.h"
#include "text/regex.h"
#include "text/stopwords.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <functional>
#include <string_view>

namespace pith::detail {

namespace {

enum class field : std::uint8_t { author, published, modified, site, description, image, tags, url, language };

// Sources, best first. JSON-LD is read separately; the date in the URL and
// the text's cues (metadata_text.cpp) come after all of these.
// Meta names guessed from their words (publication_date_name) come last.
enum source_rank : std::size_t {
    rank_jsonld, rank_open_graph, rank_meta, rank_itemprop, rank_element, rank_guessed, rank_count
};

// <meta> property / name / itemprop values (lower case) and what they give.
struct meta_key {
    std::string_view key;
    field what;
    source_rank rank;
};
constexpr meta_key meta_keys[] = {
    {"article:author", field::author, rank_open_graph},
    {"author", field::author, rank_meta}, {"byl", field::author, rank_meta},
    {"parsely-author", field::author, rank_meta}, {"sailthru.author", field::author, rank_meta},
    {"dc.creator", field::author, rank_meta}, {"dcterms.creator", field::author, rank_meta},
    {"citation_author", field::author, rank_meta},
    {"article:published_time", field::published, rank_open_graph},
    {"og:article:published_time", field::published, rank_open_graph},
    {"datepublished", field::published, rank_meta}, {"date", field::published, rank_meta},
    {"pubdate", field::published, rank_meta}, {"publishdate", field::published, rank_meta},
    {"publish-date", field::published, rank_meta}, {"publish_date", field::published, rank_meta},
    {"dc.date", field::published, rank_meta}, {"dc.date.issued", field::published, rank_meta},
    {"dcterms.date", field::published, rank_meta}, {"dcterms.issued", field::published, rank_meta},
    {"dcterms.created", field::published, rank_meta}, {"sailthru.date", field::published, rank_meta},
    {"parsely-pub-date", field::published, rank_meta}, {"citation_publication_date", field::published, rank_meta},
    {"citation_date", field::published, rank_meta}, {"article.published", field::published, rank_meta},
    {"published", field::published, rank_meta}, {"published-date", field::published, rank_meta},
    {"published_date", field::published, rank_meta}, {"publication-date", field::published, rank_meta},
    {"publication_date", field::published, rank_meta}, {"date-published", field::published, rank_meta},
    {"article:modified_time", field::modified, rank_open_graph}, {"og:updated_time", field::modified, rank_open_graph},
    {"datemodified", field::modified, rank_meta}, {"dcterms.modified", field::modified, rank_meta},
    {"last-modified", field::modified, rank_meta}, {"article.updated", field::modified, rank_meta},
    {"modified", field::modified, rank_meta}, {"modified-time", field::modified, rank_meta},
    {"date-modified", field::modified, rank_meta}, {"last-updated", field::modified, rank_meta},
    {"dc.date.modified", field::modified, rank_meta},
    {"og:site_name", field::site, rank_open_graph}, {"application-name", field::site, rank_meta},
    {"og:description", field::description, rank_open_graph},
    {"twitter:description", field::description, rank_open_graph},
    {"description", field::description, rank_meta}, {"dc.description", field::description, rank_meta},
    {"og:image", field::image, rank_open_graph}, {"og:image:url", field::image, rank_open_graph},
    {"og:image:secure_url", field::image, rank_open_graph}, {"twitter:image", field::image, rank_open_graph},
    {"twitter:image:src", field::image, rank_open_graph},
    {"article:tag", field::tags, rank_open_graph}, {"article:section", field::tags, rank_open_graph},
    {"keywords", field::tags, rank_meta}, {"news_keywords", field::tags, rank_meta},
    {"og:url", field::url, rank_open_graph},
    {"og:locale", field::language, rank_open_graph}, {"dc.language", field::language, rank_meta},
    {"content-language", field::language, rank_meta}, {"language", field::language, rank_meta},
};

// Twitter's label/data pairs ("twitter:label1" = "Written by",
// "twitter:data1" = the name): labels that announce an author.
constexpr std::string_view twitter_author_labels[] = {
    "written by", "author", "by", "geschrieben von", "verfasst von", "auteur", "autor", "escrito por",
};

// itemprop values on ordinary elements (microdata) and what they give.
constexpr std::string_view itemprop_author = "author";
constexpr std::string_view itemprop_published = "datePublished";
// When a thing was made: a question's or a post's date where it has no
// datePublished (as JSON-LD's dateCreated).
constexpr std::string_view itemprop_created = "dateCreated";
constexpr std::string_view itemprop_modified = "dateModified";

// Labels forums put before the thread's first poster (lower case).
constexpr std::string_view thread_starter_labels[] = {"thread starter", "started by", "original poster"};
// A date line right after the <h1>: among its next this many sibling
// elements, of at most this many words.
constexpr int max_h1_date_siblings = 2;
constexpr std::size_t max_h1_date_words = 12;
// A credit prefix standing alone in a text node is short.
constexpr std::size_t max_credit_prefix_bytes = 24;

std::string_view attr(const GumboElement& el, const char* name) {
    const GumboAttribute* a = gumbo_get_attribute(&el.attributes, name);
    return a ? std::string_view(a->value) : std::string_view();
}

bool has_token(std::string_view list, std::string_view lower_token) {
    std::string l = to_lower_ascii(list);
    std::size_t i = 0;
    while (i < l.size()) {
        while (i < l.size() && l[i] == ' ') ++i;
        std::size_t j = l.find(' ', i);
        if (j == std::string::npos) j = l.size();
        if (std::string_view(l).substr(i, j - i) == lower_token) return true;
        i = j;
    }
    return false;
}

// The text of a small element as metadata reads it: words apart at line
// breaks and blocks, and entities a CMS escaped twice ("&amp;amp;") decoded.
std::string text_of(const GumboNode* node) {
    return collapse_space(decode_entities(element_text(node, element_text_mode::spaced)));
}

// The first descendant element (or the node itself) with itemprop=name.
const GumboNode* itemprop_name(const GumboNode* node) {
    std::vector<const GumboNode*> stack{node};
    while (!stack.empty()) {
        const GumboNode* n = stack.back();
        stack.pop_back();
        if (n->type != GUMBO_NODE_ELEMENT) continue;
        if (n != node && has_token(attr(n->v.element, "itemprop"), "name")) return n;
        const GumboVector& ch = n->v.element.children;
        for (unsigned i = ch.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(ch.data[i]));
    }
    return nullptr;
}

bool hidden(const GumboElement& el) {
    if (gumbo_get_attribute(&el.attributes, "hidden")) return true;
    std::string style;
    for (char c : attr(el, "style"))
        if (c != ' ') style += lower_ascii(c);
    return style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos;
}

// What the walk found, per source rank.
struct found {
    std::array<pith::metadata, rank_count> by_rank;
    std::string og_title, twitter_title, title_tag, h1, html_lang;
    std::string h1_sibling_date;  // a short element with a date right after the <h1>
    std::string h1_sibling_time;  // the datetime of a <time> in it
    std::vector<std::pair<std::string, std::string>> twitter_labels, twitter_data;  // (N, content)
    // Each <time datetime>, and whether a heading (an <h1>..<h3> with
    // text) came before it.
    std::vector<std::pair<std::string, bool>> times;
    bool heading_seen = false;
    std::vector<std::string> meta_jsonld;  // JSON-LD held in a <meta> content (name "script:ld+json")
    hint_cache hints;
};

void add(found& f, field what, source_rank rank, std::string value) {
    pith::metadata& m = f.by_rank[rank];
    value = collapse_space(decode_entities(value));
    if (value.empty()) return;
    switch (what) {
        case field::author:
            // Profile URLs are not names (article:author often holds one).
            if (value.find("://") != std::string::npos) return;
            // Several <meta> authors are co-authors; several itemprop or
            // author-class elements are usually a thread's posters or a
            // list's cards, of which the first is the page's own.
            if (rank >= rank_itemprop && !m.authors.empty()) return;
            for (std::string& a : split_authors(value)) m.authors.push_back(std::move(a));
            break;
        case field::published: if (m.date_published.empty()) m.date_published = iso_date(value); break;
        case field::modified: if (m.date_modified.empty()) m.date_modified = iso_date(value); break;
        case field::site: if (m.site_name.empty()) m.site_name = value; break;
        case field::description: if (m.description.empty()) m.description = value; break;
        case field::image: if (m.image.empty()) m.image = value; break;
        case field::url: if (m.canonical_url.empty()) m.canonical_url = value; break;
        case field::language: if (m.language.empty()) m.language = canonical_language_tag(value); break;
        case field::tags: {
            std::size_t start = 0;
            while (start <= value.size()) {
                std::size_t comma = value.find(',', start);
                if (comma == std::string::npos) comma = value.size();
                std::string tag = collapse_space(std::string_view(value).substr(start, comma - start));
                if (!tag.empty()) m.tags.push_back(std::move(tag));
                start = comma + 1;
            }
            break;
        }
    }
}

void read_meta(const GumboElement& el, found& f) {
    std::string_view content = attr(el, "content");
    if (content.empty()) return;
    if (to_lower_ascii(attr(el, "http-equiv")) == "content-language") add(f, field::language, rank_meta, std::string(content));
    for (const char* a : {"property", "name", "itemprop"}) {
        const std::string key = to_lower_ascii(collapse_space(attr(el, a)));
        if (key.empty()) continue;
        if (key == "og:title" && f.og_title.empty()) f.og_title = collapse_space(decode_entities(content));
        if (key == "twitter:title" && f.twitter_title.empty()) f.twitter_title = collapse_space(decode_entities(content));
        if (key.rfind("twitter:label", 0) == 0) f.twitter_labels.emplace_back(key.substr(13), to_lower_ascii(content));
        if (key.rfind("twitter:data", 0) == 0) f.twitter_data.emplace_back(key.substr(12), std::string(content));
        if (key.ends_with("ld+json")) f.meta_jsonld.emplace_back(content);
        bool known = false;
        for (const meta_key& k : meta_keys)
            if (k.key == key) {
                add(f, k.what, k.rank, std::string(content));
                known = true;
            }
        // A name outside the list that reads as a publication date's
        // ("w-published-date", "cxenseparse:publishtime"): after every known
        // source, as some such names hold the time the page was rendered.
        if (!known && publication_date_name(key)) add(f, field::published, rank_guessed, std::string(content));
    }
}

// Microdata, <time>, rel=author and author-class elements.
void read_element(const GumboNode* node, const GumboElement& el, found& f) {
    std::string_view itemprop = attr(el, "itemprop");
    if (!itemprop.empty()) {
        std::string_view when = attr(el, "datetime");
        if (when.empty()) when = attr(el, "content");
        if (has_token(itemprop, to_lower_ascii(itemprop_author))) {
            const GumboNode* name = itemprop_name(node);
            // <meta itemprop="name" content="..."> states the name in an attribute.
            const bool meta_name = name && name->v.element.tag == GUMBO_TAG_META;
            add(f, field::author, rank_itemprop,
                meta_name ? std::string(attr(name->v.element, "content")) : text_of(name ? name : node));
        }
        if (has_token(itemprop, to_lower_ascii(itemprop_published)) || has_token(itemprop, to_lower_ascii(itemprop_created)))
            add(f, field::published, rank_itemprop, when.empty() ? text_of(node) : std::string(when));
        if (has_token(itemprop, to_lower_ascii(itemprop_modified)))
            add(f, field::modified, rank_itemprop, when.empty() ? text_of(node) : std::string(when));
    }
    if (el.tag == GUMBO_TAG_TIME && !attr(el, "datetime").empty())
        f.times.emplace_back(attr(el, "datetime"), f.heading_seen);
    pith::metadata& e = f.by_rank[rank_element];
    if (e.authors.empty() && (el.tag == GUMBO_TAG_A && has_token(attr(el, "rel"), "author"))) {
        add(f, field::author, rank_element, text_of(node));
    } else if (e.authors.empty() && (f.hints(attr(el, "class"), attr(el, "id")) & hint_author)) {
        std::string t = text_of(node);
        if (count_words(t) <= max_author_words + 1) add(f, field::author, rank_element, std::move(t));
    }
}

// The element after `node` in document order among its following siblings,
// else after its parent's ("<span>By </span><a>Name</a>").
const GumboNode* next_element(const GumboNode* node) {
    for (int up = 0; up < 2 && node && node->parent; ++up, node = node->parent) {
        const GumboVector& sib = node->parent->v.element.children;
        for (unsigned i = node->index_within_parent + 1; i < sib.length; ++i) {
            const GumboNode* n = static_cast<const GumboNode*>(sib.data[i]);
            if (n->type == GUMBO_NODE_ELEMENT) return n;
            if (n->type == GUMBO_NODE_TEXT) return nullptr;  // the credit goes on in text
        }
    }
    return nullptr;
}

// Whether `node` stands in a link, a heading, a form label, a button or
// a <nav>: where "By ..." names a menu's grouping or a teaser's source.
bool in_menu_link_or_heading(const GumboNode* node) {
    for (const GumboNode* p = node->parent; p && p->type == GUMBO_NODE_ELEMENT; p = p->parent) {
        switch (p->v.element.tag) {
            case GUMBO_TAG_A: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
            case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LABEL: case GUMBO_TAG_BUTTON: case GUMBO_TAG_NAV:
            case GUMBO_TAG_OPTION:
                return true;
            default: break;
        }
    }
    return false;
}

bool starter_label(std::string_view text) {
    const std::string t = to_lower_ascii(collapse_space(text));
    return std::find(std::begin(thread_starter_labels), std::end(thread_starter_labels), t) !=
           std::end(thread_starter_labels);
}

// A text that is only "By" / "Posted by" / "Von" ...: the next element is the
// name. A forum's "Thread starter" label names the page's author outright,
// so it ranks with the <meta> credits, before the posts' itemprop authors
// (the first of which may be a moderator's note or a later page's post).
void read_credit_text(const GumboElement& el, found& f) {
    for (unsigned i = 0; i < el.children.length; ++i) {
        const GumboNode* n = static_cast<const GumboNode*>(el.children.data[i]);
        if (n->type != GUMBO_NODE_TEXT) continue;
        const source_rank rank = starter_label(n->v.text.text) ? rank_meta : rank_element;
        if (!f.by_rank[rank].authors.empty()) continue;
        if (std::strlen(n->v.text.text) > max_credit_prefix_bytes || !is_credit_prefix(n->v.text.text)) {
            // "By Jerry Chu" in one text node, below the headline and outside
            // menus, links and headings ("By Event Type", a card's "By Team").
            if (f.h1.empty() || in_menu_link_or_heading(n)) continue;
            for (std::string& name : leading_credit(n->v.text.text)) f.by_rank[rank].authors.push_back(std::move(name));
            if (!f.by_rank[rank].authors.empty()) return;
            continue;
        }
        if (const GumboNode* name = next_element(n)) {
            std::string t = text_of(name);
            if (count_words(t) <= max_author_words) add(f, field::author, rank, std::move(t));
            return;
        }
    }
}

// The datetime of the first <time> in `node` (or `node` itself), else empty.
std::string time_datetime(const GumboNode* node) {
    std::vector<const GumboNode*> stack{node};
    while (!stack.empty()) {
        const GumboNode* n = stack.back();
        stack.pop_back();
        if (n->type != GUMBO_NODE_ELEMENT) continue;
        if (n->v.element.tag == GUMBO_TAG_TIME) return iso_date(attr(n->v.element, "datetime"));
        const GumboVector& ch = n->v.element.children;
        for (unsigned i = ch.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(ch.data[i]));
    }
    return {};
}

// A short element right after the headline's <h1> that holds a date
// ("<h1>Story</h1><h5>2024-11-06</h5>"), the byline line of many themes;
// its <time>'s datetime, when it has one, goes in `machine`.
std::string sibling_date_line(const GumboNode* h1, std::string& machine) {
    if (!h1->parent) return {};
    const GumboVector& sib = h1->parent->v.element.children;
    int elements = 0;
    for (unsigned i = h1->index_within_parent + 1; i < sib.length && elements < max_h1_date_siblings; ++i) {
        const GumboNode* n = static_cast<const GumboNode*>(sib.data[i]);
        if (n->type != GUMBO_NODE_ELEMENT) continue;
        ++elements;
        const std::string t = text_of(n);
        if (t.empty() || count_words(t) > max_h1_date_words || update_line(t) || other_date_line(t)) continue;
        if (!find_text_date(t, true).empty()) {
            machine = time_datetime(n);
            return t;
        }
    }
    return {};
}

void walk(const GumboNode* root, found& f) {
    std::vector<std::pair<const GumboNode*, bool>> stack{{root, false}};
    while (!stack.empty()) {
        auto [node, in_hidden] = stack.back();
        stack.pop_back();
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) continue;
        const GumboElement& el = node->v.element;
        in_hidden = in_hidden || hidden(el);
        switch (el.tag) {
            case GUMBO_TAG_HTML:
                if (f.html_lang.empty()) f.html_lang = canonical_language_tag(attr(el, "lang"));
                if (f.html_lang.empty()) f.html_lang = canonical_language_tag(attr(el, "xml:lang"));
                break;
            case GUMBO_TAG_META: read_meta(el, f); continue;
            case GUMBO_TAG_LINK:
                if (has_token(attr(el, "rel"), "canonical"))
                    add(f, field::url, rank_jsonld, std::string(attr(el, "href")));
                continue;
            case GUMBO_TAG_TITLE:
                if (f.title_tag.empty()) f.title_tag = text_of(node);
                continue;
            case GUMBO_TAG_H1:
                if (f.h1.empty() && !in_hidden && !home_link(node)) {
                    f.h1 = text_of(node);
                    // A logo's <h1> (an image, no text) heads nothing.
                    if (!f.h1.empty()) {
                        f.heading_seen = true;
                        f.h1_sibling_date = sibling_date_line(node, f.h1_sibling_time);
                    }
                }
                break;
            case GUMBO_TAG_H2: case GUMBO_TAG_H3:
                if (!f.heading_seen && !in_hidden && !text_of(node).empty()) f.heading_seen = true;
                break;
            case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: continue;
            default: break;
        }
        read_element(node, el, f);
        read_credit_text(el, f);
        const GumboVector& ch = el.children;
        for (unsigned i = ch.length; i-- > 0;)
            stack.emplace_back(static_cast<const GumboNode*>(ch.data[i]), in_hidden);
    }
}

// The <time>s, in document order. On a page without a headline <h1>, one
// above the first heading is the header's (a clock, a ticker, today's
// date), not the page's: skipped when a heading follows it.
void add_times(found& f) {
    for (const auto& [when, after_heading] : f.times)
        if (after_heading || !f.h1.empty() || !f.heading_seen) add(f, field::published, rank_element, when);
}

// Fills the empty fields of `to` from `from`.
void fill(pith::metadata& to, const pith::metadata& from) {
    const auto take = [](std::string& a, const std::string& b) {
        if (a.empty()) a = b;
    };
    take(to.title, from.title);
    if (to.authors.empty()) to.authors = from.authors;
    take(to.date_published, from.date_published);
    take(to.date_modified, from.date_modified);
    take(to.site_name, from.site_name);
    take(to.description, from.description);
    take(to.canonical_url, from.canonical_url);
    take(to.language, from.language);
    take(to.image, from.image);
    if (to.tags.empty()) to.tags = from.tags;
}

void dedupe(std::vector<std::string>& v) {
    std::vector<std::string> out, keys;
    for (std::string& s : v) {
        std::string k = fold_key(s);
        if (std::find(keys.begin(), keys.end(), k) != keys.end()) continue;
        keys.push_back(std::move(k));
        out.push_back(std::move(s));
    }
    v = std::move(out);
}

// An organisation credited in JSON-LD (the publisher as author, "Example
// Clinic") gives way to a person credited in the page's other markup (meta
// author, itemprop, a byline element): readers and bylines name the person.
// A credit equal to the site's name counts as an organisation too.
void prefer_people(pith::metadata& m, const found& f, bool organisation_authors) {
    const std::string site = compact_key(m.site_name);
    const auto is_site = [&](const std::vector<std::string>& names) {
        return !site.empty() && std::all_of(names.begin(), names.end(), [&](const std::string& n) { return compact_key(n) == site; });
    };
    const bool organisation = organisation_authors && m.authors == f.by_rank[rank_jsonld].authors;
    if (m.authors.empty() || (!organisation && !is_site(m.authors))) return;
    for (std::size_t r = rank_open_graph; r < rank_count; ++r) {
        const std::vector<std::string>& names = f.by_rank[r].authors;
        if (!names.empty() && !is_site(names) && names != m.authors) {
            m.authors = names;
            return;
        }
    }
}

}  // namespace

pith::metadata read_metadata(const GumboOutput* parsed, const std::vector<std::string>& jsonld) {
    found f;
    bool organisation_authors = false;
    if (parsed && parsed->root) walk(parsed->root, f);
    // JSON-LD after the walk, which finds the page's URL (<link
    // rel=canonical>, put at rank 0, else og:url) for it.
    const std::string link_canonical = f.by_rank[rank_jsonld].canonical_url;
    const std::string page_url = !link_canonical.empty() ? link_canonical : f.by_rank[rank_open_graph].canonical_url;
    f.by_rank[rank_jsonld] = read_jsonld_metadata(jsonld, &organisation_authors, page_url);
    f.by_rank[rank_jsonld].canonical_url = link_canonical;
    const std::string ld_headline = f.by_rank[rank_jsonld].title;
    add_times(f);
    // Frameworks that render head tags from data put the JSON-LD object in
    // a <meta> ("<meta name=script:ld+json content='{...}'>"): read as a
    // script is, after the real scripts.
    if (!f.meta_jsonld.empty()) {
        bool organisations = false;
        const pith::metadata from_meta = read_jsonld_metadata(f.meta_jsonld, &organisations);
        if (f.by_rank[rank_jsonld].authors.empty() && !from_meta.authors.empty()) organisation_authors = organisations;
        fill(f.by_rank[rank_jsonld], from_meta);
    }
    for (const auto& [n, label] : f.twitter_labels) {
        if (std::find(std::begin(twitter_author_labels), std::end(twitter_author_labels), collapse_space(label)) ==
            std::end(twitter_author_labels))
            continue;
        for (const auto& [m, data] : f.twitter_data)
            if (m == n) add(f, field::author, rank_meta, data);
    }
    // <link rel=canonical> was put at rank 0: it beats JSON-LD's url.
    pith::metadata m;
    m.language = f.html_lang;
    for (const pith::metadata& r : f.by_rank) fill(m, r);

    prefer_people(m, f, organisation_authors);
    m.title = choose_title(f.h1, {f.og_title, f.title_tag, ld_headline, f.twitter_title}, m.site_name);
    // The date line right after the <h1>, read in the page's language, is the
    // story's: it outranks a bare <time> elsewhere (a sidebar's, a header's).
    const bool declared = std::any_of(f.by_rank.begin(), f.by_rank.begin() + rank_element,
                                      [](const pith::metadata& r) { return !r.date_published.empty(); });
    const std::string h1_date = f.h1_sibling_date.empty() ? std::string()
                                                          : find_text_date(f.h1_sibling_date, numeric_month_first(m.language));
    if (!declared && !h1_date.empty()) m.date_published = f.h1_sibling_time.empty() ? h1_date : f.h1_sibling_time;
    if (m.date_published.empty()) m.date_published = url_date(m.canonical_url);
    dedupe(m.authors);
    dedupe(m.tags);
    return m;
}

}  // namespace pith::detail
