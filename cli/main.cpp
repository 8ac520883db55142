// pith — the command line front end: flags here, the work in batch.cpp.
#include "batch.h"
#include "config.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <sched.h>
#include <thread>

namespace {

constexpr const char* description =
    "pith keeps the pith of a page: the article body, and nothing else.\n"
    "\n"
    "Give it HTML pages or dirty plain-text scrapes of articles; it prints only\n"
    "the main text, paragraphs separated by a blank line. Navigation, captions,\n"
    "slider markers, repeated paragraphs, bylines and donation or newsletter\n"
    "appeals are dropped; --explain shows every block with the reason.\n";

constexpr const char* footer =
    "Inputs: files (*.gz are decompressed), directories (walked recursively for\n"
    "*.html *.htm *.xhtml *.txt and the same .gz; *.jsonl *.ndjson with --jsonl,\n"
    "*.warc and *.warc.gz with --warc; every file with --all-files; what a walk\n"
    "skipped is counted on stderr; a folder that cannot be read fails),\n"
    "or - / nothing for standard input. Without --text/--html the mode comes\n"
    "from the extension (.txt text, .html/.htm/.xhtml HTML), else is detected.\n"
    "\n"
    "Outputs: one input prints just its result. Several print each after a\n"
    "label line '==> NAME <==' (a blank line before all but the first), in input\n"
    "order; --format json prints one JSON object per line instead. --out-dir DIR\n"
    "writes DIR/NAME.txt (.json, .md, .explain.txt) per input: NAME is the file\n"
    "name without .gz and its page extension, under a directory input its path\n"
    "inside it. Files appear whole or not at all (written aside, then renamed).\n"
    "\n"
    "JSON Lines (--jsonl): each line {\"id\": ..., \"html\": ...} or {\"id\": ...,\n"
    "\"text\": ...} gives one output line {\"id\", \"line\", <other fields>, \"text\",\n"
    "\"title\", \"mode\", \"error\"} in the same order (\"line\": its 1-based input\n"
    "line); every line, blank or broken, gives one, a bad one with \"error\" set\n"
    "(\"blank line\" is not a failure). A file that starts with '<' is one error.\n"
    "With --out-dir each stream goes to DIR/NAME.jsonl.\n"
    "\n"
    "WARC (--warc; a WARC file given without it is detected and read as one):\n"
    "plain, gzipped whole or per record. Each HTML response (and HTML resource\n"
    "or conversion record) gives one line {\"warc_record_id\", \"warc_type\",\n"
    "\"url\", \"warc_date\", \"http_status\", \"media_type\", \"warc_truncated\",\n"
    "\"text\", \"title\", \"mode\", \"language\", \"encoding\", \"metadata\", \"error\"} in\n"
    "file order; a record that cannot be read gives a line with \"error\" set. Other\n"
    "records are counted on stderr and skipped (--warc-keep-all: lines, empty text).\n"
    "\n"
    "Examples:\n"
    "  pith --text scrape.txt > body.txt         clean a text scrape\n"
    "  cat scrape.txt | pith --text              the same, from standard input\n"
    "  pith --text --explain scrape.txt          every block, KEEP or DROP, and why\n"
    "  pith --out-dir clean/ crawl/              a folder tree of pages, mirrored\n"
    "  pith -j 4 --format json a.html b.html     JSON, one line per page\n"
    "  pith --jsonl pages.jsonl.gz > out.jsonl   a scraper's records\n"
    "  scraper | pith --jsonl --html-field body  records with the page in \"body\"\n"
    "  pith --warc -j 2 crawl.warc.gz > out.jsonl  a crawl's HTML responses\n"
    "\n"
    "--timeout SECONDS bounds each document's time (steady clock): a document\n"
    "past it fails (\"timed_out\", named on stderr; no partial output, and a\n"
    "JSON Lines record gets \"error\" set), the others are still done.\n"
    "\n"
    "Exit status: 0 every input cleaned (an empty one too), 1 some input failed\n"
    "(each named on stderr with the reason; the others are still done),\n"
    "2 usage error.";

}  // namespace

namespace pith_cli {

// -i FILE: one input a line; blank lines and lines starting with '#' skipped.
bool read_input_list(const std::string& path, std::vector<std::string>& inputs, std::string& error) {
    std::ifstream in(path);
    if (!in) {
        error = "cannot read the input list " + path;
        return false;
    }
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos || line[0] == '#') continue;
        inputs.push_back(line);
    }
    return true;
}

}  // namespace pith_cli

namespace {

unsigned all_cores() {
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0)
        return static_cast<unsigned>(CPU_COUNT(&set));
    unsigned n = std::thread::hardware_concurrency();
    return n ? n : 1;
}

// The flags that do not go straight into the config: checked against each
// other after parsing (flags_fit), then folded into it (apply_flags).
struct flags {
    bool text_mode = false, html_mode = false, explain = false, show_version = false;
    unsigned jobs = 0;
    std::vector<std::string> list_files, input_dirs;
    bool no_tables = false, no_comments = false, comments = false;
    bool precision = false, recall = false;
    double timeout = 0;
};

