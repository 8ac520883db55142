// Function words of the languages pith sees most. A block of prose is dense
// in them; menus, product grids and credit lines are not (jusText's
// stopword density). Adding a language is adding a row of words.
#pragma once

#include <string_view>

namespace pith::detail {

// True when `folded_word` (case-folded, NFKC) is a function word in one of
// the tabled languages.
bool is_stopword(std::string_view folded_word) noexcept;

}  // namespace pith::detail
