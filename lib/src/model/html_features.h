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

// Names, in row order: the dump prints them as its header, the trainer reads
// them from there and writes them into model/data/html_model.inc, and
// html_model.cpp refuses to build when the two differ.
inline constexpr std::array<std::string_view, html_feature_count> html_feature_names = {
    // the block's text
    "log_words", "log_chars", "link_density", "final_punct", "log_sentences", "ends_colon", "stopword_ratio",
    "upper_ratio", "digit_ratio", "word_length", "chrome_vocab", "url_or_email", "date_like", "separators",
    "starts_lower", "log_repeats",
    // its kind and element
    "kind_heading", "heading_level", "kind_list_item", "kind_table_cell", "kind_preformatted", "kind_caption",
    "tag_p", "tag_div", "tag_dt_dd",
    // landmarks on the way down
    "in_nav", "in_aside", "in_header", "in_footer", "in_figure", "in_figcaption", "in_form", "in_button",
    "in_list", "in_table", "in_pre", "in_quote", "in_article", "in_main", "hidden", "in_jsonld_body",
    "class_score",
    // class / id hints on the way down
    "path_positive", "path_comment", "path_nav", "path_footer", "path_header", "path_sidebar", "path_share",
    "path_related", "path_promo", "path_caption", "path_byline", "path_cookie", "path_newsletter", "path_modal",
    "path_hidden", "path_author",
    // ... and of the owner element and its inline ancestors
    "own_positive", "own_comment", "own_nav", "own_footer", "own_header", "own_sidebar", "own_share",
    "own_related", "own_promo", "own_caption", "own_byline", "own_cookie", "own_newsletter", "own_modal",
    "own_hidden", "own_author",
    // depth and the DOM classifier's region
    "log_depth", "depth_below_region", "in_region", "whole_page", "region_word_share",
    // what the rules decided
    "rule_kept", "rule_title", "rule_caption", "rule_caption_duplicate", "rule_marker", "rule_repeat",
    "rule_appeal", "rule_byline", "rule_navigation", "rule_cookie_notice", "rule_legal", "rule_social",
    "rule_boilerplate",
    // where it stands, and its neighbours
    "position", "mass_position", "prev_kept", "next_kept", "prev_link_density", "next_link_density",
    "prev_log_words", "next_log_words", "prose_near2", "prose_near5", "kept_near3", "log_dist_prose",
    // its element's shape, repeated
    "log_container_blocks", "log_shape_count", "shape_kept_share", "shape_prose_share", "log_class_count",
    // the page
    "log_page_words", "page_link_density", "page_prose_share", "log_page_blocks", "has_jsonld_body",
    "page_kept_share",
};

using html_row = std::array<float, html_feature_count>;

// One row per block of `blocks`, in order. Expects the rules to have decided
// every block (keep_undecided has run).
std::vector<html_row> compute_html_features(const candidates& blocks, const html_document& doc,
                                            const html_verdict& verdict);

}  // namespace pith::detail
