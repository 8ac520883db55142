// Page dates decided from the page as a whole (metadata_dates.cpp and the
// markup walk): which of several shown or declared dates is the
// publication's. test_metadata.cpp holds the per-source tests.
#include "input/dates.h"
#include "input/metadata.h"
#include "pith/pith.h"

#include <catch2/catch.hpp>

#include <string>

using namespace pith::detail;

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

TEST_CASE("dates: a <meta> name outside the list that reads as a publication date's", "[metadata][dates]") {
    CHECK(publication_date_name("w-published-date"));
    CHECK(publication_date_name("cxenseparse:publishtime"));
    CHECK(publication_date_name("date-pub"));
    CHECK(publication_date_name("ms.date"));
    CHECK_FALSE(publication_date_name("publisher"));
    CHECK_FALSE(publication_date_name("publishedtype"));
    CHECK_FALSE(publication_date_name("cdc:last_published"));
    CHECK_FALSE(publication_date_name("publish_updated_at"));
    CHECK_FALSE(publication_date_name("event_date"));
    CHECK_FALSE(publication_date_name("datetime"));
    // Read from a page, after every known source: a name that holds the
    // render time does not beat the listed one, whatever their order.
    CHECK(date_of(page(R"(<meta name="w-published-date" content="2025-05-27T06:03:43Z">)",
                       "<article><h1>The valley floods again</h1>" + body_text + "</article>")) ==
          "2025-05-27T06:03:43Z");
    CHECK(date_of(page(R"(<meta name="published-time" content="2026-03-09T08:45:32Z"><meta name="published-date" content="2021-02-16">)",
                       "<article><h1>The valley floods again</h1>" + body_text + "</article>")) == "2021-02-16");
}

TEST_CASE("dates: the date line right after the <h1> outranks a <time> elsewhere", "[metadata][dates]") {
    const std::string sidebar = R"(<aside><time datetime="2025-01-31T12:00:00Z">01/31/2025</time></aside>)";
    const std::string story = "<h1>Candidate experience</h1><div>" + std::string("<time datetime=\"2017-03-01T12:00:00Z\">03/01/2017</time>") +
                              " by Ann Lee</div>" + body_text;
    CHECK(date_of(page("", "<article>" + sidebar + story + "</article>")) == "2017-03-01T12:00:00Z");
    // A <time> there whose text says otherwise: its datetime is the date.
    CHECK(date_of(page("", "<article>" + sidebar + "<h1>Candidate experience</h1><div><time datetime=\"2024-12-20\">"
                           "August 28, 2024</time></div>" + body_text + "</article>")) == "2024-12-20");
    // Without a date line there, the first <time> stays the date.
    CHECK(date_of(page("", "<article>" + sidebar + "<h1>Candidate experience</h1>" + body_text + "</article>")) ==
          "2025-01-31T12:00:00Z");
    // Declared markup still outranks the line.
    CHECK(date_of(page(R"(<meta property="article:published_time" content="2016-05-02">)", "<article>" + sidebar + story +
                                                                                       "</article>")) == "2016-05-02");
}

TEST_CASE("dates: a poster's registration date is not the page's", "[metadata][dates]") {
    CHECK(other_date_line("Registered: 2024-01-27"));
    CHECK(other_date_line("Joined Mar 12, 2019"));
    CHECK(other_date_line("Mitglied seit 04.05.2020"));
    CHECK_FALSE(other_date_line("Posted on 2024-08-03"));
    CHECK_FALSE(other_date_line("Registration opens on May 4, 2025"));
    const std::string post = "<article><h1>Which forum software?</h1><ul><li>Registered: 2024-01-27</li><li>Posts: 98</li></ul>";
    CHECK(date_of(page("", post + "<p>Posted on 2024-08-03</p>" + body_text + "</article>")) == "2024-08-03");
    // "Last edited" dates an update: the page's date only when it shows no other.
    CHECK(update_line("Last edited by archuser (2024-08-05 11:02:20)"));
    CHECK(date_of(page("", post + body_text + "<p>Last edited by archuser (2024-08-05 11:02:20)</p></article>")) ==
          "2024-08-05");
}

