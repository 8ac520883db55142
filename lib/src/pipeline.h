// Internal entry points into the pipeline's stages, for the dev tools and
// tests that look at a stage's output.
#pragma once

#include "candidate.h"
#include "rules/dom_classify.h"
#include "input/html_input.h"

#include <string_view>

namespace pith::detail {

// Computes block features and runs every shared rule before page chrome
// (markers, captions, bylines, repeats, appeals, chrome cues): everything
// before the chrome classifier.
void apply_content_rules(candidates& blocks);

// HTML mode before the block model: block features, the DOM classifier,
// the shared rules; every block is decided when it returns.
html_verdict html_rules(candidates& blocks, const html_document& doc);

}  // namespace pith::detail
