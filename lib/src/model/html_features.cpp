#include "model/html_features.h"

#include "model/neighbours.h"
#include "text/signals.h"

#include <gumbo.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <unordered_map>

namespace pith::detail {

namespace {

float log1(double v) { return static_cast<float>(std::log1p(std::max(0.0, v))); }

// The shape of the element that owns a block: its tag and class, and its
// parent's and grandparent's. A listing's cards, a shop's tiles and a
// forum's posts repeat one shape many times.
std::uint64_t shape_of(const std::vector<dom_node>& nodes, int node) {
    std::uint64_t h = 1469598103934665603ull;
    for (int step = 0; step < 3 && node >= 0; ++step) {
        const dom_node& n = nodes[static_cast<std::size_t>(node)];
        h = (h ^ n.tag) * 1099511628211ull;
        h = (h ^ n.class_hash) * 1099511628211ull;
        node = n.parent;
    }
    return h;
}

// Writes one row's values in the order of html_feature_names.
struct row_writer {
    html_row& f;
    std::size_t i = 0;
    void operator()(double v) { f[i++] = static_cast<float>(v); }
    void bits(std::uint32_t b, int count) {
        for (int k = 0; k < count; ++k) f[i++] = (b >> k) & 1u ? 1.f : 0.f;
    }
};

// A map's value for `key`, or zero where the key never came up.
template <class Map, class Key>
typename Map::mapped_type value_or_zero(const Map& m, const Key& key) {
    const auto it = m.find(key);
    return it == m.end() ? typename Map::mapped_type{} : it->second;
}

// What every row reads about the page: totals, repeats, element shapes, the
// neighbour sums. One pass over the blocks, before the rows.
struct page_tally {
    std::unordered_map<std::string_view, int> repeats;
    std::unordered_map<std::uint64_t, int> shape_count;
    std::unordered_map<std::uint64_t, double> shape_words, shape_kept, shape_prose;
    std::unordered_map<std::uint32_t, int> class_count;
    std::unordered_map<int, int> container_count;
    std::vector<std::uint64_t> shape;
    std::vector<char> prose_block, region;
    double page_words = 0, kept_words = 0, prose_words = 0, region_words = 0;
    double page_chars = 0, page_links = 0;
    double region_depth = 0;
    // The JSON-LD articleBody's words, when the page has one and it is small
    // enough to search block by block (a hostile page's huge body is not).
    std::string body;
    bool search_body = false;
    // Windowed means over the neighbours, and the distance to prose.
    std::vector<double> kept_sums, prose_sums;
    std::vector<std::size_t> prose_distance;
};

page_tally tally_page(const candidates& blocks, const html_document& doc, const html_verdict& verdict) {
    const std::size_t n = blocks.size();
    const std::vector<dom_node>& nodes = doc.nodes;
    const auto node_ok = [&](int k) { return k >= 0 && static_cast<std::size_t>(k) < nodes.size(); };
    page_tally t;
    t.shape.assign(n, 0);
    t.prose_block.assign(n, 0);
    t.region.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const candidate& c = blocks[i];
        ++t.repeats[c.loose];
        t.prose_block[i] = prose(c);
        const int node = c.dom.container;
        t.region[i] = node_ok(node) && is_inside(nodes, node, verdict.region);
        if (node_ok(node)) {
            t.shape[i] = shape_of(nodes, node);
            const double w = c.stats.words;
            ++t.shape_count[t.shape[i]];
            t.shape_words[t.shape[i]] += w;
            if (c.kept) t.shape_kept[t.shape[i]] += w;
            if (t.prose_block[i]) t.shape_prose[t.shape[i]] += w;
            const std::uint32_t cls = nodes[static_cast<std::size_t>(node)].class_hash;
            if (cls != 2166136261u) ++t.class_count[cls];  // not the empty class
            ++t.container_count[node];
        }
        if (run_on_text(c)) continue;  // no part of the page's reading (dom_classify.h)
        t.page_words += c.stats.words;
        if (c.kept) t.kept_words += c.stats.words;
        if (t.prose_block[i]) t.prose_words += c.stats.words;
        if (t.region[i]) t.region_words += c.stats.words;
        t.page_chars += c.dom.text_chars;
        t.page_links += c.dom.link_chars;
    }
    t.region_depth = node_ok(verdict.region) ? nodes[static_cast<std::size_t>(verdict.region)].depth : 0;

