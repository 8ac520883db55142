// pith — the command line front end: a thin shell over the library.
#include "pith/pith.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>

namespace {

constexpr const char* description =
    "pith keeps the pith of a page: the article body, and nothing else.\n"
    "\n"
    "Give it an HTML page or a dirty plain-text scrape of an article; it prints\n"
    "only the main text, paragraphs separated by a blank line. Navigation,\n"
    "captions, slider markers, repeated paragraphs, bylines and donation or\n"
    "newsletter appeals are dropped; --explain shows every block with the reason.\n"
    "\n"
    "Examples:\n"
    "  pith --text scrape.txt > body.txt       clean a text scrape\n"
    "  cat scrape.txt | pith --text            the same, from standard input\n"
    "  pith --text --explain scrape.txt        every block, KEEP or DROP, and why\n"
    "\n"
    "Exit status: 0 success, 1 the input could not be cleaned (reason on\n"
    "stderr), 2 usage error.";

bool read_input(const std::string& path, std::string& out, std::string& error) {
    if (path == "-") {
        std::ostringstream ss;
        ss << std::cin.rdbuf();
        out = ss.str();
        return true;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot open '" + path + "'";
        return false;
    }
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) {
        error = "cannot read '" + path + "'";
        return false;
    }
    return true;
}

void print_explain(const pith::result& r, std::ostream& os) {
    if (!r.title.empty()) os << "TITLE\t" << r.title << "\n";
    std::size_t n = 0;
    for (const pith::block& b : r.blocks) {
        ++n;
        os << n << '\t' << (b.kept ? "KEEP" : "DROP") << '\t' << pith::to_string(b.why) << '\t'
           << pith::to_string(b.kind) << '\t' << b.text;
        if (!b.detail.empty()) os << "\t(" << b.detail << ')';
        os << '\n';
    }
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{description, "pith"};
    bool text_mode = false, html_mode = false, explain = false, show_version = false;
    std::string input = "-";
    app.add_flag("--text", text_mode, "Treat the input as a plain-text scrape");
    app.add_flag("--html", html_mode, "Treat the input as HTML");
    app.add_flag("--explain", explain,
                 "Print every block as: number, KEEP/DROP, reason, kind, text (tab-separated)");
    app.add_flag("--version", show_version, "Print the version and exit");
    app.add_option("input", input, "Input file, or - for standard input (the default)");
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? 0 : 2;
    }
    if (show_version) {
        std::cout << "pith " << pith::version() << '\n';
        return 0;
    }
    if (text_mode && html_mode) {
        std::cerr << "pith: --text and --html exclude each other\n";
        return 2;
    }
    std::string bytes, error;
    if (!read_input(input, bytes, error)) {
        std::cerr << "pith: " << error << '\n';
        return 1;
    }
    pith::options opts;
    opts.mode = text_mode ? pith::input_mode::text
                          : html_mode ? pith::input_mode::html : pith::input_mode::detect;
    pith::result r = pith::clean(bytes, opts);
    const std::string name = input == "-" ? std::string("<stdin>") : input;
    if (!r.ok()) {
        std::cerr << "pith: " << name << ": " << r.message << '\n';
        return 1;
    }
    if (!r.message.empty()) std::cerr << "pith: " << name << ": " << r.message << '\n';  // e.g. no text
    for (const std::string& w : r.warnings) std::cerr << "pith: " << name << ": warning: " << w << '\n';
    if (explain) {
        print_explain(r, std::cout);
    } else {
        std::cout << r.text;
    }
    std::cout.flush();
    return std::cout ? 0 : 1;
}
