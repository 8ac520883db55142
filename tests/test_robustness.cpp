// Limits and hostile shapes: every named limit in pith.h at the limit and one
// past it, and the input shapes that used to make the text path super-linear
// (each finished in well under a second after the fix and took from minutes
// to hours before, so the time bounds below cannot be met by accident).
#include "pith/pith.h"
#include "rules/rules.h"
#include "input/text_input.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <vector>

namespace {

std::string paragraphs(int n) {
    std::string s;
    for (int i = 1; i <= n; ++i)
        s += "Paragraph " + std::to_string(i) + " tells the reader what happened on the bridge that day.\n\n";
    return s;
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// Generous: the linear code takes well under a second (a few under ASan), the
// old code took from minutes to hours on the same inputs.
#if defined(__SANITIZE_ADDRESS__)
constexpr double time_budget = 40.0;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr double time_budget = 40.0;
#else
constexpr double time_budget = 10.0;
#endif
#else
constexpr double time_budget = 10.0;
#endif

}  // namespace

TEST_CASE("max_input_bytes: at the limit cleaned, one past it refused", "[limits]") {
    std::string input = paragraphs(3);
    pith::options o;
    o.max_input_bytes = input.size();
    CHECK(pith::clean_text(input, o).code == pith::status::ok);
    input.push_back('x');
    pith::result r = pith::clean_text(input, o);
    CHECK(r.code == pith::status::too_large);
    CHECK_FALSE(r.ok());
    CHECK(r.message.find(std::to_string(o.max_input_bytes)) != std::string::npos);
    CHECK(pith::default_max_input_bytes >= (std::size_t{256} << 20));
}

TEST_CASE("max_blocks: at the limit no warning, one past it the rest is kept as the last block", "[limits]") {
    pith::options o;
    o.max_blocks = 5;
    pith::result at = pith::clean_text(paragraphs(5), o);
    REQUIRE(at.code == pith::status::ok);
    CHECK(at.blocks.size() == 5);
    CHECK(at.warnings.empty());

    pith::result past = pith::clean_text(paragraphs(6), o);
    REQUIRE(past.code == pith::status::ok);
    REQUIRE(past.blocks.size() == 5);
    REQUIRE(past.warnings.size() == 1);
    CHECK(past.warnings[0].find("5") != std::string::npos);
    const std::string& last = past.blocks.back().text;
    CHECK(last.find("Paragraph 5 ") == 0);
    CHECK(last.find("Paragraph 6 tells") != std::string::npos);
    CHECK(last.find('\n') == std::string::npos);  // white space collapsed
}

TEST_CASE("max_blocks holds against glue splitting", "[limits]") {
    const std::string caption = "A rescue worker carries a child through the flooded street";
    const std::string text = caption + "\n\n" + caption + "The storm hit the coast at dawn and the water rose fast.\n";
    std::vector<std::string> warnings;
    pith::detail::candidates free = pith::detail::read_text_blocks(text, 100, warnings);
    REQUIRE(free.size() == 3);  // caption, its glued copy, the paragraph
    CHECK(free[1].text == caption);
    CHECK(free[1].glued);
    pith::detail::candidates capped = pith::detail::read_text_blocks(text, 2, warnings);
    CHECK(capped.size() == 2);
    CHECK(warnings.empty());  // the text made 2 blocks; only the split was withheld
}

TEST_CASE("a line of many glued copies splits into the copies, in linear time", "[limits][linear]") {
    const std::string x = "The rescue worker carried a child through the street";
    const int copies = 200000;  // 10 MB; the old split copied the rest of the line for every copy
    std::string text = x + "\n\n";
    text.reserve(text.size() + x.size() * copies + 1);
    for (int i = 0; i < copies; ++i) text += x;
    text += '\n';
    std::vector<std::string> warnings;
    auto t0 = std::chrono::steady_clock::now();
    pith::detail::candidates blocks = pith::detail::read_text_blocks(text, 1000000, warnings);
    CHECK(seconds_since(t0) < time_budget);
    REQUIRE(blocks.size() == static_cast<std::size_t>(copies) + 1);
    CHECK(blocks.front().text == x);
    CHECK(blocks.back().text == x);
    CHECK(blocks[copies / 2].glued);

    // Small: the exact sequence.
    std::vector<std::string> w2;
    auto small = pith::detail::read_text_blocks(x + "\n\n" + x + x + x + "\n", 100, w2);
    REQUIRE(small.size() == 4);
    for (const auto& b : small) CHECK(b.text == x);
}

TEST_CASE("blocks overlapping at every third byte are compared in linear time", "[limits][linear]") {
    std::string line;
    for (int i = 0; i < 300000; ++i) line += "ab ";
    const std::string text = line + "\n\n" + line + "\n";
    std::vector<std::string> warnings;
    auto t0 = std::chrono::steady_clock::now();
    auto blocks = pith::detail::read_text_blocks(text, 100, warnings);
    CHECK(seconds_since(t0) < time_budget);
    CHECK(blocks.size() == 2);  // no glue point: lower-case continues a word
}

TEST_CASE("many appeal-looking blocks followed by body are searched in linear time", "[limits][linear]") {
    // Straight to the rule, with features filled by hand: 10^5 appeal-looking
    // starts, each followed by four body paragraphs. The old search walked the
    // rest of the document from every start.
    pith::detail::candidates blocks;
    const int starts = 100000;
    blocks.reserve(starts * 5);
    for (int i = 0; i < starts; ++i) {
        pith::detail::candidate a;
        a.text = "Subscribe to the newsletter today.";
        a.stats.words = 5;
        a.stats.final_punct = true;
        blocks.push_back(a);
        for (int k = 0; k < 4; ++k) {
            pith::detail::candidate b;
            b.text = "The council said the bridge would stay closed until the inspection ends next spring.";
            b.stats.words = 14;
            b.stats.final_punct = true;
            blocks.push_back(b);
        }
    }
    auto t0 = std::chrono::steady_clock::now();
    pith::detail::mark_appeals(blocks);
    CHECK(seconds_since(t0) < time_budget);
    int dropped = 0;
    for (const auto& c : blocks) dropped += c.decided ? 1 : 0;
    CHECK(dropped == 0);  // every start has body after it
}

TEST_CASE("a closing appeal run is still cut as a whole", "[limits]") {
    std::string text = "Storm leaves coast without power\n\n" + paragraphs(4) +
                       "Donate to our flood appeal today.\n\n"
                       "Readers have always shown immense generosity.\n\n"
                       "Sort code 12-34-56, account number 12345678.\n\n"
                       "Thank you for your support.\n";
    pith::result r = pith::clean_text(text);
    REQUIRE(r.ok());
    int appeal = 0;
    for (const auto& b : r.blocks) appeal += b.why == pith::reason::appeal ? 1 : 0;
    CHECK(appeal == 4);
    CHECK(r.text.find("Donate") == std::string::npos);
    CHECK(r.text.find("Paragraph 4") != std::string::npos);
}
