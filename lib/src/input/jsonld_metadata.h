// schema.org JSON-LD, read for metadata: the object that describes the
// page's main item (an Article-like type first, then a WebPage-like one),
// with authors and the publisher resolved through @id references.
#pragma once

#include "pith/pith.h"

#include <string>
#include <string_view>
#include <vector>

namespace pith::detail {

// The fields JSON-LD gives, in pith::metadata form (dates already ISO 8601,
// authors split, entities decoded); empty fields where it gives none.
// Unparsable scripts are skipped.
// `organisation_authors`, when given, is set when every author credited is an
// Organization (or a type other than Person). A script with raw line
// breaks or tabs inside its strings is read as if they were spaces; scripts
// that still do not parse (trailing commas) give their datePublished /
// dateModified strings, read by pattern.
// `page_url`, when known (the canonical URL), puts the objects that name
// their page on another host (url, @id, mainEntityOfPage) after the rest.
pith::metadata read_jsonld_metadata(const std::vector<std::string>& scripts, bool* organisation_authors = nullptr,
                                    std::string_view page_url = {});

// "&amp;", "&#8217;", "&#x2019;" and the few named references JSON-LD
// writers leave in strings, decoded; everything else as it is.
std::string decode_entities(std::string_view s);

}  // namespace pith::detail
