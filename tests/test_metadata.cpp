// Page metadata: each source on small handmade pages, date normalisation,
// month names, language tags and detection, author credits.
#include "input/dates.h"
#include "input/html_input.h"
#include "input/language.h"
#include "input/jsonld_metadata.h"
#include "input/metadata.h"
#include "pith/pith.h"

#include <catch2/catch.hpp>
#include <gumbo.h>

#include <string>
#include <vector>

using namespace pith::detail;

namespace {

// The markup path read_html takes: the pre-pass (JSON-LD kept aside), Gumbo.
pith::metadata meta_of(const std::string& html) {
    std::vector<std::string> jsonld;
    std::string cut = strip_payloads(html, jsonld);
    GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, cut.data(), cut.size());
    pith::metadata m = read_metadata(out, jsonld);
    gumbo_destroy_output(&kGumboDefaultOptions, out);
    return m;
}

std::string page(const std::string& head, const std::string& body) {
    return "<!doctype html><html><head>" + head + "</head><body>" + body + "</body></html>";
}

std::string ld(const std::string& json) { return "<script type=\"application/ld+json\">" + json + "</script>"; }

using names = std::vector<std::string>;

}  // namespace

TEST_CASE("machine dates become ISO 8601", "[metadata][dates]") {
    CHECK(iso_date("2025-09-04") == "2025-09-04");
    CHECK(iso_date(" 2025/9/4 ") == "2025-09-04");
    CHECK(iso_date("20250904") == "2025-09-04");
    CHECK(iso_date("2025-09-04T10:30:00+0200") == "2025-09-04T10:30:00+02:00");
    CHECK(iso_date("2025-09-04T10:30:00.123Z") == "2025-09-04T10:30:00Z");
    CHECK(iso_date("2025-09-04 10:30") == "2025-09-04T10:30:00");
    CHECK(iso_date("2025-09-04T10:30:00-05:00") == "2025-09-04T10:30:00-05:00");
    CHECK(iso_date("Thu, 04 Sep 2025 10:30:00 GMT") == "2025-09-04");  // RFC 822, read as text
    CHECK(iso_date("2025-02-30").empty());                             // no such day
    CHECK(iso_date("2024-02-29") == "2024-02-29");
    CHECK(iso_date("2023-02-29").empty());
    CHECK(iso_date("1234-01-01").empty());  // outside page years
    CHECK(iso_date("soon").empty());
}

TEST_CASE("text dates with month names in the stopword languages", "[metadata][dates]") {
    CHECK(find_text_date("Published September 4, 2025 at 10:00") == "2025-09-04");
    CHECK(find_text_date("Sept. 4th, 2025") == "2025-09-04");
    CHECK(find_text_date("Updated on 14 Feb 2024") == "2024-02-14");
    CHECK(find_text_date("the 4th of July, 2021") == "2021-07-04");
    CHECK(find_text_date("Veröffentlicht am 4. März 2025") == "2025-03-04");
    CHECK(find_text_date("le 1er août 2023") == "2023-08-01");
    CHECK(find_text_date("publicado el 4 de marzo de 2025") == "2025-03-04");
    CHECK(find_text_date("4 de março de 2025") == "2025-03-04");
    CHECK(find_text_date("12 settembre 2022") == "2022-09-12");
    CHECK(find_text_date("3 mei 2020") == "2020-05-03");
    CHECK(find_text_date("3 maj 2020") == "2020-05-03");
    CHECK(find_text_date("4 сентября 2025 г.") == "2025-09-04");
    CHECK(find_text_date("5 września 2019") == "2019-09-05");
    CHECK(find_text_date("5. září 2019") == "2019-09-05");
    CHECK(find_text_date("MARCH 5, 2024") == "2024-03-05");
    CHECK(find_text_date("no date here, just 2024 and May").empty());
    CHECK(find_text_date("February 30, 2024").empty());
}

TEST_CASE("numeric text dates: order by separator, values and usage", "[metadata][dates]") {
    CHECK(find_text_date("on 2025-09-04") == "2025-09-04");
    CHECK(find_text_date("04.09.2025") == "2025-09-04");          // dotted: day first
    CHECK(find_text_date("09/04/2025", true) == "2025-09-04");    // US
    CHECK(find_text_date("09/04/2025", false) == "2025-04-09");   // elsewhere
    CHECK(find_text_date("25/12/2024", true) == "2024-12-25");    // 25 cannot be a month
    CHECK(find_text_date("12/25/2024", false) == "2024-12-25");
    CHECK(find_text_date("1/2/3").empty());
}

