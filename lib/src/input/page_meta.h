// What a page says about itself in its markup, apart from the text: the
// OpenGraph type, its own address, the schema.org types of its JSON-LD and
// how many form controls it has. The page-type classifier
// (model/page_type.h) reads these; nothing else does yet.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pith::detail {

struct page_meta {
    std::string og_type;                    // <meta property="og:type">, lower case, e.g. "article"
    std::string url;                        // <link rel="canonical">, else og:url, as written
    std::vector<std::string> jsonld_types;  // every "@type" in the JSON-LD, as written ("NewsArticle")
    int form_controls = 0;                  // <input>, <select>, <textarea>, <button> in the body
};

// A <meta property|name=... content=...>.
void note_meta(std::string_view property, std::string_view content, page_meta& meta);

// A <link rel=... href=...>.
void note_link(std::string_view rel, std::string_view href, page_meta& meta);

}  // namespace pith::detail
