// What one task hands back to the writer (batch.cpp), in input order.
#pragma once

#include "outputs.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace pith_cli {

// Besides documents and records, a JSON Lines or WARC stream produces a
// `stream_begin` and a `stream_end` item, so the writer knows where one
// stream's output file starts and ends. A record with no output (a WARC
// record skipped as not HTML) only moves the progress bar.
struct item {
    enum class type { document, record, stream_begin, stream_end } what = type::document;
    std::string label;                 // the input's name, for stdout labels
    std::string output;                // bytes for standard output or the stream file
    std::vector<std::string> errors;   // "NAME: reason" lines for standard error
    std::vector<std::string> notes;    // lines for standard error that are not failures
    std::uint64_t input_bytes = 0;
    bool failed = false;
    std::string stream_target;         // stream_begin with --out-dir: the file to write
    std::optional<report_entry> report;  // --report with several inputs: a line of the index
};

using task = std::function<item()>;

}  // namespace pith_cli
