// The text-mode chrome classifier: small gradient-boosted trees over
// text_features, which already carry the neighbours' features (window
// means, the densest region), so context smoothing is learned rather than
// hand-set. The trees are data (model/data/text_model.inc), trained by
// tools/train_text_model.py. (A second stage over the first one's verdicts on
// neighbours was tried and scored no better out of fold.)
#pragma once

#include "model/text_features.h"
#include "model/tree_ensemble.h"

#include <vector>

namespace pith::detail {

// Probability that each row's block is main content, in row order.
std::vector<double> text_probabilities(const std::vector<text_row>& rows);

}  // namespace pith::detail
