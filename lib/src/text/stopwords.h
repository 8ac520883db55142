// Function words of the languages pith sees most. A block of prose is dense
// in them; menus, product grids and credit lines are not (jusText's
// stopword density). Adding a language is adding a row of words.
#pragma once

#include <span>
#include <string_view>

namespace pith::detail {

// One language's function words, case-folded (NFKC), under its ISO 639-1
// code. Some words belong to several languages ("de", "en", "a").
struct stopword_language {
    std::string_view code;
    std::span<const std::string_view> words;
};

// The tabled languages: English, German, French, Spanish, Portuguese,
// Italian, Dutch, Swedish, Russian, Polish, Czech.
std::span<const stopword_language> stopword_languages() noexcept;

// True when `folded_word` (case-folded, NFKC) is a function word in one of
// the tabled languages.
bool is_stopword(std::string_view folded_word) noexcept;

}  // namespace pith::detail
