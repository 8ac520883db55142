// Gradient-boosted decision trees as data: the learned classifiers
// (chrome_model, html_model) are tables of these nodes, written by the
// training scripts in tools/, evaluated here without any library.
#pragma once

#include <cmath>
#include <cstddef>

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

}  // namespace pith::detail
