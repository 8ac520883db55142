// Dates as pages write them, normalised to ISO 8601. Machine dates come from
// markup (JSON-LD, <meta>, <time datetime>); text dates are written for
// people, with month names in the stopword languages (text/stopwords.h).
#pragma once

#include <string>
#include <string_view>

namespace pith::detail {

// Oldest and newest year taken for a page date: outside this a four-digit
// number is a price, a count or a product name.
inline constexpr int min_page_year = 1900;
inline constexpr int max_page_year = 2099;

// A machine-readable date: "2025-09-04", "2025/09/04", "20250904",
// "2025-09-04T10:30:00+0200", "2025-09-04 10:30:00.000Z", or, failing those,
// a text date as below ("Thu, 04 Sep 2025 10:30:00 GMT"). Returns
// "YYYY-MM-DD", followed by "Thh:mm:ss" and the offset ("Z", "+02:00") when
// the source gives a time; empty when it holds no valid calendar date.
std::string iso_date(std::string_view machine_date);

// The first calendar date written in `text` ("September 4, 2025", "Sept. 4th
// 2025", "4 September 2025", "4. März 2025", "le 4 août 2025", "4 de marzo
// de 2025", "4 сентября 2025", "04.09.2025", "2025-09-04") as "YYYY-MM-DD",
// or empty. Numeric dates with '/' or '-' whose day and month are both 12 or
// less are read month first when `month_first` (US usage), day first
// otherwise; dotted ones ("04.09.2025") are always day first.
std::string find_text_date(std::string_view text, bool month_first = true);

// A date in a URL's path: "/2025/09/04/", "/2025-09-04-slug", "/20250904/"
// as "YYYY-MM-DD"; empty when the path has no full date.
std::string url_date(std::string_view url);

}  // namespace pith::detail
