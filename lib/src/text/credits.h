// The words that open a credit line: "By Jane Doe", "Von Max Muster",
// "Par Jean Dupont", "Written by ...". One list for the two readers: the
// byline rule (rules/bylines.cpp) drops a short line that starts with one of
// them before a capitalised name, and metadata (input/metadata_text.cpp)
// strips them from the names it reports as authors.
#pragma once

#include <string_view>

namespace pith::detail {

// Lower case, plain words separated by one space (no regex syntax: the
// byline rule joins them into an alternation). No entry is a prefix of
// another one followed by a colon or space, so their order does not matter.
inline constexpr std::string_view credit_words[] = {
    "written by", "posted by", "published by", "words by", "story by", "reporting by", "text by",
    "texte von", "by", "von", "par", "por", "di", "door", "av", "af", "przez",
};

}  // namespace pith::detail
