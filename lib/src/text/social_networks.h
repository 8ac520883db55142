// Social networks by name. One list for the two readers: the share /
// follow rule (rules/chrome.cpp) drops short blocks that name one, and the
// furniture-vocabulary signal both learned models read (text/signals.cpp)
// counts them as site furniture.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>

namespace pith::detail {

// Lower case, plain words (joined into an alternation inside \b...\b).
inline constexpr std::string_view social_networks[] = {
    "facebook", "twitter", "instagram", "linkedin", "pinterest", "youtube", "tiktok", "whatsapp", "telegram",
    // Not in the models' signal: the shipped tables were trained with the
    // nine above. Giving the signal all twelve (measured) changes the text
    // of 10 text-mode dev pages, 1 HTML dev page and 1 raw page, and the
    // scores of 91 + 6 + 2: retrain both models before moving these up.
    "reddit", "mastodon", "bluesky",
};

// The networks the learned models' furniture signal knows: the first nine.
inline constexpr std::span<const std::string_view> social_networks_in_models{social_networks, 9};

}  // namespace pith::detail
