// The page-type classifier: the "not a content page" rule, then softmax over
// one gradient-boosted tree ensemble per content type (trained by
// tools/train_page_type.py over model/page_features.h, table in
// model/data/page_type.inc).
#pragma once

#include "model/page_features.h"

namespace pith::detail {

// Pages with fewer words than this in all their blocks are empty shells
// (a single-page app before its script ran, a redirect stub): not_content.
inline constexpr int not_content_max_words = 25;
// An error title ("404", "Page not found", ...) makes a page not_content
// below this many words: longer pages with such a title are articles about
// errors, or error pages that carry a whole site index.
inline constexpr int error_page_max_words = 400;
// The same for a login-wall title ("Sign in", "Log in to continue").
inline constexpr int login_page_max_words = 200;

struct page_verdict {
    page_type type = page_type::unknown;
    float confidence = 0;  // probability of `type`; 1 when the rule decided
};

// The rule alone: not_content, or unknown when the page has content.
page_type not_content_rule(const page_row& features);

// The rule, then the model.
page_verdict classify_page(const page_row& features);

}  // namespace pith::detail
