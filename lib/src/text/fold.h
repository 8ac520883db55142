// White space collapsing and the comparison keys (NFKC, case fold) that
// tell two blocks are the same text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pith::detail {

// Trims Unicode white space from both ends and folds every inner run of it to
// one ASCII space.
std::string collapse_space(std::string_view s);
// The same, also appending to `lone_nbsp` the offset (in the result) of every
// space that stood for exactly one U+00A0 and nothing else.
std::string collapse_space(std::string_view s, std::vector<std::size_t>& lone_nbsp);

// Comparison key: NFKC, case fold, white space collapsed, trimmed. Two blocks
// with the same key are the same text.
std::string fold_key(std::string_view s);
// A looser key: fold_key keeping only words (letters, marks, numbers) joined
// by single spaces; "Kyiv." and "kyiv" share it.
std::string loose_key(std::string_view s);
// Both keys at once, normalising the text only once.
void fold_keys(std::string_view s, std::string& key, std::string& loose);

}  // namespace pith::detail
