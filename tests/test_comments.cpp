// Reader comments as their own part (rules/comments.cpp): dropped with
// reason::comment on articles, kept with options::comments = include,
// returned in result::comments, left alone on forum pages, and never
// swallowing the body through a "no-comments" wrapper or a comment-count link.
#include "pith/pith.h"
#include "rules/comments.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

using pith::reason;

namespace {

const std::string body_paragraphs =
    "<p>Three night bus routes linking the valley towns with the city centre will start running in September "
    "after the county council voted on Tuesday to fund a two-year trial of the service.</p>"
    "<p>The buses will leave the central station every forty minutes between midnight and five in the morning "
    "on Fridays and Saturdays, and once an hour on the other nights of the week.</p>"
    "<p>Shift workers at the hospital and the distribution park had asked for the service for years. A survey "
    "last autumn found that one in four of them paid for a taxi at least once a week to get home.</p>"
    "<p>The trial will cost about 1.2 million pounds a year. Councillors said they would decide in 2027 whether "
    "to keep the routes, depending on how many passengers use them by then.</p>";

const std::string comment_text =
    "Forty minutes is too long to wait at a cold bus stop at three in the morning, they should run more often.";

std::string article_page(const std::string& after_body) {
    return "<!DOCTYPE html><html lang=\"en\"><head><title>Council approves night buses</title>"
           "<meta property=\"og:type\" content=\"article\"></head><body><main><article>"
           "<h1>Council approves night buses</h1>" +
           body_paragraphs + "</article>" + after_body + "</main></body></html>";
}

const std::string comment_section =
    "<section id=\"comments\" class=\"comments-area\"><h2>2 Comments</h2><ol class=\"comment-list\">"
    "<li class=\"comment\"><div class=\"comment-body\"><p>About time. My daughter works nights at the hospital "
    "and has been paying a fortune for taxis since the last bus was cut.</p></div></li>"
    "<li class=\"comment\" itemscope itemtype=\"https://schema.org/Comment\"><div class=\"comment-body\"><p>" +
    comment_text + "</p></div></li></ol></section>";

pith::result clean_html(const std::string& page, pith::comments_policy policy = pith::comments_policy::automatic) {
    pith::options o;
    o.mode = pith::input_mode::html;
    o.comments = policy;
    return pith::clean(page, o);
}

bool has(const std::string& haystack, std::string_view needle) {
    return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("comments: the vocabulary takes whole tokens and schema.org markup", "[comments]") {
    using pith::detail::comment_element;
    CHECK(comment_element("comments-area", "", "", ""));
    CHECK(comment_element("comment even thread-even depth-1", "", "", ""));
    CHECK(comment_element("", "disqus_thread", "", ""));
    CHECK(comment_element("", "comment-1234", "", ""));
    CHECK(comment_element("", "", "http://schema.org/UserComments", ""));
    CHECK(comment_element("", "", "", "comment"));
    CHECK_FALSE(comment_element("no-comments", "", "", ""));
    CHECK_FALSE(comment_element("comment-count", "", "", ""));
    CHECK_FALSE(comment_element("comments-link share-bar", "", "", ""));
    CHECK_FALSE(comment_element("entry-content", "post-12", "https://schema.org/Article", "articleBody"));

    using pith::detail::comment_heading;
    CHECK(comment_heading("14 Comments"));
    CHECK(comment_heading("Leave a Reply"));
    CHECK(comment_heading("3 responses to \u201cNight buses\u201d"));
    CHECK(comment_heading("Kommentare (5)"));
    CHECK_FALSE(comment_heading("Comments from the minister on the budget were brief"));
}

TEST_CASE("comments: an article's comment section is dropped and returned apart", "[comments]") {
    const pith::result r = clean_html(article_page(comment_section));
    REQUIRE(r.ok());
    CHECK(r.page_type == pith::page_type::article);
    CHECK(has(r.text, "Three night bus routes"));
    CHECK(has(r.text, "depending on how many passengers"));
    CHECK_FALSE(has(r.text, comment_text));
    CHECK(has(r.comments, comment_text));
    CHECK(has(r.comments, "About time."));
    int comment_blocks = 0;
    for (const pith::block& b : r.blocks)
        if (b.why == reason::comment) {
            ++comment_blocks;
            CHECK_FALSE(b.kept);
        }
    CHECK(comment_blocks >= 2);
}

TEST_CASE("comments: include keeps them in the text, in place", "[comments]") {
    const pith::result r = clean_html(article_page(comment_section), pith::comments_policy::include);
    REQUIRE(r.ok());
    CHECK(has(r.text, "Three night bus routes"));
    REQUIRE(has(r.text, comment_text));
    CHECK(r.text.find("Three night bus routes") < r.text.find(comment_text));
    CHECK(has(r.comments, comment_text));
    for (const pith::block& b : r.blocks) CHECK(b.why != reason::comment);
}

TEST_CASE("comments: a no-comments wrapper and a comment-count link do not swallow the body", "[comments]") {
    const std::string page =
        "<!DOCTYPE html><html><head><title>Council approves night buses</title></head><body>"
        "<div class=\"site no-comments\"><article><h1>Council approves night buses</h1>"
        "<div class=\"share\"><a class=\"comment-count comments-link\" href=\"#c\">12 comments</a></div>" +
        body_paragraphs + "</article></div></body></html>";
    const pith::result r = clean_html(page);
    REQUIRE(r.ok());
    CHECK(has(r.text, "Three night bus routes"));
    CHECK(has(r.text, "depending on how many passengers"));
    CHECK(r.comments.empty());
    for (const pith::block& b : r.blocks) CHECK(b.why != reason::comment);
}

TEST_CASE("comments: a comment class around the whole article is not a comment section", "[comments]") {
    // The section would hold the headline and all the prose: it is the page.
    const std::string page =
        "<!DOCTYPE html><html><head><title>Council approves night buses</title></head><body>"
        "<div class=\"comment\"><h1>Council approves night buses</h1>" + body_paragraphs +
        "</div></body></html>";
    const pith::result r = clean_html(page, pith::comments_policy::exclude);
    REQUIRE(r.ok());
    CHECK(has(r.text, "Three night bus routes"));
    CHECK(r.comments.empty());
}

TEST_CASE("comments: on a forum page the posts stay", "[comments]") {
    std::ifstream in(std::string(PITH_CORPUS_DIR) + "/html-forum-thread/input.html", std::ios::binary);
    REQUIRE(in);
    std::stringstream ss;
    ss << in.rdbuf();
    const pith::result automatic = clean_html(ss.str());
    REQUIRE(automatic.ok());
    REQUIRE(automatic.page_type == pith::page_type::forum);
    CHECK(automatic.comments.empty());
    for (const pith::block& b : automatic.blocks) CHECK(b.why != reason::comment);
    // exclude runs the rule, but a thread that is the page's prose stays.
    const pith::result excluded = clean_html(ss.str(), pith::comments_policy::exclude);
    CHECK(excluded.text == automatic.text);
}

TEST_CASE("comments: text mode, a comment heading after the body and posts with cues", "[comments]") {
    std::string scrape = "Council approves night buses for the valley towns\n\n";
    for (const char* town : {"Ashford", "Bexley", "Cranleigh"})
        scrape += std::string("Three night bus routes linking ") + town +
                  " with the city centre will start running in "
                  "September after the county council voted on Tuesday to fund a two-year trial. The buses will "
                  "leave the central station every forty minutes between midnight and five in the morning, "
                  "and shift workers in " + town + " had asked for them for years.\n\n";
    scrape += "12 Comments\n\nGareth P. says:\n\nApril 9, 2025 at 8:14 am\n\n" + comment_text +
              "\n\nReply\n\nMoira Kent says:\n\nApril 9, 2025 at 9:02 am\n\nAbout time, my daughter works "
              "nights at the hospital.\n\nReply\n";
    pith::options o;
    const pith::result r = pith::clean_text(scrape, o);
    REQUIRE(r.ok());
    CHECK(has(r.text, "Three night bus routes"));
    CHECK_FALSE(has(r.text, comment_text));
    CHECK(has(r.comments, comment_text));

    o.comments = pith::comments_policy::include;
    const pith::result kept = pith::clean_text(scrape, o);
    CHECK(has(kept.text, comment_text));

    // Without post cues after it, a "Comments" line is not a thread.
    std::string plain = scrape.substr(0, scrape.find("12 Comments")) + "Comments\n\n" + comment_text + "\n";
    const pith::result none = pith::clean_text(plain, pith::options{});
    CHECK(none.comments.empty());
}
