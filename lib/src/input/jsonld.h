// JSON-LD (schema.org) blocks that the pre-pass kept aside: what pith reads
// from them.
#pragma once

#include <string>
#include <vector>

namespace pith::detail {

// From `json` texts (JSON-LD scripts), the longest articleBody and the first
// headline found anywhere in them.
void read_jsonld(const std::vector<std::string>& json, std::string& body, std::string& headline);

}  // namespace pith::detail
