// Features of a whole HTML page for the page-type classifier
// (model/page_type.h): what the page says it is (schema.org JSON-LD types,
// og:type, words in its address), what its text is made of (prose,
// headings, list items, table cells, code, links, prices) and how it is
// built (repeated element shapes, comment containers, form controls).
// Computed after the DOM walk and the rules, from what they already hold.
#pragma once

#include "candidate.h"
#include "input/html_input.h"
#include "rules/dom_classify.h"

#include <array>
#include <string_view>

namespace pith::detail {

inline constexpr std::size_t page_feature_count = 71;

// Names, in order, for dumps and the training script.
extern const std::array<std::string_view, page_feature_count> page_feature_names;

using page_row = std::array<float, page_feature_count>;

// The page's features. Expects the rules to have decided every block.
page_row compute_page_features(const candidates& blocks, const html_document& doc, const html_verdict& verdict);

// Index of a feature by name (for the rules in page_type.cpp), or
// page_feature_count when there is none.
std::size_t page_feature_index(std::string_view name);

}  // namespace pith::detail
