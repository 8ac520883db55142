// Inputs: what the arguments name (files, directories walked recursively,
// standard input) and how their bytes are read (gzip undone here).
#pragma once

#include "config.h"
#include "guard.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace pith_cli {

// One document source: a file or standard input. With --jsonl it is a
// stream of records rather than one document.
struct input_source {
    std::string path;        // "-" for standard input
    std::string name;        // how messages name it: the path, or "<stdin>"
    std::string out_stem;    // output path under --out-dir, without extension ("sub/0001")
    pith::input_mode mode = pith::input_mode::detect;  // from the extension unless forced
    std::string error;       // set when the source cannot be used (output name collision)
};

struct input_plan {
    std::vector<input_source> sources;  // in the order given; a directory's files sorted by path
    bool several = false;               // more than one source, or a directory: label outputs
    std::uint64_t known_bytes = 0;      // total size on disk when every source is a plain file, else 0
    std::vector<std::string> notes;     // for standard error: empty directories, what walks skipped
    output_guard guard;                 // checks every write under --out-dir
    std::string refusal;                // set: --out-dir overlaps the inputs, a usage error; nothing planned
};

// Walks the arguments. A directory contributes its page files (*.html, *.htm,
// *.xhtml, *.txt, or *.jsonl / *.ndjson with --jsonl, *.warc with --warc;
// each also as .gz; every file with --all-files; hidden names never),
// recursively, counting what it skipped in a note, without following
// symbolic links to directories; a folder it cannot read is a source that
// fails; and without the --out-dir's folder or files leading into it. A missing
// path stays in the plan as a source and fails when read, in its place.
// `out_ext` is the output extension, used to find two inputs that would
// write the same file under --out-dir.
input_plan plan_inputs(const config& cfg, const std::string& out_ext);

// The output stem of a file name: ".gz" and then one page, stream or WARC
// extension removed ("0001.html.gz" -> "0001", "a.txt" -> "a", "c.warc.gz"
// -> "c", "page.php" -> "page.php").
std::string output_stem(const std::string& file_name);

// Reads a whole source into `out`. Files ending in ".gz" are decompressed,
// all gzip members of them; more than `limit` bytes (after decompression)
// stops the read with a too-large error, so a gzip bomb costs at most
// `limit` bytes. Returns false with `error` set on failure.
// A truncated gzip file (a cut-off download) gives what it held: with
// `warning` given, the read succeeds and `*warning` says so; without, it is
// an error.
bool read_source(const input_source& src, std::size_t limit, std::string& out, std::string& error,
                 std::string* warning = nullptr);

inline constexpr const char* truncated_gzip_warning = "truncated gzip data: what it held was read";

// Reads a stream line by line, gzip or plain (zlib detects which), from a
// file or standard input. Memory is bounded by the longest line accepted.
class line_reader {
public:
    line_reader(const input_source& src, std::size_t max_line);
    ~line_reader();
    line_reader(const line_reader&) = delete;
    line_reader& operator=(const line_reader&) = delete;

    bool ok() const { return error_.empty(); }
    const std::string& error() const { return error_; }
    // Not an error: set when the gzip stream ended early (its lines were read).
    const std::string& warning() const { return warning_; }

    // The next line without its '\n' (and without a trailing '\r'). A line
    // longer than max_line is skipped to its end and reported with
    // `too_long` set and `line` empty. Returns false at the end of the
    // stream or on a read error (then error() says which).
    bool next(std::string& line, bool& too_long);

    std::uint64_t line_number() const { return line_number_; }

private:
    bool fill();
    struct gz_handle;
    std::unique_ptr<gz_handle> gz_;
    std::string buf_;
    std::size_t pos_ = 0;
    bool eof_ = false;
    std::size_t max_line_;
    std::uint64_t line_number_ = 0;
    std::string error_;
    std::string warning_;
};

}  // namespace pith_cli
