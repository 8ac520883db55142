// Internal entry points into the pipeline's stages, for the dev tools and
// tests that look at a stage's output.
#pragma once

#include "budget.h"
#include "candidate.h"
#include "rules/dom_classify.h"
#include "input/html_input.h"

#include <string_view>

namespace pith::detail {

// Computes block features and runs every shared rule before page chrome
// (markers, captions, bylines, repeats, appeals, chrome cues): everything
// before the chrome classifier. With a `budget`, checked before each rule;
// once spent, the rules left are skipped and their blocks stay undecided.
void apply_content_rules(candidates& blocks, time_budget* budget = nullptr);

// HTML mode before the block model: block features, the DOM classifier,
// the shared rules; every block is decided when it returns (unless the
// `budget` ran out on the way: then the rules left are skipped).
html_verdict html_rules(candidates& blocks, const html_document& doc, time_budget* budget = nullptr);

}  // namespace pith::detail
