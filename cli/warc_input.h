// WARC files in the CLI (--warc): records read in order by pith's WARC
// reader, the HTML ones cleaned by the workers, one JSON line per HTML
// response out.
#pragma once

#include "config.h"
#include "inputs.h"
#include "item.h"

#include "pith/warc.h"

#include <map>
#include <memory>
#include <optional>
#include <string>

namespace pith_cli {

// True when the file's first bytes, after gunzip when it is gzip, are
// "WARC/1.": a WARC file given without --warc.
bool looks_like_warc(const std::string& path);

// Output line for a record: {"warc_record_id", "warc_type", "url",
// "warc_date", "http_status", "media_type", "warc_truncated", "text",
// "title", "mode", "language", "encoding", ["blocks" with --format
// json/--explain, "markdown" with --format markdown], "error"}; absent
// values are null. An HTML record is cleaned (its HTTP charset passed as a
// hint); a record the reader could not read gives "error" and null text; a
// non-HTML record (written only with --warc-keep-all) an empty text and a
// null error. `error` is set for the caller's standard error message.
std::string warc_record_line(const config& cfg, const pith::warc::record& rec, std::string& error,
                             std::vector<std::string>& warnings);

// Makes the tasks for WARC inputs, as batch.cpp's record_tasks does for
// JSON Lines: a stream_begin, one item per record (skipped records give an
// empty output, or an empty record with --warc-keep-all), a stream_end that
// carries the summary (records, HTML, skipped by type, errors) for stderr
// and the reader's failure, if any.
class warc_tasks {
public:
    warc_tasks(const config& cfg, const input_plan& plan);
    std::optional<task> operator()();

private:
    std::optional<task> begin_stream();
    item end_stream();

    const config& cfg_;
    const input_plan& plan_;
    std::size_t next_ = 0;
    const input_source* src_ = nullptr;
    std::unique_ptr<pith::warc::reader> reader_;
    std::uint64_t last_offset_ = 0;
    std::map<std::string, std::uint64_t> skipped_;  // by record type
};

}  // namespace pith_cli