TEST_CASE("dates in URL paths", "[metadata][dates]") {
    CHECK(url_date("https://example.org/2025/09/04/some-story/") == "2025-09-04");
    CHECK(url_date("https://example.org/news/2025-09-04-some-story") == "2025-09-04");
    CHECK(url_date("https://example.org/a/20250904/story.html") == "2025-09-04");
    CHECK(url_date("https://example.org/2025/09/story").empty());  // no day
    CHECK(url_date("https://example.org/story?d=2025/09/04").empty());
    CHECK(url_date("https://example.org/2025/13/04/x").empty());
}

TEST_CASE("language tags and detection", "[metadata][language]") {
    CHECK(canonical_language_tag("EN_us") == "en-US");
    CHECK(canonical_language_tag(" de-de ") == "de-DE");
    CHECK(canonical_language_tag("fr") == "fr");
    CHECK(canonical_language_tag("zh-Hant") == "zh-Hant");
    CHECK(canonical_language_tag("x-default").empty());
    CHECK(canonical_language_tag("{{lang}}").empty());
    CHECK(canonical_language_tag("").empty());
    CHECK(detect_language("The council said that it would open the hall for the families who had to leave "
                          "their homes, and that the road was closed.") == "en");
    CHECK(detect_language("Der Rat sagte, dass er die Halle für die Familien öffnen werde, die ihre Häuser "
                          "verlassen mussten, und dass die Straße gesperrt sei.") == "de");
    CHECK(detect_language("Le conseil a dit qu'il ouvrirait la salle pour les familles qui ont dû quitter "
                          "leurs maisons et que la route est fermée.") == "fr");
    CHECK(detect_language("Совет сказал, что откроет зал для семей, которые покинули дома, и что дорога "
                          "на север закрыта, как и было в прошлом году.") == "ru");
    CHECK(detect_language("Home Products Pricing Contact Login").empty());  // too few function words
}

TEST_CASE("credits split into names without By", "[metadata][authors]") {
    CHECK(split_authors("By Jane Doe") == names{"Jane Doe"});
    CHECK(split_authors("By Jane Doe and John Roe") == names{"Jane Doe", "John Roe"});
    CHECK(split_authors("Ann Lee, Bo Chen, and Cy Dee") == names{"Ann Lee", "Bo Chen", "Cy Dee"});
    CHECK(split_authors("Dylan Bailey, MS, RD") == names{"Dylan Bailey, MS, RD"});
    CHECK(split_authors("Jane Doe for The Example Times") == names{"Jane Doe"});
    CHECK(split_authors("Von Max Muster und Erika Beispiel") == names{"Max Muster", "Erika Beispiel"});
    CHECK(split_authors("Written by: Jane Doe | Staff Writer") == names{"Jane Doe"});
    CHECK(split_authors("Jane Doe · March 5, 2024") == names{"Jane Doe"});
    CHECK(split_authors("https://example.org/people/jane").empty());
    CHECK(split_authors("@janedoe").empty());
}

