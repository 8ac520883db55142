// The fields of pith::metadata, with the names every output gives them (the
// CLI's JSON "metadata" object, the Python module's pith.Metadata), in
// that order. One list, so an output cannot forget a field or name one
// differently: a field added to pith::metadata is added here once.
#pragma once

#include "pith/pith.h"

namespace pith {

// Calls visit(name, value) for each field in order; value is a
// const std::string& (empty when unknown), a const std::vector<std::string>&
// or a bool.
template <typename Visit>
void for_each_metadata_field(const metadata& m, Visit&& visit) {
    visit("title", m.title);
    visit("authors", m.authors);
    visit("date_published", m.date_published);
    visit("date_modified", m.date_modified);
    visit("site_name", m.site_name);
    visit("description", m.description);
    visit("canonical_url", m.canonical_url);
    visit("language", m.language);
    visit("language_detected", m.language_detected);
    visit("image", m.image);
    visit("tags", m.tags);
}

}  // namespace pith
