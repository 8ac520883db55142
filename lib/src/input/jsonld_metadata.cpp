// JSON-LD metadata. Objects are gathered with an explicit stack (scripts are
// input-controlled), then each field is taken from the first object, in
// type priority order, that has it.
#include "input/jsonld_metadata.h"

#include "input/dates.h"
#include "input/html_bytes.h"
#include "input/language.h"
#include "input/metadata.h"
#include "text/fold.h"
#include "text/utf8.h"

#include <nlohmann/json.hpp>
#include "text/regex.h"

#include <re2/re2.h>

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace pith::detail {

// Dates read by pattern from a JSON-LD script the parser rejects.
const regex broken_date_published{"jsonld_metadata.broken_date_published",
                                  R"re("datePublished"\s*:\s*"([^"]{8,40})")re"};
const regex broken_date_modified{"jsonld_metadata.broken_date_modified",
                                 R"re("dateModified"\s*:\s*"([^"]{8,40})")re"};


namespace {

using json = nlohmann::json;

// Types whose object describes the page's main item, best first: articles
// and posts carry the author and dates; page types the rest.
constexpr std::string_view article_types[] = {
    "NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
    "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "TechArticle", "ScholarlyArticle",
    "Report", "LiveBlogPosting", "SocialMediaPosting", "DiscussionForumPosting", "Posting", "Review",
    "Recipe", "HowTo", "Question", "VideoObject", "Episode", "PodcastEpisode",
};
constexpr std::string_view page_types[] = {
    "WebPage", "ItemPage", "AboutPage", "FAQPage", "QAPage", "ProfilePage", "CollectionPage",
    "MedicalWebPage", "SearchResultsPage", "ContactPage", "CheckoutPage",
};
constexpr std::string_view site_types[] = {"WebSite"};

constexpr std::string_view named_entities[][2] = {
    {"amp", "&"}, {"quot", "\""}, {"apos", "'"}, {"lt", "<"}, {"gt", ">"}, {"nbsp", "\u00A0"},
    {"rsquo", "\u2019"}, {"lsquo", "\u2018"}, {"rdquo", "\u201D"}, {"ldquo", "\u201C"},
    {"ndash", "\u2013"}, {"mdash", "\u2014"}, {"hellip", "\u2026"},
};

// Priority of an object's @type (a string or an array): -1 for none.
constexpr int article_rank = 0, page_rank = 1, website_rank = 2;
int type_rank(const json& obj) {
    auto it = obj.find("@type");
    if (it == obj.end()) return -1;
    int best = -1;
    const auto rank_of = [](std::string_view t) {
        for (std::string_view a : article_types)
            if (a == t) return article_rank;
        for (std::string_view p : page_types)
            if (p == t) return page_rank;
        for (std::string_view s : site_types)
            if (s == t) return website_rank;
        return -1;
    };
    const auto consider = [&](const json& t) {
        if (!t.is_string()) return;
        std::string_view name = t.get_ref<const std::string&>();
        if (name.rfind("http://schema.org/", 0) == 0) name.remove_prefix(18);
        if (name.rfind("https://schema.org/", 0) == 0) name.remove_prefix(19);
        int r = rank_of(name);
        if (r >= 0 && (best < 0 || r < best)) best = r;
    };
    if (it->is_array())
        for (const json& t : *it) consider(t);
    else
        consider(*it);
    return best;
}


std::string clean(std::string_view s) { return collapse_space(decode_entities(s)); }

struct graph {
    std::vector<std::pair<int, const json*>> typed;  // (rank, object), document order
    std::unordered_map<std::string, const json*> by_id;
};

void gather(const json& root, graph& g) {
    std::vector<const json*> stack{&root};
    while (!stack.empty()) {
        const json* j = stack.back();
        stack.pop_back();
        if (j->is_object()) {
            int r = type_rank(*j);
            if (r >= 0) g.typed.emplace_back(r, j);
            auto id = j->find("@id");
            if (id != j->end() && id->is_string() && j->size() > 1) g.by_id.emplace(id->get<std::string>(), j);
            // Children in reverse, so that objects come out in document order.
            std::vector<const json*> kids;
            for (const auto& v : *j)
                if (v.is_structured()) kids.push_back(&v);
            for (auto k = kids.rbegin(); k != kids.rend(); ++k) stack.push_back(*k);
        } else if (j->is_array()) {
            for (auto k = j->rbegin(); k != j->rend(); ++k)
                if (k->is_structured()) stack.push_back(&*k);
        }
    }
}

// An object that only points ({"@id": ...}) resolved to the full one.
const json& resolve(const json& j, const graph& g) {
    if (!j.is_object()) return j;
    auto id = j.find("@id");
    if (id == j.end() || !id->is_string() || j.contains("name")) return j;
    auto it = g.by_id.find(id->get<std::string>());
    return it == g.by_id.end() ? j : *it->second;
}

// A text value: a string, a number, or the first of an array of them.
std::string text_value(const json& j) {
    if (j.is_string()) return clean(j.get_ref<const std::string&>());
    if (j.is_array())
        for (const json& e : j)
            if (e.is_string() && !e.get_ref<const std::string&>().empty()) return clean(e.get_ref<const std::string&>());
    return {};
}

std::string name_of(const json& j, const graph& g) {
    const json& r = resolve(j, g);
    if (r.is_string()) return clean(r.get_ref<const std::string&>());
    if (r.is_object()) {
        auto n = r.find("name");
        if (n != r.end()) return text_value(*n);
    }
    return {};
}

// Whether an author object is a person: typed Person, or untyped.
bool is_person(const json& j, const graph& g) {
    const json& r = resolve(j, g);
    if (!r.is_object()) return true;
    auto t = r.find("@type");
    if (t == r.end()) return true;
    const auto person = [](const json& v) { return v.is_string() && v.get_ref<const std::string&>().find("Person") != std::string::npos; };
    if (t->is_array()) return std::any_of(t->begin(), t->end(), person);
    return person(*t);
}

void add_authors(const json& j, const graph& g, std::vector<std::string>& out, bool& any_person) {
    if (j.is_array()) {
        for (const json& e : j)
            if (!e.is_array()) add_authors(e, g, out, any_person);
        return;
    }
    if (is_person(j, g)) any_person = true;
    for (std::string& name : split_authors(name_of(j, g))) out.push_back(std::move(name));
}

std::string url_of(const json& j) {
    if (j.is_string()) return clean(j.get_ref<const std::string&>());
    if (j.is_array() && !j.empty() && !j.front().is_array()) return url_of(j.front());
    if (j.is_object()) {
        auto u = j.find("url");
        if (u != j.end() && u->is_string()) return clean(u->get_ref<const std::string&>());
        auto id = j.find("@id");
        if (id != j.end() && id->is_string()) return clean(id->get_ref<const std::string&>());
    }
    return {};
}

void add_tags(const json& j, std::vector<std::string>& out) {
    if (j.is_array()) {
        for (const json& e : j)
            if (e.is_string()) add_tags(e, out);
        return;
    }
    if (!j.is_string()) return;
    std::string_view s = j.get_ref<const std::string&>();
    std::size_t start = 0;
    while (start <= s.size()) {
        std::size_t comma = s.find(',', start);
        if (comma == std::string_view::npos) comma = s.size();
        std::string tag = clean(s.substr(start, comma - start));
        if (!tag.empty()) out.push_back(std::move(tag));
        start = comma + 1;
    }
}

const json* field(const json& obj, std::string_view key) {
    auto it = obj.find(key);
    return it == obj.end() || it->is_null() ? nullptr : &*it;
}

// The fields of one object, into `m` where still empty.
void read_object(const json& o, int rank, const graph& g, pith::metadata& m, bool& any_person) {
    const bool main_item = rank < website_rank;
    if (main_item && m.title.empty())
        if (const json* h = field(o, "headline")) m.title = text_value(*h);
    if (main_item && m.authors.empty())
        if (const json* a = field(o, "author")) add_authors(*a, g, m.authors, any_person);
    if (main_item && m.date_published.empty())
        for (std::string_view k : {"datePublished", "dateCreated", "uploadDate"})
            if (const json* d = field(o, k); d && m.date_published.empty()) m.date_published = iso_date(text_value(*d));
    if (main_item && m.date_modified.empty())
        if (const json* d = field(o, "dateModified")) m.date_modified = iso_date(text_value(*d));
    if (m.site_name.empty()) {
        if (const json* p = main_item ? field(o, "publisher") : field(o, "name"))
            m.site_name = main_item ? name_of(*p, g) : text_value(*p);
    }
    if (main_item && m.description.empty())
        if (const json* d = field(o, "description")) m.description = text_value(*d);
    if (main_item && m.image.empty())
        if (const json* i = field(o, "image")) m.image = url_of(resolve(*i, g));
    if (main_item && m.language.empty())
        if (const json* l = field(o, "inLanguage")) m.language = canonical_language_tag(name_of(*l, g));
    if (main_item && m.tags.empty()) {
        if (const json* k = field(o, "keywords")) add_tags(*k, m.tags);
        if (const json* s = field(o, "articleSection")) add_tags(*s, m.tags);
    }
}

// The host of an absolute URL ("https://www.example.org/a" ->
// "example.org", a leading "www." dropped, lower case); empty for others.
std::string host_of(std::string_view url) {
    const std::size_t scheme = url.find("://");
    if (scheme == std::string_view::npos) return {};
    url.remove_prefix(scheme + 3);
    url = url.substr(0, url.find_first_of("/?#:"));
    std::string host = to_lower_ascii(url);
    if (host.rfind("www.", 0) == 0) host.erase(0, 4);
    return host;
}

// Whether a main-item object names its page (its url, @id or
// mainEntityOfPage) on a host other than the page's own: a template's
// placeholder ("https://google.com/article") or another page's object.
bool elsewhere(const json& o, const std::string& page_host) {
    if (page_host.empty()) return false;
    std::string named;
    if (const auto m = o.find("mainEntityOfPage"); m != o.end()) named = url_of(*m);
    if (named.empty())
        if (const auto u = o.find("url"); u != o.end()) named = url_of(*u);
    if (named.empty())
        if (const auto id = o.find("@id"); id != o.end()) named = url_of(*id);
    const std::string host = host_of(named);
    return !host.empty() && host != page_host;
}

// A script with raw control characters (a line break, a tab) inside its
// strings, which JSON forbids but CMS templates emit when they paste a
// description in: those characters as spaces, everything else as it is.
// Empty when there are none (nothing to retry).
std::string without_raw_controls(std::string_view text) {
    std::string out(text);
    bool in_string = false, changed = false;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const char c = out[i];
        if (!in_string) {
            in_string = c == '"';
        } else if (c == '\\') {
            ++i;
        } else if (c == '"') {
            in_string = false;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            out[i] = ' ';
            changed = true;
        }
    }
    return changed ? out : std::string();
}

}  // namespace

std::string decode_entities(std::string_view s) {
    if (s.find('&') == std::string_view::npos) return std::string(s);
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        std::size_t semi = s[i] == '&' ? s.find(';', i) : std::string_view::npos;
        if (semi == std::string_view::npos || semi - i > 10) {
            out += s[i];
            continue;
        }
        std::string_view ref = s.substr(i + 1, semi - i - 1);
        bool done = false;
        if (ref.size() > 1 && ref[0] == '#') {
            const bool hex = ref[1] == 'x' || ref[1] == 'X';
            std::uint32_t cp = 0;
            bool ok = ref.size() > (hex ? 2u : 1u);
            for (char c : ref.substr(hex ? 2 : 1)) {
                int d = c >= '0' && c <= '9' ? c - '0'
                      : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                      : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
                if (d < 0 || cp > 0x10FFFF) ok = false;
                if (d >= 0) cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
            }
            if (ok && cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                append_utf8(out, static_cast<char32_t>(cp));
                done = true;
            }
        } else {
            for (const auto& e : named_entities)
                if (e[0] == ref) {
                    out += e[1];
                    done = true;
                    break;
                }
        }
        if (done) i = semi;
        else out += s[i];
    }
    return out;
}

pith::metadata read_jsonld_metadata(const std::vector<std::string>& scripts, bool* organisation_authors,
                                    std::string_view page_url) {
    std::vector<json> docs;
    docs.reserve(scripts.size());
    std::string broken_published, broken_modified;
    for (const std::string& text : scripts) {
        if (text.size() > max_jsonld_bytes) continue;
        json doc = json::parse(text, nullptr, /*allow_exceptions=*/false);
        // Raw line breaks in a string: read it as if escaped, so that the
        // dates come from the right object and not the first one in the text.
        if (doc.is_discarded())
            if (const std::string fixed = without_raw_controls(text); !fixed.empty())
                doc = json::parse(fixed, nullptr, /*allow_exceptions=*/false);
        if (!doc.is_discarded()) {
            docs.push_back(std::move(doc));
            continue;
        }
        // A script the parser rejects still states its dates plainly.
        const RE2& published = broken_date_published;
        const RE2& modified = broken_date_modified;
        std::string d;
        if (broken_published.empty() && RE2::PartialMatch(text, published, &d)) broken_published = iso_date(d);
        if (broken_modified.empty() && RE2::PartialMatch(text, modified, &d)) broken_modified = iso_date(d);
    }
    graph g;
    for (const json& d : docs) gather(d, g);
    // Objects that name a page on another host last; then best type first;
    // document order among equals.
    const std::string page_host = host_of(page_url);
    const auto key = [&](const std::pair<int, const json*>& t) {
        return std::pair(elsewhere(*t.second, page_host), t.first);
    };
    std::stable_sort(g.typed.begin(), g.typed.end(), [&](const auto& a, const auto& b) { return key(a) < key(b); });
    pith::metadata m;
    bool any_person = false;
    for (const auto& [rank, obj] : g.typed) read_object(*obj, rank, g, m, any_person);
    if (m.date_published.empty()) m.date_published = broken_published;
    if (m.date_modified.empty()) m.date_modified = broken_modified;
    if (organisation_authors) *organisation_authors = !m.authors.empty() && !any_person;
    return m;
}

}  // namespace pith::detail
