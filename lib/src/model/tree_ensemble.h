// Gradient-boosted decision trees as data: the learned classifiers
// (text_model, html_model) are tables of these nodes, written by the
// training scripts in tools/, evaluated here without any library.
#pragma once

#include <array>
#include <cmath>
#include <cstddef>
#include <string_view>

namespace pith::detail {

struct tree_node {
    int feature;       // -1 for a leaf
    double threshold;  // go left when x[feature] <= threshold
    int left, right;   // node indices
    double value;      // leaf value (log-odds contribution)
};

// The ensemble's raw score (log-odds) for feature vector `x`: `init` plus
// the leaf each tree, rooted at roots[t], sends x to.
inline double tree_sum(const tree_node* nodes, const int* roots, std::size_t tree_count, double init,
                       const float* x) {
    double sum = init;
    for (std::size_t t = 0; t < tree_count; ++t) {
        int i = roots[t];
        while (nodes[i].feature >= 0)
            i = x[nodes[i].feature] <= nodes[i].threshold ? nodes[i].left : nodes[i].right;
        sum += nodes[i].value;
    }
    return sum;
}

inline double sigmoid(double v) { return 1.0 / (1.0 + std::exp(-v)); }

// True when a generated table's feature names are the feature table's, in
// order: a model trained on another feature set (or order) must not build.
template <std::size_t N, std::size_t M>
constexpr bool same_names(const std::string_view (&trained)[N], const std::array<std::string_view, M>& table) {
    if (N != M) return false;
    for (std::size_t i = 0; i < N; ++i)
        if (trained[i] != table[i]) return false;
    return true;
}

// The position of `name` in a feature table; not a constant expression when
// the name is missing, so a misspelt name does not build.
template <std::size_t M>
constexpr std::size_t index_of(const std::array<std::string_view, M>& table, std::string_view name) {
    for (std::size_t i = 0; i < M; ++i)
        if (table[i] == name) return i;
    throw "feature name not in the table";
}

}  // namespace pith::detail
