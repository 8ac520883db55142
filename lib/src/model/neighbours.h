// Neighbour features for the learned models (text_features, html_features):
// windowed means over a page's blocks and the distance to the nearest block
// of a kind, each in one linear pass.
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace pith::detail {

// prefix[k] = value(0) + ... + value(k - 1), for k = 0..n.
template <class Value>
std::vector<double> prefix_sums(std::size_t n, Value value) {
    std::vector<double> p(n + 1, 0.0);
    for (std::size_t k = 0; k < n; ++k) p[k + 1] = p[k] + value(k);
    return p;
}

// The mean over the up to `r` blocks on each side of block `k` (itself,
// whose value is `self`, left out), from prefix sums of n + 1 entries.
inline double window_mean(const std::vector<double>& prefix, std::size_t k, std::size_t r, double self) {
    const std::size_t n = prefix.size() - 1;
    const std::size_t a = k >= r ? k - r : 0, b = std::min(n, k + r + 1);
    const double count = static_cast<double>(b - a) - 1;
    return count > 0 ? (prefix[b] - prefix[a] - self) / count : 0.0;
}

// For each of n blocks, the distance in blocks to the nearest one for which
// `is` holds, either way (n when there is none).
template <class Pred>
std::vector<std::size_t> distance_to_nearest(std::size_t n, Pred is) {
    std::vector<std::size_t> dist(n, n);
    for (std::size_t k = 0, last = n; k < n; ++k) {
        if (is(k)) last = k;
        if (last != n) dist[k] = k - last;
    }
    for (std::size_t k = n, last = n; k-- > 0;) {
        if (is(k)) last = k;
        if (last != n) dist[k] = std::min(dist[k], last - k);
    }
    return dist;
}

}  // namespace pith::detail
