// Outputs: a result rendered as text, JSON, Markdown or the --explain table,
// and files written so that no reader ever sees half of one.
#pragma once

#include "config.h"
#include "guard.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace pith_cli {

using json = nlohmann::ordered_json;  // keeps keys in the order written

// ".txt", ".json", ".md" or ".explain.txt".
std::string extension_for(output_format format);

// The whole output for one document in `format`. JSON is one line:
// {"input", "title", "text", "mode", "metadata": {...}, "blocks": [{"text",
// "kind", "kept", "reason", "detail"}]}, with a null title when none was found.
std::string render(const pith::result& r, output_format format, std::string_view input_name);

std::string render_markdown(const pith::result& r);
std::string render_explain(const pith::result& r);
json blocks_json(const pith::result& r);
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
