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

#include <vector>

namespace pith::detail {

// Probability that each block is main content, in block order.
std::vector<double> block_probabilities(const candidates& blocks, const html_document& doc,
                                        const html_verdict& verdict);

// Re-decides every block by the model. Captions, markers and repeats found
// by the shared rules stay dropped; the title stays the title.
void apply_block_model(candidates& blocks, const html_document& doc, const html_verdict& verdict);

}  // namespace pith::detail