TEST_CASE("dates: without a marked headline, the date line after the first kept heading", "[metadata][dates]") {
    // No <h1>, and a <title> that words the headline otherwise: the menu's
    // 45 links stand between the top and the story's byline.
    std::string items;
    for (int i = 0; i < 45; ++i) items += "<li><a href=\"/s" + std::to_string(i) + "\">Section " + std::to_string(i) + "</a></li>";
    const std::string html =
        "<!doctype html><html lang=\"en\"><head><title>Valley floods | Example</title></head><body><nav><ul>" + items +
        "</ul></nav><main><h2>The valley floods again, and the council asks for help</h2><div class=\"author-details\">"
        "<p>Luke Kim</p><small>December 17, 2025</small></div>" + body_text + "</main></body></html>";
    CHECK(date_of(html) == "2025-12-17");
}

TEST_CASE("dates: markup that publishes on its modification day gives way to a \"Published\" line anywhere",
          "[metadata][dates]") {
    const std::string stamp = R"(<script type="application/ld+json">{"@type":"BlogPosting","datePublished":"2025-11-29T12:28:31-05:00","dateModified":"2025-11-29T12:28:31-05:00"}</script>)";
    std::string paras;
    for (int i = 0; i < 12; ++i) paras += body_text;
    const std::string top = "<article><h1>The valley floods again</h1>" + paras;
    CHECK(date_of(page(stamp, top + "<div>Published <time datetime=\"2025-08-13\">August 13, 2025</time></div></article>")) ==
          "2025-08-13");
    // A later one is not the publication's.
    CHECK(date_of(page(stamp, top + "<div>Published December 13, 2025</div></article>")) == "2025-11-29T12:28:31-05:00");
    // Markup with two different dates keeps its own.
    const std::string two = R"(<script type="application/ld+json">{"@type":"BlogPosting","datePublished":"2025-10-01","dateModified":"2025-11-29"}</script>)";
    CHECK(date_of(page(two, top + "<div>Published August 13, 2025</div></article>")) == "2025-10-01");
}

TEST_CASE("dates: a run of version numbers in a URL slug is not a date", "[metadata][dates]") {
    CHECK(url_date("https://forum.example.org/t/2024-4-4-2024-5-0-issue-stuck-on-start/724779").empty());
    CHECK(url_date("https://example.org/2025_09_04_2/story").empty());
    // A date followed by a word, or by a path segment that is an id, stays one.
    CHECK(url_date("https://example.org/news/2025-09-04-some-story") == "2025-09-04");
    CHECK(url_date("https://example.org/2025/09/04/123456/some-story") == "2025-09-04");
    CHECK(url_date("https://example.org/2025-09-04.html") == "2025-09-04");
}

TEST_CASE("dates: a date in the headline is its topic's, not the page's", "[metadata][dates]") {
    const std::string stamp = R"(<script type="application/ld+json">{"@type":"DiscussionForumPosting","datePublished":"2024-05-03T08:45:44Z","dateModified":"2024-05-03T10:13:49Z"}</script>)";
    CHECK(date_of(page(stamp, "<article><h1>2024.4.4 -> 2024.5.0 issue: stuck on start</h1>" + body_text + "</article>")) ==
          "2024-05-03T08:45:44Z");
}

TEST_CASE("dates: an author box's credit followed by a bare date, failing all else", "[metadata][dates]") {
    // Fifty paragraphs: the box stands beyond the byline rule's reach.
    std::string paras;
    for (int i = 0; i < 50; ++i)
        paras += "<p>The river rose by two metres overnight and the town council opened the school hall for the "
                 "families who had to leave their homes, paragraph " + std::to_string(i) + ".</p>";
    const std::string top = "<article><h1>How mobile apps are made</h1>" + paras;
    CHECK(date_of(page("", top + "<div><p>Written by <a href=\"/a/mk\">Moses Kim</a></p><p>April 8, 2024</p></div></article>")) ==
          "2024-04-08");
    // A bare date without the credit, or a credit before a sentence that
    // holds a date, is not taken.
    CHECK(date_of(page("", top + "<div><p>Share this</p><p>April 8, 2024</p></div></article>")).empty());
    CHECK(date_of(page("", top + "<div><p>Written by <a href=\"/a/mk\">Moses Kim</a></p><p>Moses has written about apps "
                                 "for us since April 8, 2024.</p></div></article>")).empty());
}

