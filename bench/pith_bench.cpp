// pith_bench: CPU time of pith against a bare Gumbo parse + text walk on the
// same pages, in the same run (a benchmark to read, not a timed test).
//
//     pith_bench [--html|--text] [--rounds N] [-j N] [--no-gumbo] [--stages] PATH...
//
// PATHs are files or directories, read as the pith tool reads them (.gz
// undone), all into memory before any timing: decompression is counted for
// neither side. Each round is a pair of timings on this thread's CPU clock
// (CLOCK_THREAD_CPUTIME_ID): one pass of the Gumbo baseline over every page
// and one pass of pith::clean, in alternating order from round to round so
// neither always runs on a warmer cache. The report lists every round and
// the medians (5 rounds by default): CPU seconds, pages/s and MB/s of
// decoded input per CPU second, and pith's time as a multiple of Gumbo's
// (the median of the rounds' ratios). With -j N, a final pass runs pith on N
// threads and reports wall-clock throughput, the process CPU time it used,
// and the speed-up over the one-thread wall time; on a machine shared with
// other work read that together with the load averages printed. Pages pith
// did not clean are counted, by status: a ratio over failed pages means
// nothing. --stages then times every stage of HTML mode apart (stages.h).
//
// The baseline is what any extractor built on Gumbo must at least pay:
// gumbo_parse on the page's bytes with the default options, a walk over
// every node with an explicit stack collecting the text of text nodes
// outside script/style, and gumbo_destroy_output. (Gumbo's default records
// parse errors; pith turns that off. --gumbo-no-errors gives the baseline
// the same setting, to see how much of the gap it is.)
#include "pith/pith.h"

#include "gumbo_walk.h"
#include "stages.h"

#include "../cli/config.h"
#include "../cli/inputs.h"

#include <gumbo.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include <sys/resource.h>

namespace {

double thread_cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double wall_seconds() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    std::size_t m = v.size() / 2;
    return v.size() % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

double process_cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

std::string load_average() {
    std::FILE* f = std::fopen("/proc/loadavg", "r");
    if (!f) return "?";
    char buf[64] = {};
    if (!std::fgets(buf, sizeof buf, f)) buf[0] = 0;
    std::fclose(f);
    std::string s(buf);
    // The first three fields: 1, 5 and 15 minutes.
    std::size_t cut = 0;
    for (int k = 0; k < 3 && cut != std::string::npos; ++k) cut = s.find(' ', cut + (k ? 1 : 0));
    return s.substr(0, cut);
}

void usage() {
    std::fputs("usage: pith_bench [--html|--text] [--rounds N] [-j N] [--no-gumbo] [--gumbo-no-errors] [--stages] PATH...\n",
               stderr);
}

}  // namespace

