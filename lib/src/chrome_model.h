// The text-mode chrome classifier: small gradient-boosted trees over
// chrome_features, which already carry the neighbours' features (window
// means, the densest region), so context smoothing is learned rather than
// hand-set. The trees are data (chrome_model_data.inc), trained by
// tools/train_chrome.py. (A second stage over the first one's verdicts on
// neighbours was tried and scored no better out of fold.)
#pragma once

#include "chrome_features.h"
#include "tree_ensemble.h"

#include <vector>

namespace pith::detail {

// Probability that each row's block is main content, in row order.
std::vector<double> chrome_probabilities(const std::vector<chrome_row>& rows);

}  // namespace pith::detail
