// The page's language: a declared tag made canonical, or a guess from the
// text's function words (text/stopwords.h) when nothing is declared.
#pragma once

#include <string>
#include <string_view>

namespace pith::detail {

// Detection needs this many function words in the text, and the winner this
// share of all words: a menu or a product grid says nothing reliable.
inline constexpr int min_language_hits = 5;
inline constexpr double min_language_share = 0.10;
// Only the first this many bytes of the text are read: a few paragraphs
// decide, and a book-length page costs no more than an article.
inline constexpr std::size_t language_sample_bytes = 20000;

// A declared language tag as BCP 47 writes it: "EN_us" -> "en-US",
// "de-de" -> "de-DE", " fr " -> "fr". Empty when it is not a language tag
// (a primary subtag of 2 or 3 letters): "", "x-default", "{{lang}}".
std::string canonical_language_tag(std::string_view declared);

// The ISO 639-1 code of the stopword language whose function words are most
// frequent in `text`, or empty when none reaches the minimums above or two
// languages tie.
std::string detect_language(std::string_view text);

}  // namespace pith::detail
