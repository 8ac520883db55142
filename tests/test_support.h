// Helpers shared by the unit tests that drive rules and the text front end
// directly.
#pragma once

#include "candidate.h"
#include "input/text_input.h"
#include "text/unicode.h"

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace pith::test {

// Two ordinary body paragraphs that lead the appeal and repeat cases.
inline const std::string para0 =
    "The city council met on Monday evening to discuss the budget for the coming year, officials said.";
inline const std::string para1 =
    "Most of the new money will go to schools and hospitals, according to a statement from the mayor.";

// One block per string, features filled as the pipeline fills them.
inline detail::candidates make(std::initializer_list<std::string_view> texts) {
    detail::candidates out;
    for (std::string_view t : texts) {
        detail::candidate c;
        c.text = std::string(t);
        detail::compute_features(c);
        out.push_back(std::move(c));
    }
    return out;
}

// The texts of the blocks the text front end makes of `raw`.
inline std::vector<std::string> texts(std::string_view raw) {
    std::vector<std::string> out;
    for (const detail::candidate& c : detail::read_text_blocks(detail::sanitize_text(raw))) out.push_back(c.text);
    return out;
}

}  // namespace pith::test
