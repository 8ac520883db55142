#include "model/text_model.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>

namespace pith::detail {

namespace {

#include "model/data/text_model.inc"

}  // namespace

std::vector<double> text_probabilities(const std::vector<text_row>& rows) {
    std::vector<double> p(rows.size());
    for (std::size_t k = 0; k < rows.size(); ++k)
        p[k] = sigmoid(tree_sum(stage1_nodes, stage1_roots, std::size(stage1_roots), stage1_init, rows[k].f.data()));
    return p;
}

}  // namespace pith::detail
