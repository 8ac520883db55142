// JSON Lines records: one input line in, one output line out. A line that
// is not a usable record still gives exactly one output line, with "error"
// set, so outputs and inputs pair up line for line.
#pragma once

#include "config.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace pith_cli {

// A record nested deeper than this (arrays and objects, anywhere in the
// line) is refused with an error record before it is parsed. nlohmann's
// parser keeps its own stack, but copying and writing a value recurse once
// per level, and a passed-through field is copied and written: 10^5
// brackets overflowed the stack. Scrapers' records are a few levels deep.
inline constexpr std::size_t max_record_depth = 1024;

struct record_result {
    std::string line;   // the output record, one line ending in '\n'
    std::string error;  // empty when the record was cleaned
};

// Output record: {"id", other input fields in their order, "text", "title",
// "mode", ["blocks" with --format json/--explain, "markdown" with --format
// markdown], "error"}. The content fields (--html-field, --text-field) are
// not passed through; "error" is null on success. The record's HTML field
// selects HTML mode, else its text field text mode; --html/--text force a
// mode. An input field named like an output field is replaced. Never
// throws but for std::bad_alloc: a line that is not JSON, nests deeper
// than max_record_depth or holds a number too large for a double gives an
// error record.
record_result process_record(const config& cfg, std::string_view line);

// The record for a line too long to read.
record_result too_long_record(std::size_t max_line);

}  // namespace pith_cli
