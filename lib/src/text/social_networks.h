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
    // nine above, so adding these would change a feature the trees were
    // fitted to (retrain both models before moving them up).
    "reddit", "mastodon", "bluesky",
};

// The networks the learned models' furniture signal knows: the first nine.
inline constexpr std::span<const std::string_view> social_networks_in_models{social_networks, 9};

}  // namespace pith::detail