// The groups below are added in this order, which is the order --help
// lists them in; --warc joins "Inputs" last because it excludes --jsonl.
constexpr const char* in_group = "Inputs";

void add_input_options(CLI::App& app, pith_cli::config& cfg, flags& fl) {
    app.add_option("inputs", cfg.inputs, "Files, directories, or - for standard input (the default)");
    app.add_option("-i,--input-file", fl.list_files, "A file listing inputs, one per line (repeatable)")
        ->option_text("FILE")->group(in_group);
    app.add_option("--input-dir", fl.input_dirs, "A folder of inputs, walked recursively (repeatable)")
        ->option_text("DIR")->group(in_group);
    app.add_flag("--text", fl.text_mode, "Treat every input as a plain-text scrape")->group(in_group);
    app.add_flag("--html", fl.html_mode, "Treat every input as HTML")->group(in_group);
    app.add_option("--encoding", cfg.encoding,
                   "HTML: read pages in this charset (e.g. windows-1252), not the declared one")
        ->option_text("CHARSET")->group(in_group);
    app.add_option("--url", cfg.url, "HTML: the page's address, to resolve relative links (no <base href>)")
        ->option_text("URL")->group(in_group);
    app.add_flag("--all-files", cfg.all_files,
                 "Directories: take every file (not hidden), whatever its name; the content decides "
                 "(wget -m trees: .php, .aspx, index.html?p=1, no extension)")
        ->group(in_group);
}

void add_output_options(CLI::App& app, pith_cli::config& cfg, flags& fl) {
    const std::map<std::string, pith_cli::output_format> formats = {
        {"text", pith_cli::output_format::text},     {"txt", pith_cli::output_format::text},
        {"json", pith_cli::output_format::json},     {"markdown", pith_cli::output_format::markdown},
        {"md", pith_cli::output_format::markdown},   {"html", pith_cli::output_format::html},
        {"report", pith_cli::output_format::report},
    };
    const char* out_group = "Output";
    auto* format_opt = app.add_option("--format,--output-format", cfg.format,
                                      "text (default), json, markdown (md), html (clean, safe), report")
                           ->transform(CLI::CheckedTransformer(formats, CLI::ignore_case))
                           ->option_text("FORMAT")->group(out_group);
    app.add_flag("--explain", fl.explain,
                 "Print every block as: number, KEEP/DROP, reason, kind, text (tab-separated)")
        ->excludes(format_opt)->group(out_group);
    app.add_option("-o,--out-dir", cfg.out_dir, "Write one file per input under DIR instead of to stdout")
        ->option_text("DIR")->group(out_group);
    app.add_option("--report", cfg.report,
                   "Also write an HTML report of every block (one input: FILE; several: a folder "
                   "with one report each and index.html)")
        ->option_text("FILE")->group(out_group);
    app.add_flag("--skip-existing", cfg.skip_existing,
                 "With --out-dir: leave inputs whose output file exists (finish an interrupted run)")
        ->group(out_group);
}

void add_content_options(CLI::App& app, pith_cli::config& cfg, flags& fl) {
    const char* content_group = "Content";
    app.add_flag("--links", cfg.links, "Keep link targets: [text](url) in Markdown, <a href> in HTML")
        ->group(content_group);
    app.add_flag("--no-tables", fl.no_tables, "Leave data tables out")->group(content_group);
    app.add_flag("--with-metadata", cfg.with_metadata,
                 "Start text and Markdown with a metadata header (title, language, ...)")
        ->group(content_group);
    auto* comments_opt = app.add_flag("--comments", fl.comments,
                                      "Keep reader comments in the text, on every page (default: dropped, "
                                      "except on forum and Q&A pages, where the posts are the content)")
                             ->group(content_group);
    app.add_flag("--no-comments", fl.no_comments,
                 "Leave reader comments out on every page, forums too (a thread that is most of the "
                 "page stays); JSON carries them in \"comments\" either way")
        ->excludes(comments_opt)->group(content_group);
    app.add_flag("--precision", fl.precision,
                 "Favour precision: the models keep a block only when surer (less chrome, some body lost)")
        ->group(content_group);
    app.add_flag("--recall", fl.recall,
                 "Favour recall: the models keep a block when less sure (more body, more chrome)")
        ->group(content_group);
    app.add_flag("--blocks", cfg.blocks, "JSON Lines: every record carries its blocks (as --format json does)")
        ->group(content_group);
}

// JSON Lines and WARC: inputs that hold many records each.
void add_record_options(CLI::App& app, pith_cli::config& cfg) {
    const char* jsonl_group = "JSON Lines";
    auto* jsonl_opt = app.add_flag("--jsonl", cfg.jsonl, "Inputs are JSON Lines records (see below)")
        ->group(jsonl_group);
    app.add_option("--id-field", cfg.id_field, "JSON Lines: the record's id field (default: id)")
        ->needs(jsonl_opt)
        ->option_text("NAME")->group(jsonl_group);
    app.add_option("--html-field", cfg.html_field, "JSON Lines: the field holding HTML (default: html)")
        ->needs(jsonl_opt)
        ->option_text("NAME")->group(jsonl_group);
    app.add_option("--text-field", cfg.text_field, "JSON Lines: the field holding a text scrape (default: text)")
        ->needs(jsonl_opt)
        ->option_text("NAME")->group(jsonl_group);
    auto* warc_opt = app.add_flag("--warc", cfg.warc, "Inputs are WARC files (see below)")
                         ->excludes(jsonl_opt)->group(in_group);
    app.add_flag("--warc-keep-all", cfg.warc_keep_all,
                 "WARC: a line for every record, non-HTML ones with empty text")
        ->needs(warc_opt)->group(in_group);
}