TEST_CASE("dates: a JSON-LD script with raw line breaks in a string is read as JSON", "[metadata][dates]") {
    // The broken script's first "datePublished" is the reviewed product's
    // (a nested node); parsed, the posting's own date is taken.
    const std::string ld =
        "<script type=\"application/ld+json\">{\"@type\":\"DiscussionForumPosting\","
        "\"mainEntityOfPage\":{\"@type\":\"VideoGame\",\"description\":\"A console.\n\nIt folds.\","
        "\"datePublished\":\"2017-03-03\"},\"headline\":\"Showcase thread\","
        "\"datePublished\":\"2024-02-21 13:00:00\"}</script>";
    CHECK(date_of(page(ld, "<article><h1>Showcase thread</h1>" + body_text + "</article>")).substr(0, 10) ==
          "2024-02-21");
}

TEST_CASE("dates: JSON-LD held in a <meta> content is read as a script is", "[metadata][dates]") {
    const std::string ld =
        "<meta name=\"script:ld+json\" content=\"{&quot;@type&quot;:&quot;Article&quot;,"
        "&quot;datePublished&quot;:&quot;2025-11-17T09:00:00-05:00&quot;}\">";
    CHECK(date_of(page(ld, "<article><h1>The valley floods again</h1>" + body_text + "</article>")).substr(0, 10) ==
          "2025-11-17");
}

TEST_CASE("dates: without a headline <h1>, a <time> above the first heading is the header's clock",
          "[metadata][dates]") {
    const std::string clock = "<div class=\"user\"><time datetime=\"2026-03-05T12:16:19Z\">March 05, 2026</time></div>";
    const std::string menu = "<ul><li><a href=\"/\">Home</a></li><li><a href=\"/help\">Help</a></li>"
                             "<li><a href=\"/search\">Search</a></li><li><a href=\"/login\">Login</a></li></ul>";
    const std::string post =
        menu + "<h2>How do you run your forum?</h2><p>Started by Ann Lee, June 04, 2024</p>" + body_text;
    // The logo <h1> has no text: the page has no headline.
    CHECK(date_of(page("", "<h1><a href=\"/forum/index.php\"><img src=\"logo.png\"></a></h1>" + clock + post)) ==
          "2024-06-04");
    // Below the first heading, a <time> is the page's.
    CHECK(date_of(page("", "<h2>How do you run your forum?</h2>" + clock + body_text)).substr(0, 10) == "2026-03-05");
    // A page without headings keeps its <time>.
    CHECK(date_of(page("", clock + body_text)).substr(0, 10) == "2026-03-05");
}

TEST_CASE("dates: a JSON-LD article naming its page on another host gives way to the page's own node",
          "[metadata][dates]") {
    const std::string head =
        "<link rel=\"canonical\" href=\"https://www.example.org/rankings/\">"
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"mainEntityOfPage\":{\"@type\":\"WebPage\","
        "\"@id\":\"https://google.com/article\"},\"datePublished\":\"2023-05-17T00:00:00+0000\"}</script>"
        "<script type=\"application/ld+json\">{\"@type\":\"WebPage\",\"@id\":\"https://www.example.org/rankings/\","
        "\"datePublished\":\"2023-05-18T04:39:05+00:00\"}</script>";
    CHECK(date_of(page(head, "<article><h1>The valley floods again</h1>" + body_text + "</article>")).substr(0, 10) ==
          "2023-05-18");
    // Without a page URL to compare with, the article comes first as before.
    const std::string no_link = head.substr(head.find("<script"));
    CHECK(date_of(page(no_link, "<article><h1>The valley floods again</h1>" + body_text + "</article>")).substr(0, 10) ==
          "2023-05-17");
}
