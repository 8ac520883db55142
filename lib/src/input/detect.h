// Deciding what the input is, from its first bytes.
#pragma once

#include <string_view>

namespace pith::detail {

// True when the bytes look like an HTML document rather than a text scrape.
bool looks_like_html(std::string_view bytes) noexcept;

// True when the bytes are binary data (many NUL or control bytes), which
// neither front end can make sense of.
bool looks_binary(std::string_view bytes) noexcept;

}  // namespace pith::detail
