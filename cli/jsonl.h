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

// Output record: {"id", "line" (1-based, the input line it answers),
// other input fields in their order, "text", "title",
// "mode", ["blocks" with --format json/--explain, "markdown" with --format
// markdown], "error"}. The content fields (--html-field, --text-field) are
// not passed through; "error" is null on success. The record's HTML field
// selects HTML mode, else its text field text mode; --html/--text force a
// mode. An input field named like an output field is replaced. Never
// throws but for std::bad_alloc: a line that is not JSON, nests deeper
// than max_record_depth or holds a number too large for a double gives an
// error record. An error record keeps the id whenever it can be read, even
// from a line that is not valid JSON (the first top-level id field).
record_result process_record(const config& cfg, std::string_view line, std::uint64_t line_number);

// The record for a line too long to read.
record_result too_long_record(std::size_t max_line, std::uint64_t line_number);

// The record for a blank line: "error": "blank line", so every input line
// has its output line, but not a failure (`error` is empty).
record_result blank_record(std::uint64_t line_number);

// A record with just an error (for failures outside process_record).
record_result error_record(std::uint64_t line_number, std::string error);

// True when the line starts (after white space) with '<': markup, so the
// stream is an HTML page or XML, not JSON Lines at all.
bool looks_like_markup(std::string_view line);

}  // namespace pith_cli
