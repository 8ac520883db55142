#include "model/text_features.h"

#include "model/neighbours.h"
#include "text/signals.h"

#include <re2/re2.h>

#include <algorithm>
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

}  // namespace

std::vector<text_row> compute_text_features(const candidates& blocks) {
    std::vector<std::size_t> live;
    live.reserve(blocks.size());
    for (std::size_t i = 0; i < blocks.size(); ++i)
        if (!(blocks[i].decided && !blocks[i].kept)) live.push_back(i);
    const std::size_t n = live.size();
    std::vector<text_row> rows(n);
    if (n == 0) return rows;

    std::unordered_map<std::string_view, int> counts;
    for (const candidate& c : blocks) ++counts[c.loose];

    std::vector<float> good(n), logw(n);
    double total_words = 0, good_words = 0;
    for (std::size_t k = 0; k < n; ++k) {
        const candidate& c = blocks[live[k]];
        good[k] = is_good(c) ? 1.f : 0.f;
        logw[k] = std::log1p(static_cast<float>(c.stats.words));
        total_words += c.stats.words;
        if (good[k] > 0) good_words += c.stats.words;
    }
    // Windowed means over the neighbours, and the distance to good blocks.
    const std::vector<double> pg = prefix_sums(n, [&](std::size_t k) { return good[k]; });
    const std::vector<double> pw = prefix_sums(n, [&](std::size_t k) { return logw[k]; });
    const auto window_mean = [](const std::vector<double>& p, std::size_t k, std::size_t r, float self) {
        return static_cast<float>(detail::window_mean(p, k, r, self));
    };
    const std::vector<std::size_t> dist = distance_to_nearest(n, [&](std::size_t k) { return good[k] > 0; });
    // The densest region by a maximum-sum run of heuristic scores.
    std::size_t rs = 0, re = 0;
    bool have_region = false;
    {
        float best = 0, cur = 0;
        std::size_t start = 0;
        for (std::size_t k = 0; k < n; ++k) {
            if (cur <= 0) {
                cur = 0;
                start = k;
            }
            cur += heuristic_score(blocks[live[k]]);
            if (cur > best) {
                best = cur;
                rs = start;
                re = k;
                have_region = true;
            }
        }
    }
    double mass = 0;
    for (std::size_t k = 0; k < n; ++k) {
        const candidate& c = blocks[live[k]];
        const text_stats& s = c.stats;
        const float words = static_cast<float>(std::max(1, s.words));
        auto& f = rows[k].f;
        rows[k].block = live[k];
        f[0] = logw[k];
        f[1] = s.final_punct;
        f[2] = s.ends_colon;
        f[3] = c.bullet;
        f[4] = static_cast<float>(s.upper_initial_words) / words;
        f[5] = s.letters + s.digits > 0 ? static_cast<float>(s.digits) / static_cast<float>(s.letters + s.digits) : 0.f;
        f[6] = stopword_ratio(c.loose, s.words);
        f[7] = std::log1p(static_cast<float>(s.sentence_ends));
        f[8] = std::min(2.f, static_cast<float>(s.letters) / words / 10.f);
        f[9] = std::min(2.f, static_cast<float>(camel_glue(c.text)) / words);
        f[10] = RE2::PartialMatch(c.text, chrome_vocab());
        f[11] = std::min(2.f, static_cast<float>(separators(c.text)) / words);
        f[12] = std::log1p(static_cast<float>(counts[c.loose] - 1));
        f[13] = good[k];
        f[14] = s.words < 5;
        f[15] = n > 1 ? static_cast<float>(k) / static_cast<float>(n - 1) : 0.f;
        f[16] = total_words > 0 ? static_cast<float>(mass / total_words) : 0.f;
        f[17] = window_mean(pg, k, 2, good[k]);
        f[18] = window_mean(pg, k, 5, good[k]);
        f[19] = window_mean(pg, k, 15, good[k]);
        f[20] = window_mean(pw, k, 5, logw[k]);
        f[21] = k > 0 ? good[k - 1] : 0.f;
        f[22] = k + 1 < n ? good[k + 1] : 0.f;
        f[23] = std::log1p(static_cast<float>(dist[k]));
        bool in = have_region && k >= rs && k <= re;
        f[24] = in;
        f[25] = in || !have_region ? 0.f : std::log1p(static_cast<float>(k < rs ? rs - k : k - re));
        f[26] = std::log1p(static_cast<float>(n));
        f[27] = total_words > 0 ? static_cast<float>(good_words / total_words) : 0.f;
        f[28] = s.starts_lower;
        f[29] = !s.final_punct && s.words <= 12 && s.starts_upper && k + 1 < n && good[k + 1] > 0;
        f[30] = RE2::PartialMatch(c.text, url_or_email());
        f[31] = s.words <= 8 && RE2::PartialMatch(c.text, date_like());
        mass += s.words;
    }
    return rows;
}

}  // namespace pith::detail