TEST_CASE("JSON-LD: Article with Person authors, publisher and dates", "[metadata][jsonld]") {
    pith::metadata m = meta_of(page(ld(R"({"@context":"https://schema.org","@type":"NewsArticle",
        "headline":"Rivers rise","author":{"@type":"Person","name":"Ann Lee"},
        "datePublished":"2024-03-05T08:00:00+01:00","dateModified":"2024-03-06T09:00:00Z",
        "publisher":{"@type":"Organization","name":"The Example"},"description":"Rain.",
        "image":{"@type":"ImageObject","url":"https://example.org/a.jpg"},
        "keywords":"weather, floods","inLanguage":"en-GB"})"), "<h1>Rivers rise</h1>"));
    CHECK(m.title == "Rivers rise");
    CHECK(m.authors == names{"Ann Lee"});
    CHECK(m.date_published == "2024-03-05T08:00:00+01:00");
    CHECK(m.date_modified == "2024-03-06T09:00:00Z");
    CHECK(m.site_name == "The Example");
    CHECK(m.description == "Rain.");
    CHECK(m.image == "https://example.org/a.jpg");
    CHECK(m.tags == names{"weather", "floods"});
    CHECK(m.language == "en-GB");
}

TEST_CASE("JSON-LD: author strings, arrays, Organizations and types as arrays", "[metadata][jsonld]") {
    CHECK(meta_of(page(ld(R"({"@type":"BlogPosting","author":"By Jane Doe"})"), "")).authors == names{"Jane Doe"});
    CHECK(meta_of(page(ld(R"({"@type":["Article","Thing"],"author":[{"name":"A B"},"C D"]})"), "")).authors ==
          names{"A B", "C D"});
    CHECK(meta_of(page(ld(R"([{"@type":"WebSite","name":"Site"},{"@type":"Article",
        "author":{"@type":"Organization","name":"Example Newsroom"}}])"), "")).authors == names{"Example Newsroom"});
    // The Article's author wins over a WebPage's; the WebSite gives the site name.
    pith::metadata m = meta_of(page(ld(R"([{"@type":"WebPage","author":"Page Person","datePublished":"2020-01-01"},
        {"@type":"WebSite","name":"Example Site"},
        {"@type":"Article","author":"Post Person","datePublished":"2021-02-03"}])"), ""));
    CHECK(m.authors == names{"Post Person"});
    CHECK(m.date_published == "2021-02-03");
    CHECK(m.site_name == "Example Site");
}

TEST_CASE("JSON-LD: @graph with @id references", "[metadata][jsonld]") {
    pith::metadata m = meta_of(page(ld(R"({"@context":"https://schema.org","@graph":[
        {"@type":"WebSite","@id":"https://ex.org/#site","name":"Ex Site"},
        {"@type":"Person","@id":"https://ex.org/#ann","name":"Ann Lee"},
        {"@type":"Organization","@id":"https://ex.org/#org","name":"Ex Media"},
        {"@type":"BlogPosting","headline":"Budget Traveler&#8217;s Guide &amp; More",
         "author":{"@id":"https://ex.org/#ann"},"publisher":{"@id":"https://ex.org/#org"},
         "datePublished":"2023-03-26"}]})"), ""));
    CHECK(m.authors == names{"Ann Lee"});
    CHECK(m.site_name == "Ex Media");
    CHECK(m.date_published == "2023-03-26");
    CHECK(m.title == "Budget Traveler\u2019s Guide & More");
    // Broken JSON is skipped, the rest still read.
    CHECK(meta_of(page(ld("{\"@type\":") + ld(R"({"@type":"Article","author":"A B"})"), "")).authors ==
          names{"A B"});
}

TEST_CASE("OpenGraph and Twitter meta", "[metadata][meta]") {
    pith::metadata m = meta_of(page(R"(<title>Ignored | Site</title>
        <meta property="og:title" content="Open Graph title"><meta property="og:site_name" content="OG Site">
        <meta property="og:description" content="OG text"><meta name="description" content="plain text">
        <meta property="og:image" content="https://ex.org/og.png"><meta property="og:url" content="https://ex.org/x">
        <meta property="article:published_time" content="2022-11-30T12:00:00Z">
        <meta property="article:modified_time" content="2022-12-01">
        <meta property="article:author" content="https://ex.org/author/jane">
        <meta name="author" content="Jane Doe"><meta property="og:locale" content="pt_BR">
        <meta property="article:tag" content="one"><meta property="article:tag" content="two">)", ""));
    CHECK(m.title == "Open Graph title");
    CHECK(m.site_name == "OG Site");
    CHECK(m.description == "OG text");
    CHECK(m.image == "https://ex.org/og.png");
    CHECK(m.canonical_url == "https://ex.org/x");
    CHECK(m.date_published == "2022-11-30T12:00:00Z");
    CHECK(m.date_modified == "2022-12-01");
    CHECK(m.authors == names{"Jane Doe"});  // the profile URL is not a name
    CHECK(m.language == "pt-BR");
    CHECK(m.tags == names{"one", "two"});
    CHECK(meta_of(page(R"(<meta name="twitter:title" content="Tweet title">)", "")).title == "Tweet title");
}

TEST_CASE("other meta names, Dublin Core, several authors", "[metadata][meta]") {
    pith::metadata m = meta_of(page(R"(<meta name="citation_author" content="Lee, Ann">
        <meta name="citation_author" content="Chen, Bo"><meta name="DC.date.issued" content="2019-07-01">
        <meta name="keywords" content="rivers, rain,  floods"><meta http-equiv="content-language" content="nl">)",
                                    ""));
    CHECK(m.authors == names{"Lee, Ann", "Chen, Bo"});
    CHECK(m.date_published == "2019-07-01");
    CHECK(m.tags == names{"rivers", "rain", "floods"});
    CHECK(m.language == "nl");
    CHECK(meta_of(page(R"(<meta name="date" content="March 5, 2024">)", "")).date_published == "2024-03-05");
}

TEST_CASE("itemprop, time, rel=author, canonical, html lang", "[metadata][elements]") {
    pith::metadata m = meta_of(R"(<html lang="de"><head><link rel="canonical" href="https://ex.org/2020/05/06/a">
        </head><body><article><h1>Titel</h1>
        <span itemprop="author" itemscope><span itemprop="name">Max Muster</span>, Redaktion</span>
        <time datetime="2021-01-02T03:04:05+01:00">2. Januar</time></article></body></html>)");
    CHECK(m.authors == names{"Max Muster"});
    CHECK(m.date_published == "2021-01-02T03:04:05+01:00");  // <time> before the URL's date
    CHECK(m.canonical_url == "https://ex.org/2020/05/06/a");
    CHECK(m.language == "de");
    CHECK(meta_of(R"(<html xml:lang="fr"><body><p>x</p></body></html>)").language == "fr");
    CHECK(meta_of(page("", R"(<a rel="author" href="/u/1">Ann Lee</a>)")).authors == names{"Ann Lee"});
    CHECK(meta_of(page("", R"(<div><span>Posted by </span><a href="/u/2">Bo Chen</a></div>)")).authors ==
          names{"Bo Chen"});
    CHECK(meta_of(page(R"(<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Cy Dee">
        <meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="4 minutes">)",
                       "")).authors == names{"Cy Dee"});
    // Only the first author element counts: the others are a thread's posters.
    CHECK(meta_of(page("", R"(<span itemprop="author">Ann Lee</span><span itemprop="author">Bo Chen</span>)"))
              .authors == names{"Ann Lee"});
    CHECK(meta_of(page("", R"(<div class="post-author">By Cy Dee</div>)")).authors == names{"Cy Dee"});
    CHECK(meta_of(page(R"(<link rel="canonical" href="https://ex.org/2020/05/06/a">)", "")).date_published ==
          "2020-05-06");
    CHECK(meta_of(page("", R"(<p itemprop="datePublished" content="2018-08-08">Aug 8</p>)")).date_published ==
          "2018-08-08");
}

TEST_CASE("title: the h1 when the metadata titles contain it, else the title without the site", "[metadata][title]") {
    CHECK(choose_title("Rivers rise", {"", "Rivers rise | The Example", "", ""}, "") == "Rivers rise");
    CHECK(choose_title("Welcome!", {"", "Rivers rise | The Example", "", ""}, "") == "Rivers rise");
    CHECK(choose_title("The Example", {"", "Rivers rise - The Example", "", ""}, "") == "Rivers rise");
    CHECK(choose_title("", {"The Example | Rivers rise", "", "", ""}, "The Example") == "Rivers rise");
    // A title segment that only starts the <h1> is a shortening of it.
    CHECK(choose_title("Rivers rise again after a week of rain", {"Rivers rise again | Ex", "", "", ""}, "") ==
          "Rivers rise again after a week of rain");
    CHECK(choose_title("", {"", "", "", ""}, "") == "");
    CHECK(meta_of(page("<title>Story title | Site</title>", "<h1 hidden>Story</h1>")).title == "Story title");
}

TEST_CASE("the pipeline fills metadata from bylines, date lines and the text", "[metadata][pipeline]") {
    const std::string body =
        "<article><h1>The valley floods again</h1><p>By Jane Doe</p><p>March 5, 2024</p>"
        "<p>The river rose by two metres overnight and the town council opened the school hall for the "
        "families who had to leave their homes before the water reached the main road.</p>"
        "<p>It was the third flood this year, and the council said that it would ask for help from the "
        "region to build a higher wall along the river before the next winter.</p></article>";
    pith::result r = pith::clean(page("<title>The valley floods again</title>", body));
    REQUIRE(r.ok());
    CHECK(r.meta.title == "The valley floods again");
    CHECK(r.meta.authors == names{"Jane Doe"});
    CHECK(r.meta.date_published == "2024-03-05");
    CHECK(r.meta.language == "en");
    CHECK(r.meta.language_detected);

    // An "Updated" line next to the headline is the modification date; the
    // publication date comes from another line, or, when the page shows no
    // other date, it is the update date.
    const std::string rest = body.substr(body.find("<p>The river"));
    pith::result u = pith::clean(page("", "<h1>The valley floods again</h1><p>Updated March 6, 2024</p>" + rest));
    REQUIRE(u.ok());
    CHECK(u.meta.date_modified == "2024-03-06");
    CHECK(u.meta.date_published == "2024-03-06");
    pith::result v = pith::clean(
        page("", "<h1>The valley floods again</h1><p>Updated March 6, 2024</p><p>Posted 2 March 2024</p>" + rest));
    REQUIRE(v.ok());
    CHECK(v.meta.date_modified == "2024-03-06");
    CHECK(v.meta.date_published == "2024-03-02");

    const std::string text =
        "The valley floods again\n\nBy Jane Doe\n\n5. März 2024\n\n"
        "Der Fluss stieg über Nacht um zwei Meter, und der Rat öffnete die Halle der Schule für die Familien, "
        "die ihre Häuser verlassen mussten, bevor das Wasser die Straße erreichte.\n\n"
        "Es war die dritte Flut in diesem Jahr, und der Rat sagte, dass er die Region um Hilfe bitten werde.\n";
    pith::result t = pith::clean_text(text);
    REQUIRE(t.ok());
    CHECK(t.meta.title == t.title);
    CHECK(t.meta.date_published == "2024-03-05");
    CHECK(t.meta.language == "de");
}

TEST_CASE("title: a reworded <h1> of four words or more is the title, a section name is not", "[metadata][title]") {
    // Most content words of the <h1> are in the site-stripped title.
    CHECK(choose_title("Top 10 Health and Nutrition Trends to Watch",
                       {"Health And Nutrition Trends For 2026 - Example", "", "", ""}, "Example") ==
          "Top 10 Health and Nutrition Trends to Watch");
    // Short <h1>s and ones about something else leave the metadata title.
    CHECK(choose_title("The Blog", {"Catering Tips for a Successful Event | Example", "", "", ""}, "Example") ==
          "Catering Tips for a Successful Event");
    CHECK(choose_title("Georgia Institute of Technology", {"Machine Learning at Georgia Tech", "", "", ""}, "") ==
          "Machine Learning at Georgia Tech");
}

TEST_CASE("element_text: the walk's form and the spaced form for metadata", "[metadata][elements]") {
    const std::string html = "<h1>Jane<br>Doe<svg><text>icon</text></svg><span>!</span></h1>";
    GumboOutput* out = gumbo_parse(html.c_str());
    const GumboNode* body = static_cast<const GumboNode*>(
        static_cast<const GumboNode*>(out->root->v.element.children.data[1])->v.element.children.data[0]);
    CHECK(element_text(body) == "JaneDoe!");
    CHECK(element_text(body, element_text_mode::spaced) == "Jane Doe!");
    gumbo_destroy_output(&kGumboDefaultOptions, out);
}

TEST_CASE("authors: an organisation credit gives way to a person", "[metadata][authors]") {
    // JSON-LD credits an Organization; the page's meta names a person.
    pith::metadata m = meta_of(page(ld(R"({"@type":"Article","author":{"@type":"Organization","name":"Example Clinic"}})") +
                                        R"(<meta name="author" content="Ann Lee">)",
                                    ""));
    CHECK(m.authors == names{"Ann Lee"});
    // A Person in JSON-LD stays.
    CHECK(meta_of(page(ld(R"({"@type":"Article","author":{"@type":"Person","name":"Bo Chen"}})") +
                           R"(<meta name="author" content="Ann Lee">)",
                       "")).authors == names{"Bo Chen"});
    // A credit that is the site's name gives way to the byline element's person.
    CHECK(meta_of(page(R"(<meta property="og:site_name" content="Example News"><meta name="author" content="Example News">)",
                       R"(<div><span>By </span><a href="/u/1">Cy Dee</a></div>)")).authors == names{"Cy Dee"});
    // With no person anywhere, the organisation stays.
    CHECK(meta_of(page(ld(R"({"@type":"Article","author":{"@type":"Organization","name":"Example Clinic"}})"), ""))
              .authors == names{"Example Clinic"});
    // A separator alone is not a name.
    CHECK(split_authors("\u2022").empty());
}

TEST_CASE("dates: more meta names, broken JSON-LD, a modification date alone", "[metadata][dates]") {
    CHECK(meta_of(page(R"(<meta name="published-date" content="2021-02-16">)", "")).date_published == "2021-02-16");
    CHECK(meta_of(page(R"(<meta name="modified-time" content="2026-01-15T17:15:00Z">)", "")).date_modified ==
          "2026-01-15T17:15:00Z");
    // A raw newline inside a string makes the script invalid JSON; its dates still count.
    pith::metadata b = meta_of(page(ld("{\"@type\":\"VideoObject\",\"description\":\"one\ntwo\","
                                       "\"datePublished\": \"2024-02-21 13:00:00\",\"dateModified\":\"2024-02-22\"}"),
                                    ""));
    CHECK(b.date_published == "2024-02-21T13:00:00");
    CHECK(b.date_modified == "2024-02-22");
    // Markup that gives only the modification date, and no date in the text.
    const std::string body =
        "<article><h1>The valley floods again</h1>"
        "<p>The river rose by two metres overnight and the town council opened the school hall for the "
        "families who had to leave their homes before the water reached the main road.</p></article>";
    pith::result r = pith::clean(page(R"(<meta property="article:modified_time" content="2023-06-12T10:39:42+00:00">)", body));
    REQUIRE(r.ok());
    CHECK(r.meta.date_modified == "2023-06-12T10:39:42+00:00");
    CHECK(r.meta.date_published == "2023-06-12T10:39:42+00:00");
}

TEST_CASE("title: a tagline after \" | \" or \" - \" is cut, a colon stays", "[metadata][title]") {
    CHECK(choose_title("Best Movers in NYC 2025 | Top 19 Companies",
                       {"Best Movers in NYC 2025 | Top 19 Companies | Example", "", "", ""}, "") ==
          "Best Movers in NYC 2025");
    CHECK(choose_title("", {"Apps Compared - Personally Tested", "", "", ""}, "") == "Apps Compared");
    CHECK(choose_title("Fitness Trends 2025: 9 Things to Watch", {"", "", "", ""}, "") ==
          "Fitness Trends 2025: 9 Things to Watch");
    // A one-word first part is a section or a label: the title stays whole.
    CHECK(choose_title("Opinion | Rivers rise again", {"", "", "", ""}, "") == "Opinion | Rivers rise again");
}

TEST_CASE("authors: forum user names with digits are names, an avatar's initial is not", "[metadata][authors]") {
    CHECK(split_authors("paulb203") == names{"paulb203"});
    CHECK(split_authors("user3080392") == names{"user3080392"});
    CHECK(split_authors("josh_wilmot90") == names{"josh_wilmot90"});
    // Digits in a credit of several words, or at a word's start, are still dates and counts.
    CHECK(split_authors("Ann Lee 12 comments").empty());
    CHECK(split_authors("5min").empty());
    CHECK(split_authors("2024").empty());
    // An avatar's letter is no name; the itemprop name after it is.
    CHECK(split_authors("E").empty());
    CHECK(meta_of(page("", R"(<div class="author-avatar"><span>E</span></div>
        <div itemprop="author" itemscope><span itemprop="name">Ejp55230</span></div>)")).authors ==
          names{"Ejp55230"});
}

TEST_CASE("authors: an itemprop author whose name is a <meta itemprop=name content>", "[metadata][authors]") {
    CHECK(meta_of(page("", R"(<div class="user-details" itemprop="author" itemscope>
        <a href="/users/1/kumiko">Kumiko</a><meta itemprop="name" content="KumikoGoingCrAzY"></div>
        <div class="user-details" itemprop="author" itemscope><meta itemprop="name" content="Joe"></div>)"))
              .authors == names{"KumikoGoingCrAzY"});
}

TEST_CASE("authors: a forum's \"Thread starter\" label names the author before the posts' itemprop authors", "[metadata][authors]") {
    const std::string body = R"(<ul><li><span class="sr-only">Thread starter</span> <a href="/m/1">ridwan123</a></li></ul>
        <article itemprop="author" itemscope><span itemprop="name">Lutfij</span></article>)";
    CHECK(meta_of(page("", body)).authors == names{"ridwan123"});
    CHECK(split_authors("Started by Ann Lee") == names{"Ann Lee"});
    // Without the label the first post's author stays.
    CHECK(meta_of(page("", R"(<article itemprop="author" itemscope><span itemprop="name">Lutfij</span></article>)"))
              .authors == names{"Lutfij"});
}

TEST_CASE("authors: \"By Name\" in one text node below the headline, not in menus, links or headings", "[metadata][authors]") {
    CHECK(leading_credit("By Jerry Chu") == names{"Jerry Chu"});
    CHECK(leading_credit("Posted by Ann Lee and Bo Chen") == names{"Ann Lee", "Bo Chen"});
    CHECK(leading_credit("By the way").empty());
    CHECK(leading_credit("Posted by admin").empty());
    CHECK(leading_credit("Inspired by Nature").empty());
    CHECK(meta_of(page("", R"(<h1>Top 7 Keyboards</h1><div class="meta"><p>By Jerry Chu</p></div>)")).authors ==
          names{"Jerry Chu"});
    // A menu's grouping before the headline, a heading, a teaser link: no credit.
    CHECK(meta_of(page("", R"(<ul><li>By Company Size</li></ul><h1>Top 7 Keyboards</h1>)")).authors.empty());
    CHECK(meta_of(page("", R"(<h1>Top 7 Keyboards</h1><h4>By Event Type</h4>)")).authors.empty());
    CHECK(meta_of(page("", R"(<h1>Top 7 Keyboards</h1><a href="/p/2"><p>By Team Example</p></a>)")).authors.empty());
}

TEST_CASE("dates: a \"Posted on\" / \"Published:\" line far from the headline gives the date the markup lacks", "[metadata][dates]") {
    std::string paras;
    for (int i = 0; i < 12; ++i)
        paras += "<p>The river rose by two metres overnight and the town council opened the school hall for the "
                 "families who had to leave their homes before the water reached the main road, paragraph " +
                 std::to_string(i) + ".</p>";
    // The date line stands below the twelve paragraphs: out of the headline's
    // and the body's first lines' reach.
    pith::result r = pith::clean(page("", "<article><h1>The valley floods again</h1>" + paras +
                                              "<p>Posted on the 15/12/2025 at 19:00</p></article>"));
    REQUIRE(r.ok());
    CHECK(r.meta.date_published == "2025-12-15");
    // A label alone in its block labels the next block's date.
    pith::result n = pith::clean(page("", "<article><h1>The valley floods again</h1>" + paras +
                                              "<div>Published</div><div>July 8, 2025</div></article>"));
    REQUIRE(n.ok());
    CHECK(n.meta.date_published == "2025-07-08");
    // Failing a publication line, an "Updated" line there is the page's one date.
    pith::result w = pith::clean(page("", "<article><h1>The valley floods again</h1>" + paras +
                                              "<p>Last updated: November 13, 2025</p></article>"));
    REQUIRE(w.ok());
    CHECK(w.meta.date_published == "2025-11-13");
    // An unlabelled date there is not taken.
    pith::result u = pith::clean(page("", "<article><h1>The valley floods again</h1>" + paras +
                                              "<p>15/12/2025 at 19:00</p></article>"));
    REQUIRE(u.ok());
    CHECK(u.meta.date_published.empty());
}

TEST_CASE("dates: itemprop=dateCreated is the publication date (a question before its comments)", "[metadata][dates]") {
    CHECK(meta_of(page("", R"(<div itemprop="mainEntity"><time itemprop="dateCreated" datetime="2014-02-04T13:02:51Z">Feb 4, 2014</time>
        <div class="comment"><time itemprop="datePublished">2018-05-21 20:37:55 +00:00</time></div></div>)"))
              .date_published == "2014-02-04T13:02:51Z");
}

TEST_CASE("dates: markup that publishes on its modification day gives way to an earlier date by the headline", "[metadata][dates]") {
    const std::string head = ld(R"({"@type":"BlogPosting","datePublished":"Jun 24, 2025","dateModified":"Jun 24, 2025"})");
    const std::string rest =
        "<p>The river rose by two metres overnight and the town council opened the school hall for the "
        "families who had to leave their homes before the water reached the main road.</p>"
        "<p>It was the third flood this year, and the council said that it would ask for help from the "
        "region to build a higher wall along the river before the next winter.</p></article>";
    pith::result r = pith::clean(page(head, "<article><h1>The valley floods again</h1><p>August 25, 2024</p>" + rest));
    REQUIRE(r.ok());
    CHECK(r.meta.date_published == "2024-08-25");
    // A later shown date (a reply's, a teaser's) does not overrule the markup.
    pith::result l = pith::clean(page(head, "<article><h1>The valley floods again</h1><p>August 25, 2025</p>" + rest));
    REQUIRE(l.ok());
    CHECK(l.meta.date_published == "2025-06-24");
    // Markup that publishes after its modification date is a save stamp too.
    const std::string after = ld(R"({"@type":"BlogPosting","datePublished":"2025-08-21","dateModified":"2025-08-20"})");
    pith::result a = pith::clean(page(after, "<article><h1>The valley floods again</h1><p>August 25, 2024</p>" + rest));
    REQUIRE(a.ok());
    CHECK(a.meta.date_published == "2024-08-25");
    // Nor does any shown date when the markup's dates differ.
    const std::string two = ld(R"({"@type":"BlogPosting","datePublished":"2025-06-20","dateModified":"2025-06-24"})");
    pith::result d = pith::clean(page(two, "<article><h1>The valley floods again</h1><p>August 25, 2024</p>" + rest));
    REQUIRE(d.ok());
    CHECK(d.meta.date_published == "2025-06-20");
}

TEST_CASE("title: an <h1> that only links to the front page is the site's logo, not the headline", "[metadata][title]") {
    CHECK(meta_of(R"(<html><head><meta property="og:title" content="Small adventures with language models">
        <title>Example Data Blog: Small adventures with language models</title></head><body>
        <h1 class="title"><a href="https://blog.example.org/">Example Data Blog</a></h1>
        <h3>Small adventures with language models</h3></body></html>)").title == "Small adventures with language models");
    // A headline that links to itself, or to a section, stays.
    CHECK(meta_of(R"(<html><head><title>Rivers rise | Example</title></head><body>
        <h1><a href="/2024/rivers-rise">Rivers rise</a></h1></body></html>)").title == "Rivers rise");
    CHECK(meta_of(R"(<html><head><title>Webcams | Example Park</title></head><body>
        <h1><a href="/">Example Park</a> Webcams</h1></body></html>)").title == "Example Park Webcams");
}

TEST_CASE("title: \" / \" separates a breadcrumb title's segments", "[metadata][title]") {
    CHECK(choose_title("", {"", "What happened with the ISO in 2024 / Discussion / Example Forums", "", ""},
                       "Example Forums") == "What happened with the ISO in 2024");
    // A slash without spaces is part of the words.
    CHECK(choose_title("", {"", "Input/Output Basics | Example", "", ""}, "") == "Input/Output Basics");
}

TEST_CASE("dates: a short date line right after the <h1> in the markup", "[metadata][dates]") {
    CHECK(meta_of(page("", R"(<div><h1>How robots map a room</h1><h5><span>2024-11-06</span></h5></div>)"))
              .date_published == "2024-11-06");
    // Read in the page's language: day first in British English.
    CHECK(meta_of(R"(<html lang="en-GB"><body><h1>How robots map a room</h1><p>03/04/2025</p></body></html>)")
              .date_published == "2025-04-03");
    // A long paragraph after the headline is not a date line.
    CHECK(meta_of(page("", R"(<h1>How robots map a room</h1><p>On 2024-11-06 the team met to talk about robots, maps,
        rooms, sensors, cleaning schedules and much else besides that day.</p>)")).date_published.empty());
}

TEST_CASE("dates: an \"Updated\" line right after the <h1> is not the publication date", "[metadata][dates]") {
    CHECK(meta_of(page("", R"(<h1>How robots map a room</h1><p>Updated March 6, 2024</p>)")).date_published.empty());
}
