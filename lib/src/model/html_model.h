// HTML mode's last stage: a learned block model (gradient-boosted trees over
// html_features, trained by tools/train_html_model.py) judges every block again,
// with the DOM classifier's and the shared rules' verdicts among its
// inputs. The rules know structure (regions, landmarks, classes); the model
// learns how far to trust each of them on which kind of page, which no
// hand-set threshold did for listings, shops and forums.
#pragma once

#include "candidate.h"
#include "rules/dom_classify.h"
#include "input/html_input.h"

#include <span>
#include <string_view>
#include <vector>

namespace pith::detail {

// Probability that each block is main content, in block order.
std::vector<double> block_probabilities(const candidates& blocks, const html_document& doc,
                                        const html_verdict& verdict);

// Re-decides every block by the model at the trained threshold (or the one
// `f` favours, model/favour.h), except the drops the table says it never
// overrules (captions, markers, repeats).
void apply_block_model(candidates& blocks, const html_document& doc, const html_verdict& verdict,
                       favour f = favour::balance);

// The feature names the table was trained on (checked against
// html_feature_names at build time; a test does too).
std::span<const std::string_view> html_model_trained_names();

}  // namespace pith::detail
