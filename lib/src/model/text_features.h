// Features for telling page chrome from content in text alone: shallow text
// features of a block (Boilerpipe, jusText: length, punctuation, stopword
// density, capitalisation), its neighbours, and where it stands in the
// document. Computed over the live blocks (those no earlier rule dropped).
#pragma once

#include "candidate.h"
#include "model/tree_ensemble.h"

#include <array>
#include <string_view>
#include <vector>

namespace pith::detail {

inline constexpr std::size_t text_feature_count = 32;

// Names, in row order: the dump prints them as its header, the trainer reads
// them from there and writes them into model/data/text_model.inc, and
// text_model.cpp refuses to build when the two differ.
inline constexpr std::array<std::string_view, text_feature_count> text_feature_names = {
    "log_words", "final_punct", "ends_colon", "bullet", "upper_ratio", "digit_ratio", "stopword_ratio",
    "log_sentences", "word_length", "camel_glue", "chrome_vocab", "separators", "log_repeats", "good",
    "short", "position", "mass_position", "good_near2", "good_near5", "good_near15", "log_words_near5",
    "prev_good", "next_good", "log_dist_good", "in_region", "log_dist_region", "log_doc_blocks",
    "doc_good_share", "starts_lower", "heading_like", "url_or_email", "date_like",
};

// Indices into text_row::f of the features rules read by name.
namespace feature {
inline constexpr std::size_t stopword_ratio = index_of(text_feature_names, "stopword_ratio"),
                             camel_glue = index_of(text_feature_names, "camel_glue"),
                             separators = index_of(text_feature_names, "separators"),
                             good = index_of(text_feature_names, "good"),
                             in_region = index_of(text_feature_names, "in_region");
}  // namespace feature

struct text_row {
    std::size_t block = 0;  // index into the candidates
    std::array<float, text_feature_count> f{};
};

std::vector<text_row> compute_text_features(const candidates& blocks);

}  // namespace pith::detail
