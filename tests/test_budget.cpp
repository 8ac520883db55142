// options::max_millis: a time budget checked between stages and every few
// hundred steps inside them. A page built to be slow (tens of thousands of
// blocks) with a budget of 1 ms must come back timed_out, quickly, and say
// where it stopped; a budget it never reaches must change nothing.
#include "pith/pith.h"
#include "budget.h"
#include "input/html_input.h"
#include "input/text_input.h"
#include "pipeline.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <thread>

namespace {

// Some 7 MB of markup: the Gumbo parse alone takes far longer than 1 ms.
std::string slow_page() {
    std::string s = "<html><body>";
    for (int i = 0; i < 60000; ++i)
        s += "<div class=\"c" + std::to_string(i % 50) + "\"><p>Paragraph " + std::to_string(i) +
             " has some words in it, and it ends well.</p><a href=\"/x\">link " + std::to_string(i) + "</a></div>";
    return s + "</body></html>";
}

std::string slow_text() {
    std::string s;
    for (int i = 0; i < 60000; ++i)
        s += "Paragraph " + std::to_string(i) + " says what happened on the bridge that day, and why.\n\n";
    return s;
}

// A budget that is already spent, without waiting on a loaded machine's luck.
pith::detail::time_budget spent_budget() {
    pith::detail::time_budget b(1);
    std::this_thread::sleep_for(std::chrono::milliseconds(3));
    return b;
}

}  // namespace

TEST_CASE("no budget, or one not reached, changes nothing") {
    const std::string page = "<html><body><article><p>" + std::string(400, 'a') +
                             " first.</p><p>The second paragraph of the story is here.</p></article></body></html>";
    pith::result plain = pith::clean(page);
    pith::options o;
    o.max_millis = 600000;  // ten minutes
    pith::result budgeted = pith::clean(page, o);
    CHECK(budgeted.code == pith::status::ok);
    CHECK(budgeted.text == plain.text);
    CHECK(budgeted.blocks.size() == plain.blocks.size());
    CHECK(budgeted.warnings.empty());
}

TEST_CASE("a slow HTML page with a 1 ms budget times out and says where") {
    const std::string page = slow_page();
    pith::options o;
    o.max_millis = 1;
    pith::result r = pith::clean(page, o);
    CHECK(r.code == pith::status::timed_out);
    CHECK_FALSE(r.ok());
    CHECK(r.message.find("time budget of 1 ms") != std::string::npos);
    REQUIRE_FALSE(r.warnings.empty());
    CHECK(r.warnings.back().find("time budget") != std::string::npos);
    CHECK(pith::to_string(r.code) == "timed_out");
    // It stopped before the end: less text than the whole run gives.
    pith::result full = pith::clean(page);
    CHECK(full.code == pith::status::ok);
    CHECK(r.text.size() < full.text.size());
}

TEST_CASE("a slow text scrape with a 1 ms budget times out") {
    pith::options o;
    o.max_millis = 1;
    pith::result r = pith::clean_text(slow_text(), o);
    CHECK(r.code == pith::status::timed_out);
    CHECK_FALSE(r.warnings.empty());
}

TEST_CASE("a spent budget stops the walk and the front end with what they had") {
    pith::detail::time_budget b = spent_budget();
    pith::detail::html_document doc = pith::detail::read_html("<p>one</p><p>two</p>", pith::default_max_depth,
                                                              nullptr, pith::default_max_nodes, {}, &b);
    CHECK(doc.blocks.empty());
    CHECK(b.stage() == "pre-pass");

    pith::detail::time_budget t = spent_budget();
    std::vector<std::string> warnings;
    auto blocks = pith::detail::read_text_blocks("one\n\ntwo\n", 100, warnings, &t);
    CHECK(blocks.empty());
    CHECK(t.stage() == "text front end");
}

TEST_CASE("blocks no stage decided are kept, with a reason, when the rules are cut short") {
    std::vector<std::string> warnings;
    auto blocks = pith::detail::read_text_blocks("SLIDE ME\n\nA real paragraph of the article, with words.\n",
                                                 100, warnings);
    REQUIRE(blocks.size() == 2);
    pith::detail::time_budget b = spent_budget();
    pith::detail::apply_content_rules(blocks, &b);
    CHECK_FALSE(blocks[0].decided);  // the marker rule never ran
    CHECK(b.stage() == "features");
    // Without the budget the marker rule drops it.
    pith::detail::apply_content_rules(blocks);
    CHECK(blocks[0].decided);
    CHECK_FALSE(blocks[0].kept);
}

TEST_CASE("the budget reads the steady clock only every check_every steps") {
    pith::detail::time_budget b = spent_budget();
    CHECK_FALSE(b.expired_at(1, "loop"));
    CHECK(b.expired_at(pith::detail::time_budget::check_every, "loop"));
    CHECK(b.expired_at(1, "later"));  // once spent, always spent
    CHECK(b.stage() == "loop");
    pith::detail::time_budget none;
    CHECK_FALSE(none.expired("x"));
}
