// Shallow signals of one block's text that both learned classifiers read
// (text mode's chrome model and HTML mode's block model): furniture
// vocabulary, addresses, dates, glued menu words, separators, and jusText's
// stopword density.
#pragma once

#include <re2/re2.h>

#include <string_view>

namespace pith::detail {

// Words of site furniture: accounts, carts, legal pages, social networks.
const RE2& chrome_vocab();
// A URL, a bare domain or an e-mail address.
const RE2& url_or_email();
// A date or a relative time ("3 hours ago").
const RE2& date_like();

// Lower-to-upper transitions inside the text: menus scraped without spaces.
int camel_glue(std::string_view s);
// Menu and breadcrumb separators: | / · › » © • >
int separators(std::string_view s);
// Share of the `words` words of `loose` (a loose_key) that are stopwords.
float stopword_ratio(std::string_view loose, int words);

}  // namespace pith::detail
