#include "model/text_model.h"

#include <iterator>

namespace pith::detail {

namespace {

#include "model/data/text_model.inc"

static_assert(same_names(text_trained_names, text_feature_names),
              "model/data/text_model.inc was trained on another feature set: run tools/train-models.sh");

constexpr text_policy policy{text_keep_threshold, text_prose_min_stopwords, text_smoothed_run,
                             text_smoothing_gives_back};

}  // namespace

std::vector<double> text_probabilities(const std::vector<text_row>& rows) {
    std::vector<double> p(rows.size());
    for (std::size_t k = 0; k < rows.size(); ++k)
        p[k] = sigmoid(tree_sum(text_nodes, text_roots, std::size(text_roots), text_init, rows[k].f.data()));
    return p;
}

const text_policy& text_model_policy() { return policy; }

std::span<const std::string_view> text_model_trained_names() { return text_trained_names; }

}  // namespace pith::detail
