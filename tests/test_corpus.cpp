// Golden tests: every corpus/<case>/ with input.txt (text mode) or
// input.html (HTML mode) must give expected.txt: the same non-empty lines in
// order, white space inside a line compared after folding NBSP and runs of
// spaces; every with.txt line present, no without.txt line present.
//
// A case whose folder holds known_failure.txt is one pith still gets wrong
// (that file says how). Its expectation is what a correct extractor prints,
// not what pith prints; it runs as its own [!shouldfail] test below, which
// fails once pith starts passing it: then delete known_failure.txt and the
// test's line.
#include "pith/pith.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Folds NBSP to space, collapses space runs, trims.
std::string fold_line(std::string s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.compare(i, 2, "\xC2\xA0") == 0) {
            s[i + 1] = ' ';
            continue;
        }
        char c = s[i];
        if (c == '\t' || c == '\r') c = ' ';
        if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
        out.push_back(c);
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::vector<std::string> nonempty_lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        line = fold_line(line);
        if (!line.empty()) out.push_back(line);
    }
    return out;
}


// The case folders, sorted; with `known` true those with known_failure.txt,
// else the others.
std::vector<fs::path> corpus_cases(bool known) {
    fs::path root = PITH_CORPUS_DIR;
    std::vector<fs::path> cases;
    if (!fs::is_directory(root)) return cases;
    for (const auto& e : fs::directory_iterator(root))
        if (e.is_directory() && fs::exists(e.path() / "known_failure.txt") == known) cases.push_back(e.path());
    std::sort(cases.begin(), cases.end());
    return cases;
}

void check_case(const fs::path& dir) {
            pith::options opts;
            fs::path input = dir / "input.txt";
            if (fs::exists(dir / "input.html")) {
                input = dir / "input.html";
                opts.mode = pith::input_mode::html;
            } else {
                opts.mode = pith::input_mode::text;
            }
            pith::result r = pith::clean(slurp(input), opts);
            REQUIRE(r.ok());
            auto got = nonempty_lines(r.text);
            auto want = nonempty_lines(slurp(dir / "expected.txt"));
            // Report the first difference, not two walls of text.
            std::size_t i = 0;
            while (i < got.size() && i < want.size() && got[i] == want[i]) ++i;
            INFO("first difference at output line " << i + 1);
            INFO("got:  " << (i < got.size() ? got[i] : std::string("<end>")));
            INFO("want: " << (i < want.size() ? want[i] : std::string("<end>")));
            CHECK(got.size() == want.size());
            CHECK(i == want.size());
            std::string folded;
            for (const auto& l : got) folded += l + "\n";
            if (fs::exists(dir / "with.txt"))
                for (const auto& s : nonempty_lines(slurp(dir / "with.txt"))) {
                    INFO("must contain: " << s);
                    CHECK(folded.find(s) != std::string::npos);
                }
            if (fs::exists(dir / "without.txt"))
                for (const auto& s : nonempty_lines(slurp(dir / "without.txt"))) {
                    INFO("must not contain: " << s);
                    CHECK(folded.find(s) == std::string::npos);
                }
}

// The known failures, one test each (see the top of this file).
const char* const known_failures[] = {
    "html-data-table",
    "html-forum-qa",
    "html-hidden-block",
    "html-listing-cards",
};

}  // namespace

TEST_CASE("corpus cases give their expected output", "[corpus]") {
    const std::vector<fs::path> cases = corpus_cases(false);
    REQUIRE(!cases.empty());
    for (const fs::path& dir : cases) {
        DYNAMIC_SECTION(dir.filename().string()) { check_case(dir); }
    }
}

TEST_CASE("every known corpus failure has its own test", "[corpus]") {
    std::vector<std::string> listed(std::begin(known_failures), std::end(known_failures));
    std::vector<std::string> found;
    for (const fs::path& dir : corpus_cases(true)) found.push_back(dir.filename().string());
    std::sort(listed.begin(), listed.end());
    CHECK(found == listed);
}

#define KNOWN_CORPUS_FAILURE(name)                                                                     \
    TEST_CASE("known corpus failure " name " (corpus/" name "/known_failure.txt says what is wrong)", \
              "[corpus][known][!shouldfail]") {                                                        \
        check_case(fs::path(PITH_CORPUS_DIR) / name);                                                  \
    }

TEST_CASE("the seed's headline is the title, not body", "[corpus]") {
    fs::path dir = fs::path(PITH_CORPUS_DIR) / "seed-dailymail";
    pith::result r = pith::clean_text(slurp(dir / "input.txt"));
    REQUIRE(r.ok());
    CHECK(r.title.rfind("Eight dead as Russia shells Kyiv shopping mall", 0) == 0);
    CHECK(r.text.find("Eight dead as Russia shells") == std::string::npos);
}

TEST_CASE("cleaning is idempotent on the seed", "[corpus]") {
    fs::path dir = fs::path(PITH_CORPUS_DIR) / "seed-dailymail";
    pith::result once = pith::clean_text(slurp(dir / "input.txt"));
    pith::result twice = pith::clean_text(once.text);
    CHECK(nonempty_lines(twice.text) == nonempty_lines(once.text));
}

KNOWN_CORPUS_FAILURE("html-data-table")
KNOWN_CORPUS_FAILURE("html-forum-qa")
KNOWN_CORPUS_FAILURE("html-hidden-block")
KNOWN_CORPUS_FAILURE("html-listing-cards")

// The reference case is held to the byte, not to folded lines: its
// expected.txt keeps the scrape's no-break spaces, and so must pith.
TEST_CASE("the seed's output is its expected.txt byte for byte", "[corpus]") {
    const fs::path dir = fs::path(PITH_CORPUS_DIR) / "seed-dailymail";
    pith::options opts;
    opts.mode = pith::input_mode::text;
    const pith::result r = pith::clean(slurp(dir / "input.txt"), opts);
    REQUIRE(r.ok());
    const std::string want = slurp(dir / "expected.txt");
    REQUIRE(want.find("\xC2\xA0") != std::string::npos);
    std::size_t i = 0;
    while (i < r.text.size() && i < want.size() && r.text[i] == want[i]) ++i;
    INFO("first differing byte at offset " << i);
    CHECK(r.text == want);
}
