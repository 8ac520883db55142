// Page dates decided from the page as a whole (metadata_dates.cpp and the
// markup walk): which of several shown or declared dates is the
// publication's. test_metadata.cpp holds the per-source tests.
#include "pith/pith.h"

#include <catch2/catch.hpp>

#include <string>

namespace {

std::string page(const std::string& head, const std::string& body) {
    return "<!doctype html><html lang=\"en\"><head>" + head + "</head><body>" + body + "</body></html>";
}

// Two paragraphs of body text, so that the page has an article to keep.
const std::string body_text =
    "<p>The river rose by two metres overnight and the town council opened the school hall for the "
    "families who had to leave their homes before the water reached the main road.</p>"
    "<p>It was the third flood this year, and the council said that it would ask for help from the "
    "region to build a higher wall along the river before the next winter.</p>";

std::string date_of(const std::string& html) {
    pith::result r = pith::clean(html);
    REQUIRE(r.ok());
    return r.meta.date_published;
}

}  // namespace

TEST_CASE("dates: an ambiguous numeric date is read as the page writes it elsewhere with a month name",
          "[metadata][dates]") {
    const std::string top = "<article><h1>The valley floods again</h1><p>03/10/2023</p>" + body_text + "</article>";
    // English without a region reads month first...
    CHECK(date_of(page("", top)) == "2023-03-10");
    // ...unless a teaser of the same post writes the day-first reading out.
    const std::string teaser = "<aside><h4>The valley floods again</h4><p>3 October 2023</p></aside>";
    CHECK(date_of(page("", top + teaser)) == "2023-10-03");
    // A teaser's other date, or the same reading written out, changes nothing.
    CHECK(date_of(page("", top + "<aside><p>3 November 2023</p></aside>")) == "2023-03-10");
    CHECK(date_of(page("", top + "<aside><p>March 10, 2023</p></aside>")) == "2023-03-10");
    // A date the markup gives with its time is never swapped.
    const std::string ld = R"(<script type="application/ld+json">{"@type":"BlogPosting","datePublished":"2023-03-10T09:00:00Z"}</script>)";
    CHECK(date_of(page(ld, top + teaser)) == "2023-03-10T09:00:00Z");
}
