// Features for HTML mode's block model: everything the DOM classifier and the
// shared rules know about a block, as numbers. The block's own text
// (length, punctuation, stopword density, link density), where it stands in
// the tree (landmarks, class hints, the chosen region), what the rules
// decided for it and its neighbours, how often its element's shape repeats
// on the page (a listing's cards, a forum's posts), and what kind of page it
// is (how much prose, how many links). One row per block, all blocks.
#pragma once

#include "candidate.h"
#include "rules/dom_classify.h"
#include "input/html_input.h"

#include <array>
#include <string_view>
#include <vector>

namespace pith::detail {

inline constexpr std::size_t html_feature_count = 115;

// Names, in order, for dumps and the training script.
extern const std::array<std::string_view, html_feature_count> html_feature_names;

using html_row = std::array<float, html_feature_count>;

// One row per block of `blocks`, in order. Expects the rules to have decided
// every block (keep_undecided has run).
std::vector<html_row> compute_html_features(const candidates& blocks, const html_document& doc,
                                            const html_verdict& verdict);

}  // namespace pith::detail
