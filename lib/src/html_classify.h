// HTML classification: which blocks of a page are its main content, judged
// from the DOM (region scoring, block features, context smoothing), before
// the shared rules see what is left.
#pragma once

#include "candidate.h"
#include "html_input.h"

namespace pith::detail {

// Decides boilerplate blocks (dropped, with a reason) and the title block;
// leaves main-content blocks undecided for the shared rules. Expects
// compute_features to have run. Returns the index of the title block, or -1.
int classify_html(candidates& blocks, const html_document& doc);

// After the shared rules: every block still undecided is body.
void keep_undecided(candidates& blocks);

}  // namespace pith::detail
