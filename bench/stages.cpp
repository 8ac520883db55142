#include "stages.h"

#include "pith/pith.h"

#include "candidate.h"
#include "input/decode.h"
#include "input/gumbo_arena.h"
#include "input/html_input.h"
#include "input/html_prepass.h"
#include "model/html_features.h"
#include "model/html_model.h"
#include "pipeline.h"
#include "rules/dom_classify.h"
#include "text/unicode.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <ctime>

namespace pith_bench {

namespace {

namespace d = pith::detail;

double cpu_now() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

enum stage : std::size_t {
    s_decode, s_prepass, s_parse, s_walk, s_features, s_rules, s_model_features, s_model_trees, s_model_rest,
    s_render, s_clean, stage_count
};

constexpr std::array<const char*, stage_count> stage_names = {
    "decode (charset -> UTF-8)",
    "pre-pass (cut, sanitize, refs)",
    "parse (Gumbo, arena)",
    "walk (difference)",
    "features (compute_features)",
    "rules (difference)",
    "model: html features",
    "model: trees (difference)",
    "model: decide + sections",
    "render (difference)",
    "pith::clean, whole",
};

using times = std::array<double, stage_count>;

// The markup read_html hands to Gumbo, made as it makes it.
std::string prepared(const std::string& utf8) {
    std::vector<std::string> jsonld;
    bool flattened = false, capped = false;
    std::string clean = d::sanitize_text(
        d::strip_payloads(utf8, jsonld, d::max_html_depth, &flattened, d::max_html_nodes, &capped));
    d::defuse_numeric_references(clean);
    return clean;
}

std::size_t parse_only(const std::string& markup) {
    d::gumbo_arena arena;
    GumboOptions options = arena.options();
    options.max_errors = 0;
    const GumboOutput* out = gumbo_parse_with_options(&options, markup.data(), markup.size());
    return out && out->root ? out->root->v.element.children.length : 0;
}

// One page through every stage; adds each stage's CPU time to `t`.
std::size_t one_page(const std::string& page, times& t) {
    std::size_t sink = 0;
    double c = cpu_now(), n = 0;
    const auto lap = [&](stage s) {
        n = cpu_now();
        t[s] += n - c;
        c = n;
    };
    const d::decoded dec = d::decode_html_bytes(page, "");
    lap(s_decode);
    const std::string markup = prepared(dec.text);
    lap(s_prepass);
    sink += parse_only(markup);
    lap(s_parse);
    d::html_document doc = d::read_html(dec.text);
    lap(s_walk);  // the whole of read_html: pre-pass and parse subtracted in print_stages
    if (doc.blocks.empty()) return sink;

    d::candidates features_copy = doc.blocks;
    c = cpu_now();
    for (auto& b : features_copy) d::compute_features(b);
    lap(s_features);

    d::candidates blocks = doc.blocks;
    c = cpu_now();
    const d::html_verdict verdict = d::html_rules(blocks, doc);
    lap(s_rules);  // still includes compute_features: subtracted in print_stages

    sink += d::compute_html_features(blocks, doc, verdict).size();
    lap(s_model_features);
    sink += d::block_probabilities(blocks, doc, verdict).size();
    lap(s_model_trees);  // includes the features again: subtracted in print_stages
    d::apply_block_model(blocks, doc, verdict);
    d::drop_empty_sections(blocks);
    lap(s_model_rest);  // includes features and trees again: subtracted in print_stages

    pith::options o;
    o.mode = pith::input_mode::html;
    c = cpu_now();
    sink += pith::clean(page, o).text.size();
    lap(s_clean);
    return sink;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t m = v.size() / 2;
    return v.empty() ? 0 : v.size() % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

}  // namespace

void print_stages(const std::vector<std::string>& pages, int rounds, double gumbo_cpu_seconds) {
    std::array<std::vector<double>, stage_count> per_round;
    std::size_t sink = 0;
    for (int r = 0; r < rounds; ++r) {
        times t{};
        for (const std::string& p : pages) sink += one_page(p, t);
        // Stages timed as "a call minus its first part".
        times s = t;
        s[s_walk] = t[s_walk] - t[s_prepass] - t[s_parse];
        s[s_rules] = t[s_rules] - t[s_features];
        s[s_model_trees] = t[s_model_trees] - t[s_model_features];
        s[s_model_rest] = t[s_model_rest] - t[s_model_trees];
        s[s_render] = t[s_clean] - (t[s_decode] + t[s_walk] + t[s_rules] + t[s_model_rest]);
        for (std::size_t k = 0; k < stage_count; ++k) per_round[k].push_back(s[k]);
    }
    const double whole = median(per_round[s_clean]);
    std::printf("stages, HTML mode, %zu pages, median CPU s of %d rounds (this thread):\n", pages.size(), rounds);
    std::printf("  %-34s %9s %8s %10s\n", "stage", "CPU s", "% clean", "x gumbo");
    for (std::size_t k = 0; k < stage_count; ++k) {
        const double v = median(per_round[k]);
        if (gumbo_cpu_seconds > 0)
            std::printf("  %-34s %9.3f %7.1f%% %9.3fx\n", stage_names[k], v, 100 * v / whole, v / gumbo_cpu_seconds);
        else
            std::printf("  %-34s %9.3f %7.1f%%\n", stage_names[k], v, 100 * v / whole);
    }
    std::printf("  (output: whole process only, see bench/whole_process.sh)\n");
    volatile std::size_t keep = sink;
    (void)keep;
}

}  // namespace pith_bench
