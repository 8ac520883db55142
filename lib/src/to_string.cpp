#include "pith/pith.h"

namespace pith {

std::string_view to_string(reason why) noexcept {
    switch (why) {
        case reason::body: return "body";
        case reason::title: return "title";
        case reason::caption: return "caption";
        case reason::caption_duplicate: return "caption_duplicate";
        case reason::marker: return "marker";
        case reason::repeat: return "repeat";
        case reason::appeal: return "appeal";
        case reason::byline: return "byline";
        case reason::navigation: return "navigation";
        case reason::cookie_notice: return "cookie_notice";
        case reason::legal: return "legal";
        case reason::social: return "social";
        case reason::boilerplate: return "boilerplate";
        case reason::comment: return "comment";
    }
    return "unknown";
}

std::string_view to_string(page_type type) noexcept {
    switch (type) {
        case page_type::unknown: return "unknown";
        case page_type::article: return "article";
        case page_type::forum: return "forum";
        case page_type::product: return "product";
        case page_type::collection: return "collection";
        case page_type::listing: return "listing";
        case page_type::documentation: return "documentation";
        case page_type::service: return "service";
        case page_type::not_content: return "not_content";
    }
    return "unknown";
}

std::string_view to_string(block_kind kind) noexcept {
    switch (kind) {
        case block_kind::paragraph: return "paragraph";
        case block_kind::heading: return "heading";
        case block_kind::list_item: return "list_item";
        case block_kind::quote: return "quote";
        case block_kind::preformatted: return "preformatted";
        case block_kind::table_cell: return "table_cell";
        case block_kind::caption: return "caption";
    }
    return "unknown";
}

std::string_view to_string(comments_policy policy) noexcept {
    switch (policy) {
        case comments_policy::automatic: return "automatic";
        case comments_policy::include: return "include";
        case comments_policy::exclude: return "exclude";
    }
    return "unknown";
}

std::string_view to_string(input_mode mode) noexcept {
    switch (mode) {
        case input_mode::detect: return "detect";
        case input_mode::text: return "text";
        case input_mode::html: return "html";
    }
    return "unknown";
}

std::string_view to_string(favour f) noexcept {
    switch (f) {
        case favour::balance: return "balance";
        case favour::precision: return "precision";
        case favour::recall: return "recall";
    }
    return "unknown";
}

std::string_view to_string(status code) noexcept {
    switch (code) {
        case status::ok: return "ok";
        case status::empty_input: return "empty_input";
        case status::unsupported_input: return "unsupported_input";
        case status::too_large: return "too_large";
        case status::timed_out: return "timed_out";
        case status::unknown_encoding: return "unknown_encoding";
    }
    return "unknown";
}

std::string_view version() noexcept { return PITH_VERSION; }

}  // namespace pith
