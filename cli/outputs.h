// Outputs: a result rendered as text, JSON, Markdown, HTML, a report or the --explain table,
// and files written so that no reader ever sees half of one.
#pragma once

#include "config.h"
#include "guard.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace pith_cli {

using json = nlohmann::ordered_json;  // keeps keys in the order written

// ".txt", ".json", ".md", ".html", ".report.html" or ".explain.txt".
std::string extension_for(output_format format);

// What the flags ask of every renderer (filled from config).
struct render_options {
    bool links = false;          // --links: Markdown [text](url), HTML <a href>
    bool with_metadata = false;  // --with-metadata: a header before text and Markdown
};

// The whole output for one document in `format`. JSON is one line: the
// input name, then record_json's fields, then "blocks" (see
// docs/pith-record.schema.json).
std::string render(const pith::result& r, output_format format, std::string_view input_name,
                   const render_options& ro = {});

// Markdown (render_markdown.cpp): CommonMark with GFM tables.
std::string render_markdown(const pith::result& r, const render_options& ro = {});
// One block's text with its spans as Markdown inline syntax, escaped.
std::string markdown_inline(const pith::block& b, bool links);
// Minimal safe HTML of the kept blocks (render_html.cpp).
std::string render_html(const pith::result& r, const render_options& ro = {});
// Text escaped for HTML text and attribute values.
std::string html_escape(std::string_view t);
// The kept cells of the data table whose first block is blocks[first], in
// order, for the renderers that draw a data table whole; `end` is set to
// the index after its last block.
std::vector<const pith::block*> data_table_cells(const std::vector<pith::block>& blocks, std::size_t first,
                                                 std::size_t& end);
// The self-contained HTML report of every block (report.cpp), and the
// index page that links several reports: (label, file name, kept, dropped).
std::string render_report(const pith::result& r, std::string_view input_name);
struct report_entry {
    std::string label, file;
    std::size_t kept = 0, dropped = 0;
};
std::string render_report_index(const std::vector<report_entry>& entries);
std::string render_explain(const pith::result& r);

// JSON (json_output.cpp): the record's fields (title, text, mode, status,
// language, encoding, warnings, metadata when known) and every block.
json record_json(const pith::result& r, const render_options& ro = {});
json blocks_json(const pith::result& r);
// The library options and the renderers' options the flags ask for.
pith::options library_options(const config& cfg);
render_options render_options_of(const config& cfg);
// --no-tables: the cells of data tables leave the result (blocks and text).
void without_data_tables(pith::result& r);

// "Title: ...\n...\n\n" before the body with --with-metadata, else empty.
std::string metadata_header(const pith::result& r, const render_options& ro);

// pith::metadata as {"title", "authors": [...], "date_published",
// "date_modified", "site_name", "description", "canonical_url", "language",
// "language_detected", "image", "tags": [...]}; absent strings are null.
json metadata_json(const pith::result& r);

// One line of JSON. Bytes that are not UTF-8 (in file names, say) become
// U+FFFD instead of failing.
std::string dump_line(const json& j);

// Standard output label before each document when there are several inputs.
std::string stdout_label(std::string_view input_name, bool first);

// A file that appears at `target` complete or not at all: bytes go to a
// temporary file beside it (same directory, so rename is atomic) that is
// renamed over `target` by commit() and removed if never committed. Parent
// directories are created. An interrupted run can leave only hidden
// ".NAME.tmp-XXXXXX" files, never a partial NAME. With a `guard`, neither
// the target nor the temporary name is ever opened when it is an input's
// place (output_guard::check); open() fails instead.
class atomic_file {
public:
    atomic_file() = default;
    ~atomic_file();
    atomic_file(const atomic_file&) = delete;
    atomic_file& operator=(const atomic_file&) = delete;

    bool open(const std::string& target, std::string& error, const output_guard* guard = nullptr);
    bool write(std::string_view bytes, std::string& error);
    bool commit(std::string& error);
    bool is_open() const { return fd_ >= 0; }

private:
    void abandon();
    int fd_ = -1;
    std::string target_;
    std::string temp_;
};

// Whether `name` is one of atomic_file's temporary names (".NAME.tmp-XXXXXX").
bool is_temp_name(std::string_view name);

// Removes the temporary files an interrupted run (kill -9, power loss) left
// under `dir`, so a rerun starts clean; returns how many. Only names of
// the exact temporary form are touched (hidden, so no walk takes them as
// inputs). Do not run two pith processes into one --out-dir at once.
std::size_t remove_stale_temp_files(const std::string& dir);

// open + write + commit.
bool write_file_atomically(const std::string& target, std::string_view bytes, std::string& error,
                           const output_guard* guard = nullptr);

}  // namespace pith_cli
