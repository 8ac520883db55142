#include "chrome_model.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>

namespace pith::detail {

namespace {

#include "chrome_model_data.inc"

template <std::size_t N>
double raw_score(const tree_node* nodes, const int* roots, std::size_t tree_count, double init,
                 const std::array<float, N>& x) {
    double sum = init;
    for (std::size_t t = 0; t < tree_count; ++t) {
        int i = roots[t];
        while (nodes[i].feature >= 0)
            i = x[static_cast<std::size_t>(nodes[i].feature)] <= nodes[i].threshold ? nodes[i].left : nodes[i].right;
        sum += nodes[i].value;
    }
    return sum;
}

double sigmoid(double v) { return 1.0 / (1.0 + std::exp(-v)); }

}  // namespace

std::vector<double> chrome_probabilities(const std::vector<chrome_row>& rows) {
    std::vector<double> p(rows.size());
    for (std::size_t k = 0; k < rows.size(); ++k)
        p[k] = sigmoid(raw_score(stage1_nodes, stage1_roots, std::size(stage1_roots), stage1_init, rows[k].f));
    return p;
}

}  // namespace pith::detail