    t.body = doc.jsonld_body.empty() ? std::string() : loose_key(doc.jsonld_body);
    t.search_body = !t.body.empty() && t.body.size() < (std::size_t{1} << 20);

    t.kept_sums = prefix_sums(n, [&](std::size_t i) { return blocks[i].kept ? 1.0 : 0.0; });
    t.prose_sums = prefix_sums(n, [&](std::size_t i) { return t.prose_block[i] ? 1.0 : 0.0; });
    t.prose_distance = distance_to_nearest(n, [&](std::size_t i) { return t.prose_block[i] != 0; });
    return t;
}

// The feature groups, each in the order of its part of html_feature_names.

void write_text(row_writer& w, const candidate& c, const page_tally& t) {
    const text_stats& s = c.stats;
    const dom_features& d = c.dom;
    const double words = std::max(1, s.words);
    w(std::log1p(s.words));
    w(log1(d.text_chars));
    w(link_density(c));
    w(s.final_punct);
    w(std::log1p(s.sentence_ends));
    w(s.ends_colon);
    w(stopword_ratio(c.loose, s.words));
    w(s.upper_initial_words / words);
    w(s.letters + s.digits > 0 ? static_cast<double>(s.digits) / (s.letters + s.digits) : 0.0);
    w(std::min(2.0, s.letters / words / 10.0));
    w(RE2::PartialMatch(c.text, chrome_vocab()));
    w(RE2::PartialMatch(c.text, url_or_email()));
    w(s.words <= 8 && RE2::PartialMatch(c.text, date_like()));
    w(std::min(2.0, separators(c.text) / words));
    w(s.starts_lower);
    w(std::log1p(value_or_zero(t.repeats, c.loose) - 1));
}

void write_kind(row_writer& w, const candidate& c) {
    const auto tag = static_cast<GumboTag>(c.dom.tag);
    w(c.kind == block_kind::heading);
    w(c.dom.heading_level);
    w(c.kind == block_kind::list_item);
    w(c.kind == block_kind::table_cell);
    w(c.kind == block_kind::preformatted);
    w(c.kind == block_kind::caption);
    w(tag == GUMBO_TAG_P);
    w(tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_SECTION);
    w(tag == GUMBO_TAG_DT || tag == GUMBO_TAG_DD);
}

// Landmarks, the JSON-LD body, and class / id hints on the way down.
void write_landmarks(row_writer& w, const candidate& c, const page_tally& t) {
    const dom_features& d = c.dom;
    w(d.in_nav); w(d.in_aside); w(d.in_header); w(d.in_footer); w(d.in_figure); w(d.in_figcaption);
    w(d.in_form); w(d.in_button); w(d.in_list); w(d.in_table); w(d.in_pre); w(d.in_quote);
    w(d.in_article); w(d.in_main); w(d.hidden);
    w(t.search_body && c.stats.words >= 5 && !c.loose.empty() && t.body.find(c.loose) != std::string::npos);
    w(d.class_score);
    w.bits(d.hints, 16);
    w.bits(d.own_hints, 16);
}

void write_region(row_writer& w, const candidate& c, std::size_t i, const page_tally& t,
                  const html_verdict& verdict) {
    const dom_features& d = c.dom;
    w(log1(d.depth));
    w(t.region[i] ? d.depth - t.region_depth : -1.0);
    w(t.region[i]);
    w(verdict.whole_page);
    w(t.page_words > 0 ? t.region_words / t.page_words : 0.0);
}

void write_rules(row_writer& w, const candidate& c) {
    w(c.kept);
    for (reason r : {reason::title, reason::caption, reason::caption_duplicate, reason::marker,
                     reason::repeat, reason::appeal, reason::byline, reason::navigation,
                     reason::cookie_notice, reason::legal, reason::social, reason::boilerplate})
        w(!c.kept && c.why == r);
}

// `mass`: the words of the blocks before block i.
void write_neighbours(row_writer& w, const candidates& blocks, std::size_t i, double mass,
                      const page_tally& t) {
    const std::size_t n = blocks.size();
    const candidate& c = blocks[i];
    w(n > 1 ? static_cast<double>(i) / static_cast<double>(n - 1) : 0.0);
    w(t.page_words > 0 ? mass / t.page_words : 0.0);
    w(i > 0 ? blocks[i - 1].kept : 0);
    w(i + 1 < n ? blocks[i + 1].kept : 0);
    w(i > 0 ? link_density(blocks[i - 1]) : 0.0);
    w(i + 1 < n ? link_density(blocks[i + 1]) : 0.0);
    w(i > 0 ? std::log1p(blocks[i - 1].stats.words) : 0.0);
    w(i + 1 < n ? std::log1p(blocks[i + 1].stats.words) : 0.0);
    w(window_mean(t.prose_sums, i, 2, t.prose_block[i]));
    w(window_mean(t.prose_sums, i, 5, t.prose_block[i]));
    w(window_mean(t.kept_sums, i, 3, c.kept ? 1 : 0));
    w(std::log1p(static_cast<double>(t.prose_distance[i])));
}

// How often the block's element, its shape and its class repeat.
void write_shape(row_writer& w, const dom_features& d, std::size_t i, const page_tally& t,
                 const std::vector<dom_node>& nodes) {
    const bool placed = d.container >= 0 && static_cast<std::size_t>(d.container) < nodes.size();
    const std::uint64_t shape = t.shape[i];
    w(placed ? std::log1p(value_or_zero(t.container_count, d.container)) : 0.0);
    w(placed ? std::log1p(value_or_zero(t.shape_count, shape)) : 0.0);
    const double sw = placed ? value_or_zero(t.shape_words, shape) : 0.0;
    w(sw > 0 ? value_or_zero(t.shape_kept, shape) / sw : 0.0);
    w(sw > 0 ? value_or_zero(t.shape_prose, shape) / sw : 0.0);
    const std::uint32_t cls = placed ? nodes[static_cast<std::size_t>(d.container)].class_hash : 0;
    const auto it = t.class_count.find(cls);
    w(placed && it != t.class_count.end() ? std::log1p(it->second) : 0.0);
}

void write_page(row_writer& w, std::size_t n, const page_tally& t, const html_document& doc) {
    w(std::log1p(t.page_words));
    w(t.page_chars > 0 ? t.page_links / t.page_chars : 0.0);
    w(t.page_words > 0 ? t.prose_words / t.page_words : 0.0);
    w(std::log1p(static_cast<double>(n)));
    w(!doc.jsonld_body.empty());
    w(t.page_words > 0 ? t.kept_words / t.page_words : 0.0);
}

}  // namespace

std::vector<html_row> compute_html_features(const candidates& blocks, const html_document& doc,
                                            const html_verdict& verdict) {
    const std::size_t n = blocks.size();
    std::vector<html_row> rows(n);
    if (n == 0) return rows;
    const page_tally t = tally_page(blocks, doc, verdict);
    double mass = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const candidate& c = blocks[i];
        row_writer w{rows[i]};
        write_text(w, c, t);
        write_kind(w, c);
        write_landmarks(w, c, t);
        write_region(w, c, i, t, verdict);
        write_rules(w, c);
        write_neighbours(w, blocks, i, mass, t);
        write_shape(w, c.dom, i, t, doc.nodes);
        write_page(w, n, t, doc);
        if (w.i != html_feature_count) throw std::logic_error("html features: row and names disagree");
        mass += c.stats.words;
    }
    return rows;
}

}  // namespace pith::detail
