// JSON-LD (schema.org) blocks that the pre-pass kept aside: what pith reads
// from them.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace pith::detail {

// JSON-LD scripts longer than this are not parsed, neither for articleBody
// (read_jsonld) nor for metadata (read_metadata): a script that big is a data
// dump, not a description of the page, and parsing it costs more than the page.
inline constexpr std::size_t max_jsonld_bytes = std::size_t{8} << 20;

// From `json` texts (JSON-LD scripts), the longest articleBody and the first
// headline found anywhere in them; when `types` is given, every "@type"
// value too (a string, or each string of an array), in document order, at
// most max_jsonld_types of them.
void read_jsonld(const std::vector<std::string>& json, std::string& body, std::string& headline,
                 std::vector<std::string>* types = nullptr);

// A page's JSON-LD names a few types; thousands are a product feed, whose
// first ones say as much as all of them.
inline constexpr std::size_t max_jsonld_types = 64;

}  // namespace pith::detail