void add_run_options(CLI::App& app, pith_cli::config& cfg, flags& fl) {
    const char* run_group = "Running";
    app.add_option("-j,--jobs", fl.jobs, "Worker threads (default 0: one per core); output order is kept")
        ->option_text("N")->group(run_group);
    app.add_flag("-q,--quiet", cfg.quiet, "No progress bar (it is shown only on a terminal anyway)")
        ->group(run_group);
    app.add_option("--timeout", fl.timeout,
                   "Give up on a document after this many seconds (e.g. 0.5): it fails, named on stderr, "
                   "and the rest go on")
        ->check(CLI::Range(0.0, 1e9))
        ->option_text("SECONDS")->group(run_group);
    app.add_flag("--version", fl.show_version, "Print the version and exit")->group(run_group);
}

// False, with the reason on stderr, when flags exclude or need each other
// in ways CLI11's excludes/needs do not say.
bool flags_fit(const flags& fl, const pith_cli::config& cfg) {
    if (fl.text_mode && fl.html_mode) {
        std::cerr << "pith: --text and --html exclude each other\n";
        return false;
    }
    if (fl.precision && fl.recall) {
        std::cerr << "pith: --precision and --recall exclude each other\n";
        return false;
    }
    if (cfg.skip_existing && cfg.out_dir.empty()) {
        std::cerr << "pith: --skip-existing needs --out-dir\n";
        return false;
    }
    if (!cfg.encoding.empty() && !pith::is_known_encoding(cfg.encoding)) {
        std::cerr << "pith: unknown --encoding \"" << cfg.encoding << "\" (a charset label, e.g. windows-1252)\n";
        return false;
    }
    return true;
}

// -j N as asked, 0 meaning one worker per core. More threads than a few per
// core only cost memory (each holds pages in flight, 4 per worker): -j 100000
// would reserve 400,000 pages' room, so it is capped, with a warning.
unsigned worker_count(unsigned jobs) {
    constexpr unsigned jobs_per_core = 4;
    const unsigned max_jobs = jobs_per_core * all_cores();
    unsigned n = jobs == 0 ? all_cores() : jobs;
    if (n > max_jobs) {
        std::cerr << "pith: -j " << n << " is more than " << jobs_per_core << " per core; using " << max_jobs
                  << "\n";
        n = max_jobs;
    }
    return n;
}

// Folds the flags into `cfg`; false, with the reason on stderr, when an
// input list cannot be read.
bool apply_flags(const flags& fl, pith_cli::config& cfg) {
    if (fl.precision) cfg.favour = pith::favour::precision;
    if (fl.recall) cfg.favour = pith::favour::recall;
    if (fl.text_mode || fl.html_mode) {
        cfg.mode_forced = true;
        cfg.mode = fl.text_mode ? pith::input_mode::text : pith::input_mode::html;
    }
    // A positive time-out below a millisecond still means "a budget".
    if (fl.timeout > 0)
        cfg.max_millis = std::max<std::uint64_t>(1, static_cast<std::uint64_t>(fl.timeout * 1000.0));
    if (fl.explain) cfg.format = pith_cli::output_format::explain;
    cfg.tables = !fl.no_tables;
    cfg.comments = fl.comments      ? pith::comments_policy::include
                   : fl.no_comments ? pith::comments_policy::exclude
                                    : pith::comments_policy::automatic;
    for (const std::string& dir : fl.input_dirs) cfg.inputs.push_back(dir);
    for (const std::string& list : fl.list_files) {
        std::string error;
        if (!pith_cli::read_input_list(list, cfg.inputs, error)) {
            std::cerr << "pith: " << error << '\n';
            return false;
        }
    }
    cfg.jobs = worker_count(fl.jobs);
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    pith_cli::config cfg;
    flags fl;
    CLI::App app{description, "pith"};
    app.footer(footer);
    add_input_options(app, cfg, fl);
    add_output_options(app, cfg, fl);
    add_content_options(app, cfg, fl);
    add_record_options(app, cfg);
    add_run_options(app, cfg, fl);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? 0 : 2;
    }
    if (fl.show_version) {
        std::cout << "pith " << pith::version() << '\n';
        return 0;
    }
    if (!flags_fit(fl, cfg) || !apply_flags(fl, cfg)) return 2;
    try {
        return pith_cli::run_batch(cfg);
    } catch (const std::exception& e) {  // a thread that cannot start, memory exhausted, ...
        std::cerr << "pith: " << e.what() << '\n';
        return 1;
    }
}
