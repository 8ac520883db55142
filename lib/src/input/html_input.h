// The HTML front end: a cheap pre-pass over the markup, a Gumbo parse, and an
// iterative walk that turns the tree into blocks with DOM features.
#pragma once

#include "budget.h"
#include "candidate.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pith::detail {

// Elements nested deeper than this (as counted by the pre-pass, which does
// not count elements whose end tag is optional) lose their tags but keep
// their text. Gumbo frees its tree recursively and has no depth limit of its
// own; no real page comes near this.
inline constexpr std::size_t max_html_depth = pith::default_max_depth;

// Start tags the pre-pass passes on to the parser (tags it drops for depth
// do not count); past this every tag is dropped and the rest is text.
inline constexpr std::size_t max_html_nodes = pith::default_max_nodes;

// Class / id hint categories, one bit each (dom_features::hints).
enum hint_bit : std::uint32_t {
    hint_positive = 1u << 0,    // article, body, content, entry, main, post, story, text, ...
    hint_comment = 1u << 1,     // comment, disqus
    hint_nav = 1u << 2,         // nav, menu, breadcrumb, pagination, ...
    hint_footer = 1u << 3,      // footer, copyright, colophon
    hint_header = 1u << 4,      // header, masthead, topbar
    hint_sidebar = 1u << 5,     // sidebar, widget, aside, rail
    hint_share = 1u << 6,       // share, social, follow
    hint_related = 1u << 7,     // related, recommended, read next, most read, ...
    hint_promo = 1u << 8,       // ad, ads, promo, sponsor, banner
    hint_caption = 1u << 9,     // caption, credit, gallery, slider, carousel
    hint_byline = 1u << 10,     // byline, author, meta, date, tags
    hint_cookie = 1u << 11,     // cookie, consent, gdpr
    hint_newsletter = 1u << 12, // newsletter, subscribe, signup
    hint_modal = 1u << 13,      // modal, popup, overlay, dialog
    hint_hidden = 1u << 14,     // hidden, sr-only, visually-hidden, screen-reader-text
    hint_author = 1u << 15,     // author, byline (a subset of hint_byline: author boxes and bios)
};

// Hint bits of one element's class and id attribute values.
std::uint32_t class_hints(std::string_view class_attr, std::string_view id_attr);

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
};

// The pre-pass: removes script, style, svg, noscript, template and comment
// payloads (JSON-LD scripts are handed out in `jsonld`) and drops element
// tags nested beyond `max_depth` (their text stays), setting `*flattened`
// when it did. After `max_nodes` start tags it drops every further tag,
// start or end (their text stays), setting `*capped`. Linear in the input.
std::string strip_payloads(std::string_view html, std::vector<std::string>& jsonld,
                           std::size_t max_depth = max_html_depth, bool* flattened = nullptr,
                           std::size_t max_nodes = max_html_nodes, bool* capped = nullptr);

// Rewrites numeric character references beyond U+10FFFF ("&#xD8008caf")
// as "&#65533", which is what HTML makes of them. Gumbo 0.10.1 reads the
// digits into an int without an overflow check, so such a reference wraps
// and came out as bytes that are not UTF-8 (or as some other character).
// Linear; leaves the string untouched when there is none.
void defuse_numeric_references(std::string& html);

// From `json` texts (JSON-LD scripts), the longest articleBody and the first
// headline found anywhere in them.
void read_jsonld(const std::vector<std::string>& json, std::string& body, std::string& headline);

// Parses UTF-8 HTML (invalid sequences are repaired after the pre-pass, as
// sanitize_text does) and walks it into blocks.
// Tags nested beyond `max_depth`, and all tags after the first `max_nodes`
// start tags, are dropped before Gumbo (a warning goes to `warnings` when
// given). With a `budget`, it is checked after the pre-pass, after the parse
// and during the walk; once spent, the walk stops and the document holds
// the blocks made so far.
html_document read_html(std::string_view utf8_html, std::size_t max_depth = max_html_depth,
                        std::vector<std::string>* warnings = nullptr, std::size_t max_nodes = max_html_nodes,
                        time_budget* budget = nullptr);

}  // namespace pith::detail
