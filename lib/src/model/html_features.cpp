#include "model/html_features.h"

#include "model/neighbours.h"
#include "text/signals.h"

#include <gumbo.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>
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

}  // namespace

std::vector<html_row> compute_html_features(const candidates& blocks, const html_document& doc,
                                            const html_verdict& verdict) {
    const std::size_t n = blocks.size();
    std::vector<html_row> rows(n);
    if (n == 0) return rows;
    const std::vector<dom_node>& nodes = doc.nodes;
    const auto node_ok = [&](int k) { return k >= 0 && static_cast<std::size_t>(k) < nodes.size(); };

    // Page totals, repeats, shapes.
    std::unordered_map<std::string_view, int> repeats;
    std::unordered_map<std::uint64_t, int> shape_count;
    std::unordered_map<std::uint64_t, double> shape_words, shape_kept, shape_prose;
    std::unordered_map<std::uint32_t, int> class_count;
    std::unordered_map<int, int> container_count;
    std::vector<std::uint64_t> shape(n, 0);
    std::vector<char> prose_block(n, 0), region(n, 0);
    double page_words = 0, kept_words = 0, prose_words = 0, region_words = 0;
    double page_chars = 0, page_links = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const candidate& c = blocks[i];
        ++repeats[c.loose];
        prose_block[i] = prose(c);
        const int node = c.dom.container;
        region[i] = node_ok(node) && is_inside(nodes, node, verdict.region);
        if (node_ok(node)) {
            shape[i] = shape_of(nodes, node);
            const double w = c.stats.words;
            ++shape_count[shape[i]];
            shape_words[shape[i]] += w;
            if (c.kept) shape_kept[shape[i]] += w;
            if (prose_block[i]) shape_prose[shape[i]] += w;
            const std::uint32_t cls = nodes[static_cast<std::size_t>(node)].class_hash;
            if (cls != 2166136261u) ++class_count[cls];  // not the empty class
            ++container_count[node];
        }
        if (run_on_text(c)) continue;  // no part of the page's reading (dom_classify.h)
        page_words += c.stats.words;
        if (c.kept) kept_words += c.stats.words;
        if (prose_block[i]) prose_words += c.stats.words;
        if (region[i]) region_words += c.stats.words;
        page_chars += c.dom.text_chars;
        page_links += c.dom.link_chars;
    }
    const double region_depth = node_ok(verdict.region) ? nodes[static_cast<std::size_t>(verdict.region)].depth : 0;

    // Blocks whose words are in the JSON-LD articleBody, when the page has
    // one (bounded: a hostile page's huge body is not searched block by
    // block).
    std::string body = doc.jsonld_body.empty() ? std::string() : loose_key(doc.jsonld_body);
    const bool search_body = !body.empty() && body.size() < (std::size_t{1} << 20);

    // Windowed means over the neighbours, and the distance to prose.
    const std::vector<double> pk = prefix_sums(n, [&](std::size_t i) { return blocks[i].kept ? 1.0 : 0.0; });
    const std::vector<double> pp = prefix_sums(n, [&](std::size_t i) { return prose_block[i] ? 1.0 : 0.0; });
    const std::vector<std::size_t> dist = distance_to_nearest(n, [&](std::size_t i) { return prose_block[i] != 0; });

    double mass = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const candidate& c = blocks[i];
        const text_stats& s = c.stats;
        const dom_features& d = c.dom;
        const double words = std::max(1, s.words);
        row_writer w{rows[i]};
        // the block's text
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
        w(std::log1p(repeats[c.loose] - 1));
        // its kind and element
        const auto tag = static_cast<GumboTag>(d.tag);
        w(c.kind == block_kind::heading);
        w(d.heading_level);
        w(c.kind == block_kind::list_item);
        w(c.kind == block_kind::table_cell);
        w(c.kind == block_kind::preformatted);
        w(c.kind == block_kind::caption);
        w(tag == GUMBO_TAG_P);
        w(tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_SECTION);
        w(tag == GUMBO_TAG_DT || tag == GUMBO_TAG_DD);
        // landmarks
        w(d.in_nav); w(d.in_aside); w(d.in_header); w(d.in_footer); w(d.in_figure); w(d.in_figcaption);
        w(d.in_form); w(d.in_button); w(d.in_list); w(d.in_table); w(d.in_pre); w(d.in_quote);
        w(d.in_article); w(d.in_main); w(d.hidden);
        w(search_body && s.words >= 5 && !c.loose.empty() && body.find(c.loose) != std::string::npos);
        w(d.class_score);
        w.bits(d.hints, 16);
        w.bits(d.own_hints, 16);
        // depth and region
        w(log1(d.depth));
        w(region[i] ? d.depth - region_depth : -1.0);
        w(region[i]);
        w(verdict.whole_page);
        w(page_words > 0 ? region_words / page_words : 0.0);
        // the rules
        w(c.kept);
        for (reason r : {reason::title, reason::caption, reason::caption_duplicate, reason::marker, reason::repeat,
                         reason::appeal, reason::byline, reason::navigation, reason::cookie_notice, reason::legal,
                         reason::social, reason::boilerplate})
            w(!c.kept && c.why == r);
        // position and neighbours
        w(n > 1 ? static_cast<double>(i) / static_cast<double>(n - 1) : 0.0);
        w(page_words > 0 ? mass / page_words : 0.0);
        w(i > 0 ? blocks[i - 1].kept : 0);
        w(i + 1 < n ? blocks[i + 1].kept : 0);
        w(i > 0 ? link_density(blocks[i - 1]) : 0.0);
        w(i + 1 < n ? link_density(blocks[i + 1]) : 0.0);
        w(i > 0 ? std::log1p(blocks[i - 1].stats.words) : 0.0);
        w(i + 1 < n ? std::log1p(blocks[i + 1].stats.words) : 0.0);
        w(window_mean(pp, i, 2, prose_block[i]));
        w(window_mean(pp, i, 5, prose_block[i]));
        w(window_mean(pk, i, 3, c.kept ? 1 : 0));
        w(std::log1p(static_cast<double>(dist[i])));
        // shape
        const bool placed = node_ok(d.container);
        w(placed ? std::log1p(container_count[d.container]) : 0.0);
        w(placed ? std::log1p(shape_count[shape[i]]) : 0.0);
        const double sw = placed ? shape_words[shape[i]] : 0.0;
        w(sw > 0 ? shape_kept[shape[i]] / sw : 0.0);
        w(sw > 0 ? shape_prose[shape[i]] / sw : 0.0);
        {
            const std::uint32_t cls = placed ? nodes[static_cast<std::size_t>(d.container)].class_hash : 0;
            const auto it = class_count.find(cls);
            w(placed && it != class_count.end() ? std::log1p(it->second) : 0.0);
        }
        // the page
        w(std::log1p(page_words));
        w(page_chars > 0 ? page_links / page_chars : 0.0);
        w(page_words > 0 ? prose_words / page_words : 0.0);
        w(std::log1p(static_cast<double>(n)));
        w(!doc.jsonld_body.empty());
        w(page_words > 0 ? kept_words / page_words : 0.0);
        if (w.i != html_feature_count) throw std::logic_error("html features: row and names disagree");
        mass += s.words;
    }
    return rows;
}

}  // namespace pith::detail
