// The HTML pre-pass: a linear byte scan before the parser that cuts what
// carries no text (script, style, svg, math, template, comments, short
// noscript), bounds nesting and element count for Gumbo, and defuses the
// numeric references Gumbo 0.10.1 mishandles.
#pragma once

#include "pith/pith.h"

#include <cstddef>
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

// The pre-pass: removes script, style, svg, noscript, template and comment
// payloads (JSON-LD scripts are handed out in `jsonld`), drops the
// attributes parser_reads_attribute does not want, and drops element
// tags nested beyond `max_depth` (their text stays), setting `*flattened`
// when it did. After `max_nodes` start tags it drops every further tag,
// start or end (their text stays), setting `*capped`. Linear in the input.
std::string strip_payloads(std::string_view html, std::vector<std::string>& jsonld,
                           std::size_t max_depth = max_html_depth, bool* flattened = nullptr,
                           std::size_t max_nodes = max_html_nodes, bool* capped = nullptr);

// Whether some reader after the parser wants attribute `name` (any case):
// the pre-pass drops every other attribute from start tags.
bool parser_reads_attribute(std::string_view name);

// Rewrites numeric character references beyond U+10FFFF ("&#xD8008caf")
// as "&#65533", which is what HTML makes of them. Gumbo 0.10.1 reads the
// digits into an int without an overflow check, so such a reference wraps
// and came out as bytes that are not UTF-8 (or as some other character).
// Linear; leaves the string untouched when there is none.
void defuse_numeric_references(std::string& html);

}  // namespace pith::detail
