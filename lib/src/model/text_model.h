// The text-mode chrome classifier: small gradient-boosted trees over
// text_features, which already carry the neighbours' features (window
// means, the densest region), so context smoothing is mostly learned. The
// trees and the decision policy around them are data
// (model/data/text_model.inc), written by tools/train_text_model.py, which
// scores that same policy. (A second stage over the first one's verdicts on
// neighbours was tried and scored no better out of fold.)
#pragma once

#include "model/text_features.h"
#include "model/tree_ensemble.h"

#include <span>
#include <string_view>
#include <vector>

namespace pith::detail {

// Probability that each row's block is main content, in row order.
std::vector<double> text_probabilities(const std::vector<text_row>& rows);

// How rules/chrome.cpp decides from the probabilities; trained with the model.
struct text_policy {
    double keep_threshold;              // keep at p >= this
    float prose_min_stopwords;          // prose in the densest region at this stopword ratio stays
    std::size_t smoothed_run;           // longest run of drops between kept blocks given back
    std::span<const reason> gives_back;  // what the classifier's drops in such a run must be
};
const text_policy& text_model_policy();

// The feature names the table was trained on (text_model.cpp checks them
// against text_feature_names at build time; a test does too).
std::span<const std::string_view> text_model_trained_names();

}  // namespace pith::detail
