// Features for telling page chrome from content in text alone: shallow text
// features of a block (Boilerpipe, jusText: length, punctuation, stopword
// density, capitalisation), its neighbours, and where it stands in the
// document. Computed over the live blocks (those no earlier rule dropped).
#pragma once

#include "candidate.h"

#include <array>
#include <string_view>
#include <vector>

namespace pith::detail {

inline constexpr std::size_t text_feature_count = 32;

// Names, in order, for dumps and the training script.
extern const std::array<std::string_view, text_feature_count> text_feature_names;

// Indices into text_row::f of the features rules read by name.
namespace feature {
inline constexpr std::size_t stopword_ratio = 6, camel_glue = 9, separators = 11, good = 13, in_region = 24;
}  // namespace feature

struct text_row {
    std::size_t block = 0;  // index into the candidates
    std::array<float, text_feature_count> f{};
};

std::vector<text_row> compute_text_features(const candidates& blocks);

}  // namespace pith::detail