int main(int argc, char** argv) {
    pith_cli::config cfg;
    int rounds = 5;
    unsigned jobs = 0;
    bool gumbo = true, stages = false;
    GumboOptions gumbo_options = kGumboDefaultOptions;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--html" || a == "--text") {
            cfg.mode_forced = true;
            cfg.mode = a == "--html" ? pith::input_mode::html : pith::input_mode::text;
        } else if (a == "--rounds" && i + 1 < argc) {
            rounds = std::max(1, std::atoi(argv[++i]));
        } else if ((a == "-j" || a == "--jobs") && i + 1 < argc) {
            jobs = static_cast<unsigned>(std::max(1, std::atoi(argv[++i])));
        } else if (a == "--no-gumbo") {
            gumbo = false;
        } else if (a == "--stages") {
            stages = true;
        } else if (a == "--gumbo-no-errors") {
            gumbo_options.max_errors = 0;
        } else if (!a.empty() && a[0] == '-') {
            usage();
            return 2;
        } else {
            cfg.inputs.push_back(a);
        }
    }
    if (cfg.inputs.empty()) {
        usage();
        return 2;
    }

    pith_cli::input_plan plan = pith_cli::plan_inputs(cfg, ".txt");
    std::vector<std::string> pages;
    std::vector<pith::input_mode> modes;
    std::size_t total = 0, largest = 0;
    for (const auto& src : plan.sources) {
        std::string bytes, error;
        if (!pith_cli::read_source(src, pith::default_max_input_bytes, bytes, error)) {
            std::fprintf(stderr, "pith_bench: %s: %s\n", src.name.c_str(), error.c_str());
            return 1;
        }
        total += bytes.size();
        largest = std::max(largest, bytes.size());
        pages.push_back(std::move(bytes));
        modes.push_back(src.mode);
    }
    if (pages.empty()) {
        std::fputs("pith_bench: no pages\n", stderr);
        return 1;
    }
    const double mb = static_cast<double>(total) / 1e6;

    std::printf("pages: %zu, %.1f MB decoded, largest %.2f MB; %d rounds, one thread; load average %s\n",
                pages.size(), mb, static_cast<double>(largest) / 1e6, rounds, load_average().c_str());
    std::printf("baseline: gumbo_parse (%s) + text walk\n",
                gumbo_options.max_errors == 0 ? "max_errors = 0" : "default options");

    std::vector<double> gumbo_cpu, pith_cpu, pith_wall, ratios;
    std::map<std::string, std::size_t> not_ok;
    std::size_t sink = 0;
    std::string text;
    const auto gumbo_pass = [&] {
        double t0 = thread_cpu_seconds();
        for (const std::string& p : pages) sink += pith_bench::gumbo_text_walk(p, text, gumbo_options);
        gumbo_cpu.push_back(thread_cpu_seconds() - t0);
    };
    const auto pith_pass = [&](bool first) {
        double w0 = wall_seconds(), t0 = thread_cpu_seconds();
        for (std::size_t i = 0; i < pages.size(); ++i) {
            pith::options o;
            o.mode = modes[i];
            pith::result res = pith::clean(pages[i], o);
            sink += res.text.size();
            if (first && !res.ok()) ++not_ok[std::string(pith::to_string(res.code))];
        }
        pith_cpu.push_back(thread_cpu_seconds() - t0);
        pith_wall.push_back(wall_seconds() - w0);
    };
    for (int r = 0; r < rounds; ++r) {
        const bool gumbo_first = r % 2 == 0;
        if (gumbo && gumbo_first) gumbo_pass();
        pith_pass(r == 0);
        if (gumbo && !gumbo_first) gumbo_pass();
        if (gumbo) {
            ratios.push_back(pith_cpu.back() / gumbo_cpu.back());
            std::printf("round %d: gumbo %.3f s, pith %.3f s CPU, ratio %.3f\n", r + 1, gumbo_cpu.back(),
                        pith_cpu.back(), ratios.back());
        } else {
            std::printf("round %d: pith %.3f s CPU\n", r + 1, pith_cpu.back());
        }
        std::fflush(stdout);
    }

    std::printf("medians of %d rounds:\n", rounds);
    std::printf("%-22s %10s %10s %10s\n", "", "CPU s", "pages/s", "MB/s");
    if (gumbo) {
        double g = median(gumbo_cpu);
        std::printf("%-22s %10.3f %10.1f %10.2f\n", "gumbo parse+walk", g, pages.size() / g, mb / g);
    }
    double p = median(pith_cpu);
    std::printf("%-22s %10.3f %10.1f %10.2f\n", "pith", p, pages.size() / p, mb / p);
    if (gumbo) std::printf("pith / gumbo CPU time: %.3fx (median of the rounds' ratios)\n", median(ratios));
    for (const auto& [status, n] : not_ok)
        std::printf("WARNING: pith did not clean %zu of %zu pages (%s)\n", n, pages.size(), status.c_str());

    if (jobs > 0) {
        std::atomic<std::size_t> next{0};
        std::atomic<std::size_t> out_bytes{0};
        const std::string load_before = load_average();
        double w0 = wall_seconds(), c0 = process_cpu_seconds();
        std::vector<std::thread> pool;
        for (unsigned t = 0; t < jobs; ++t)
            pool.emplace_back([&] {
                std::size_t mine = 0;
                for (std::size_t i; (i = next.fetch_add(1)) < pages.size();) {
                    pith::options o;
                    o.mode = modes[i];
                    mine += pith::clean(pages[i], o).text.size();
                }
                out_bytes += mine;
            });
        for (auto& t : pool) t.join();
        double w = wall_seconds() - w0, c = process_cpu_seconds() - c0;
        double w1 = median(pith_wall);
        sink += out_bytes;
        std::printf("pith -j %u: %.3f s wall, %.3f s CPU, %.1f pages/s, %.2f MB/s; %.2fx the one-thread wall time "
                    "(%.3f s); load average before %s, after %s\n",
                    jobs, w, c, pages.size() / w, mb / w, w1 / w, w1, load_before.c_str(), load_average().c_str());
    }
    if (stages) pith_bench::print_stages(pages, rounds, gumbo ? median(gumbo_cpu) : 0.0);
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    std::printf("peak RSS %.1f MB (all pages are held in memory)\n", static_cast<double>(ru.ru_maxrss) / 1024);
    volatile std::size_t keep = sink;  // the work above must not be optimised away
    (void)keep;
    return 0;
}
