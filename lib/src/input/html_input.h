// The HTML front end: a cheap pre-pass over the markup, a Gumbo parse, and an
// iterative walk that turns the tree into blocks with DOM features.
#pragma once

#include "budget.h"
#include "candidate.h"
#include "input/class_hints.h"
#include "input/html_prepass.h"
#include "input/jsonld.h"
#include "input/page_meta.h"

#include <gumbo.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pith::detail {

// An element that owns blocks or contains elements that do: the tree the
// classifier scores, flattened. Parents come before their children.
struct dom_node {
    int parent = -1;
    std::uint16_t tag = 0;      // GumboTag
    int depth = 0;
    std::uint32_t hints = 0;    // this element's own class / id hints
    bool landmark = false;      // <article>, <main>, role=main
    std::uint32_t class_hash = 0;  // of the class attribute as written: repeated cards share it
};

struct html_document {
    candidates blocks;          // text, kind and dom features filled; compute_features not yet run
    std::vector<dom_node> nodes;
    std::string title;          // og:title, else the first <h1>, else <title>
    std::string title_tag;      // <title> as written
    std::string language;       // <html lang>, or empty
    std::string jsonld_body;    // the longest schema.org articleBody, or empty
    std::string jsonld_headline;
    std::vector<std::string> alt_texts;  // image alt texts, in order
    pith::metadata meta;        // what the markup declares (input/metadata.h)
    page_meta page_facts;       // og:type, canonical address, JSON-LD types, form controls
};

// Parses UTF-8 HTML (invalid sequences are repaired after the pre-pass, as
// sanitize_text does) and walks it into blocks.
// Tags nested beyond `max_depth`, and all tags after the first `max_nodes`
// start tags, are dropped before Gumbo (a warning goes to `warnings` when
// given). Relative links are resolved against the page's <base href>, else
// `page_url` (options::url). With a `budget`, it is checked after the
// pre-pass, after the parse and during the walk; once spent, the walk stops
// and the document holds the blocks made so far.
// The text of a small element (<title>, <h1>, a byline), without what the
// walk skips (script, style, template, svg, form controls, ...), white space
// collapsed. `walk`: text nodes joined as they are, as the walk's title
// cues read them; `spaced`: a space at each line break and block element
// inside, for metadata values ("Jane Doe<br>Editor").
enum class element_text_mode : std::uint8_t { walk, spaced };
std::string element_text(const GumboNode* node, element_text_mode mode = element_text_mode::walk);

html_document read_html(std::string_view utf8_html, std::size_t max_depth = max_html_depth,
                        std::vector<std::string>* warnings = nullptr, std::size_t max_nodes = max_html_nodes,
                        std::string_view page_url = {}, time_budget* budget = nullptr);

}  // namespace pith::detail
