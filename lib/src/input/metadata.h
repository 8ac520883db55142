// Page metadata (pith::metadata): what the markup declares, read from the
// Gumbo tree and the JSON-LD scripts the pre-pass keeps aside, then
// completed from the blocks once the rules have run (bylines, a date next to
// the headline, the language of the kept text).
#pragma once

#include "candidate.h"
#include "input/jsonld.h"  // max_jsonld_bytes
#include "pith/pith.h"

#include <gumbo.h>

#include <string>
#include <string_view>
#include <vector>

namespace pith::detail {

// A visible author credit is a name, not a paragraph: longer texts in an
// "author" element or a byline block are bios and boxes.
inline constexpr std::size_t max_author_words = 8;

// Everything the markup says: JSON-LD first (the Article-like object, then
// WebPage-like ones, then WebSite for the site name; scripts, then objects
// held in a <meta> content), then OpenGraph and Twitter meta, other <meta>
// names, itemprop, <time datetime>, rel=author and author-class elements,
// <link rel=canonical>, <html lang>, the date in the canonical URL.
// `parsed` may be null (nothing but JSON-LD is read then).
pith::metadata read_metadata(const GumboOutput* parsed, const std::vector<std::string>& jsonld);

// Fills the fields the markup left empty from the decided blocks: authors
// from the first byline block, the publication date from the canonical URL
// or a short block near the headline (`title_block`, -1 when none: the top
// of the page), the title from `headline` (the one result::title holds), and
// the language detected from the kept blocks when none was declared.
void complete_metadata(pith::metadata& meta, const candidates& blocks, int title_block, std::string_view headline);

// The dates the markup left empty, from the decided blocks: the canonical
// URL's, the line next to the headline (`title_block`, else the <h1> block,
// else the block that reads as meta.title), a byline's, a labelled line's
// (metadata_dates.cpp).
void fill_text_dates(pith::metadata& meta, const candidates& blocks, int title_block);

// Whether a <meta> name outside the known list reads as a publication
// date's, from its words (split at ".", ":", "_", "-" and spaces, vendor
// prefixes and all): a publication word with a date word
// ("w-published-date", "date-pub", "cxenseparse:publishtime"), or a
// vendor's own date ("ms.date", "cludo:date"). With an
// update word ("last_published_date") or without a date word ("publisher",
// "publishedtype") it does not (metadata_dates.cpp).
bool publication_date_name(std::string_view name);

// Words in a collapsed text (runs of non-spaces).
std::size_t count_words(std::string_view s);

// Names in one credit: "By Jane Doe and John Roe" -> {"Jane Doe", "John Roe"}.
// Drops a leading "By" / "Von" / "Par" ..., a trailing role or outlet ("...,
// Staff Writer", "... for Outlet"), URLs and handles; splits on "and", "&",
// ";" and on commas between multi-word names (so "Jane Doe, MD" stays one).
std::vector<std::string> split_authors(std::string_view credit);

// True when `text` is nothing but a credit prefix ("By", "Posted by:",
// "Von"): the name follows in the next element.
bool is_credit_prefix(std::string_view text);

// The names of a short text that opens with a credit prefix and goes on
// with the names ("By Jerry Chu", "Posted by Ann Lee and Bo Chen"), each
// word of each name capitalised; empty for anything else ("By the way",
// "Inspired by nature", "Posted by admin").
std::vector<std::string> leading_credit(std::string_view text);

// Whether a date line calls its date an update ("Updated May 6, 2025",
// "Zuletzt aktualisiert ...").
bool update_line(std::string_view text);

// Whether a date line dates something other than the page: a poster's
// registration ("Registered: 2024-01-27", "Joined Mar 2019"), a deadline,
// an expiry.
bool other_date_line(std::string_view text);

// Whether numeric dates ("03/04/2025") read month first in a page of this
// language tag: English outside the day-first regions, or no language.
bool numeric_month_first(std::string_view lang);

// Case-folded word characters only, spaces dropped: "Story | Site!" and
// "story site" get the same key (titles, site names and credits compared).
std::string compact_key(std::string_view s);

// The page title from its candidates: the visible <h1> when one of the
// metadata titles contains it (and it is not the site name), else the first
// metadata title without its site-name segment ("Story | Site" -> "Story").
std::string choose_title(std::string_view h1, const std::vector<std::string>& meta_titles,
                         std::string_view site_name);

// Whether an <h1> is nothing but a link to the site's front page: the
// header's logo or name ("<h1><a href="/">Example Blog</a></h1>"), not the
// page's headline (metadata_title.cpp).
bool home_link(const GumboNode* h1);

}  // namespace pith::detail
