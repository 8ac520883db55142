// HTML classification: which blocks of a page are its main content, judged
// from the DOM (region scoring, block features, context smoothing), before
// the shared rules see what is left.
#pragma once

#include "candidate.h"
#include "input/html_input.h"

namespace pith::detail {

// What the DOM classifier chose, for the block model that follows it.
struct html_verdict {
    int title = -1;          // index of the headline block, or -1
    int region = 0;          // html_document::nodes index of the main region
    bool whole_page = false; // the region held too little: the whole page was judged
};

// Decides boilerplate blocks (dropped, with a reason) and the title block;
// leaves main-content blocks undecided for the shared rules. Expects
// compute_features to have run.
html_verdict classify_html(candidates& blocks, const html_document& doc);

// Share of a block's characters inside links.
double link_density(const candidate& c);
// A block of running text: a dozen words or more, sentence punctuation, few
// links. What votes for a region, and what the block model counts as prose.
bool prose(const candidate& c);

// A block of thousands of words without one sentence end is no paragraph a
// page is read by: a tag cloud, data printed as text, a minified dump. The
// DOM classifier drops it first, and the block model's page totals leave it
// out, so that it neither chooses the region nor drowns the page's prose.
bool run_on_text(const candidate& c);

// True when node `node` is `ancestor` or lies below it.
bool is_inside(const std::vector<dom_node>& nodes, int node, int ancestor);

// After the shared rules: every block still undecided is body.
void keep_undecided(candidates& blocks);

// A heading whose section has nothing left in it heads nothing: "Most
// read", "You may also like", "Comments". Run again after the block model,
// which judges headings one by one.
void drop_empty_sections(candidates& blocks);

}  // namespace pith::detail
