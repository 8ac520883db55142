// The shallow statistics of a block's text that rules and models read.
#pragma once

#include <string_view>

namespace pith::detail {

// Shallow text statistics of one block.
struct text_stats {
    int words = 0;          // runs of word characters; unspaced scripts count one word per two characters
    int letters = 0;
    int upper_initial_words = 0;  // words starting with an upper-case letter
    int digits = 0;
    int code_points = 0;
    bool final_punct = false;     // ends in sentence punctuation, closing quotes allowed after it
    bool ends_colon = false;
    bool starts_upper = false;    // first letter is upper case (or the script has no case)
    bool starts_lower = false;
    int sentence_ends = 0;        // sentence punctuation followed by space or end
};
text_stats measure(std::string_view s);

}  // namespace pith::detail
