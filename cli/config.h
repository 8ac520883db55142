// What the command line asked for, after parsing: the one value every part of
// the CLI reads, and none writes after main() fills it.
#pragma once

#include "pith/pith.h"

#include <cstdint>
#include <string>
#include <vector>

namespace pith_cli {

enum class output_format { text, json, markdown, html, report, explain };

struct config {
    std::vector<std::string> inputs;          // files, directories, "-"; empty means standard input
    bool mode_forced = false;                 // --text or --html given
    pith::input_mode mode = pith::input_mode::detect;
    output_format format = output_format::text;
    std::string out_dir;                      // empty: write to standard output
    bool jsonl = false;                       // inputs are JSON Lines streams
    bool warc = false;                        // inputs are WARC files (--warc, or detected)
    bool warc_keep_all = false;               // --warc-keep-all: a line for every record, HTML or not
    bool all_files = false;                   // --all-files: a walk takes every regular file
    bool skip_existing = false;               // --skip-existing: keep outputs a former run finished
    std::string id_field = "id";
    std::string html_field = "html";
    std::string text_field = "text";
    unsigned jobs = 1;                        // worker threads, resolved from -j (0 there = all cores)
    bool quiet = false;                       // no progress bar
    std::uint64_t max_millis = 0;             // --timeout, per document; 0 = none
    pith::favour favour = pith::favour::balance;  // --precision / --recall
    std::string encoding;                     // --encoding: HTML charset override, empty = declared/detected
    bool links = false;                       // --links: keep link targets in Markdown and HTML
    bool tables = true;                       // --no-tables clears it: data tables left out
    bool with_metadata = false;               // --with-metadata: a header in text and Markdown
    pith::comments_policy comments = pith::comments_policy::automatic;  // --comments: include, --no-comments: exclude
    bool blocks = false;                      // --blocks: JSON Lines records carry every block
    std::string url;                          // --url: base for relative links (one input)
    std::string report;                       // --report FILE.html (or a folder for several inputs)
};

}  // namespace pith_cli
