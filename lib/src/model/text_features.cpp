#include "model/text_features.h"

#include "model/neighbours.h"
#include "text/signals.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>

namespace pith::detail {

namespace {

bool is_good(const candidate& c) { return c.stats.words >= 12 && c.stats.final_punct; }

float heuristic_score(const candidate& c) {
    const int w = c.stats.words;
    if (c.stats.final_punct && w >= 12) return static_cast<float>(w);
    if (w >= 25) return 0.5f * static_cast<float>(w);
    if (c.stats.final_punct && w >= 5) return 0.5f * static_cast<float>(w);
    if (w < 5) return -3.f;
    return -0.1f * static_cast<float>(w);
}

// The blocks no earlier rule dropped: the ones that get a row.
std::vector<std::size_t> live_blocks(const candidates& blocks) {
    std::vector<std::size_t> live;
    live.reserve(blocks.size());
    for (std::size_t i = 0; i < blocks.size(); ++i)
        if (!(blocks[i].decided && !blocks[i].kept)) live.push_back(i);
    return live;
}

// The densest region: the maximum-sum run [start, end] of heuristic scores
// over the live blocks; `found` is false when no run sums above zero.
struct dense_run {
    std::size_t start = 0, end = 0;
    bool found = false;
};

dense_run densest_run(const candidates& blocks, const std::vector<std::size_t>& live) {
    dense_run r;
    float best = 0, cur = 0;
    std::size_t start = 0;
    for (std::size_t k = 0; k < live.size(); ++k) {
        if (cur <= 0) {
            cur = 0;
            start = k;
        }
        cur += heuristic_score(blocks[live[k]]);
        if (cur > best) {
            best = cur;
            r.start = start;
            r.end = k;
            r.found = true;
        }
    }
    return r;
}

// What the rows read about the document, over its n live blocks: repeats,
// which blocks are good, the neighbour sums and the densest region.
struct doc_tally {
    std::unordered_map<std::string_view, int> counts;  // over all blocks, dropped ones too
    std::vector<float> good, logw;
    double total_words = 0, good_words = 0;
    std::vector<double> good_sums, logw_sums;
    std::vector<std::size_t> good_distance;
    dense_run region;
};

doc_tally tally_doc(const candidates& blocks, const std::vector<std::size_t>& live) {
    const std::size_t n = live.size();
    doc_tally t;
    for (const candidate& c : blocks) ++t.counts[c.loose];
    t.good.resize(n);
    t.logw.resize(n);
    for (std::size_t k = 0; k < n; ++k) {
        const candidate& c = blocks[live[k]];
        t.good[k] = is_good(c) ? 1.f : 0.f;
        t.logw[k] = std::log1p(static_cast<float>(c.stats.words));
        t.total_words += c.stats.words;
        if (t.good[k] > 0) t.good_words += c.stats.words;
    }
    t.good_sums = prefix_sums(n, [&](std::size_t k) { return t.good[k]; });
    t.logw_sums = prefix_sums(n, [&](std::size_t k) { return t.logw[k]; });
    t.good_distance = distance_to_nearest(n, [&](std::size_t k) { return t.good[k] > 0; });
    t.region = densest_run(blocks, live);
    return t;
}

float window_mean_f(const std::vector<double>& p, std::size_t k, std::size_t r, float self) {
    return static_cast<float>(window_mean(p, k, r, self));
}

using feature_row = std::array<float, text_feature_count>;

// The features of the k-th live block's own text (indices as in
// text_feature_names).
void write_own_text(feature_row& f, const candidate& c, std::size_t k, const doc_tally& t) {
    const text_stats& s = c.stats;
    const float words = static_cast<float>(std::max(1, s.words));
    f[0] = t.logw[k];
    f[1] = s.final_punct;
    f[2] = s.ends_colon;
    f[3] = c.bullet;
    f[4] = static_cast<float>(s.upper_initial_words) / words;
    const int alnum = s.letters + s.digits;
    f[5] = alnum > 0 ? static_cast<float>(s.digits) / static_cast<float>(alnum) : 0.f;
    f[6] = stopword_ratio(c.loose, s.words);
    f[7] = std::log1p(static_cast<float>(s.sentence_ends));
    f[8] = std::min(2.f, static_cast<float>(s.letters) / words / 10.f);
    f[9] = std::min(2.f, static_cast<float>(camel_glue(c.text)) / words);
    f[10] = RE2::PartialMatch(c.text, chrome_vocab());
    f[11] = std::min(2.f, static_cast<float>(separators(c.text)) / words);
    f[12] = std::log1p(static_cast<float>(t.counts.at(c.loose) - 1));
    f[13] = t.good[k];
    f[14] = s.words < 5;
    f[28] = s.starts_lower;
    f[30] = RE2::PartialMatch(c.text, url_or_email());
    f[31] = s.words <= 8 && RE2::PartialMatch(c.text, date_like());
}

// Where the k-th of n live blocks stands, and what surrounds it. `mass`: the
// words of the live blocks before it.
void write_surroundings(feature_row& f, const candidate& c, std::size_t k, std::size_t n, double mass,
                        const doc_tally& t) {
    const text_stats& s = c.stats;
    f[15] = n > 1 ? static_cast<float>(k) / static_cast<float>(n - 1) : 0.f;
    f[16] = t.total_words > 0 ? static_cast<float>(mass / t.total_words) : 0.f;
    f[17] = window_mean_f(t.good_sums, k, 2, t.good[k]);
    f[18] = window_mean_f(t.good_sums, k, 5, t.good[k]);
    f[19] = window_mean_f(t.good_sums, k, 15, t.good[k]);
    f[20] = window_mean_f(t.logw_sums, k, 5, t.logw[k]);
    f[21] = k > 0 ? t.good[k - 1] : 0.f;
    f[22] = k + 1 < n ? t.good[k + 1] : 0.f;
    f[23] = std::log1p(static_cast<float>(t.good_distance[k]));
    const dense_run& r = t.region;
    bool in = r.found && k >= r.start && k <= r.end;
    f[24] = in;
    f[25] = in || !r.found ? 0.f : std::log1p(static_cast<float>(k < r.start ? r.start - k : k - r.end));
    f[26] = std::log1p(static_cast<float>(n));
    f[27] = t.total_words > 0 ? static_cast<float>(t.good_words / t.total_words) : 0.f;
    f[29] = !s.final_punct && s.words <= 12 && s.starts_upper && k + 1 < n && t.good[k + 1] > 0;
}

}  // namespace

std::vector<text_row> compute_text_features(const candidates& blocks) {
    const std::vector<std::size_t> live = live_blocks(blocks);
    const std::size_t n = live.size();
    std::vector<text_row> rows(n);
    if (n == 0) return rows;
    const doc_tally t = tally_doc(blocks, live);
    double mass = 0;
    for (std::size_t k = 0; k < n; ++k) {
        const candidate& c = blocks[live[k]];
        rows[k].block = live[k];
        write_own_text(rows[k].f, c, k, t);
        write_surroundings(rows[k].f, c, k, n, mass, t);
        mass += c.stats.words;
    }
    return rows;
}

}  // namespace pith::detail
