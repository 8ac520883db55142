// pith_gumbo_walk: the Gumbo baseline as a whole process, to run beside the
// pith CLI on the same files (bench/whole_process.sh).
//
//     pith_gumbo_walk [--out-dir DIR] PATH...
//
// Reads the inputs as `pith` does (files or directories, .gz undone, one
// thread), parses each page with Gumbo's default options, walks it
// (bench/gumbo_walk.h) and, with --out-dir, writes the text to DIR/NAME.txt
// as `pith --out-dir` writes its output: the same reading, inflating and
// writing on both sides, so the difference is the extraction.
#include "gumbo_walk.h"

#include "../cli/config.h"
#include "../cli/inputs.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

int main(int argc, char** argv) {
    pith_cli::config cfg;
    std::string out_dir;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--out-dir" && i + 1 < argc) {
            out_dir = argv[++i];
        } else if (!a.empty() && a[0] == '-') {
            std::fputs("usage: pith_gumbo_walk [--out-dir DIR] PATH...\n", stderr);
            return 2;
        } else {
            cfg.inputs.push_back(a);
        }
    }
    cfg.mode_forced = true;
    cfg.mode = pith::input_mode::html;
    const pith_cli::input_plan plan = pith_cli::plan_inputs(cfg, ".txt");
    std::string page, text, error;
    std::size_t pages = 0, failed = 0, sink = 0;
    for (const auto& src : plan.sources) {
        if (!pith_cli::read_source(src, pith::default_max_input_bytes, page, error)) {
            std::fprintf(stderr, "pith_gumbo_walk: %s: %s\n", src.name.c_str(), error.c_str());
            ++failed;
            continue;
        }
        sink += pith_bench::gumbo_text_walk(page, text, kGumboDefaultOptions);
        ++pages;
        if (out_dir.empty()) continue;
        const std::filesystem::path out = std::filesystem::path(out_dir) / (src.out_stem + ".txt");
        std::filesystem::create_directories(out.parent_path());
        std::ofstream(out, std::ios::binary).write(text.data(), static_cast<std::streamsize>(text.size()));
    }
    std::fprintf(stderr, "pith_gumbo_walk: %zu pages, %zu bytes of text\n", pages, sink);
    return failed ? 1 : 0;
}
