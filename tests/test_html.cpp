// The HTML front end: pre-pass, DOM walk, features, and the classifier end to end.
#include "model/html_features.h"
#include "input/html_input.h"
#include "model/html_model.h"
#include "pipeline.h"
#include "pith/pith.h"

#include <catch2/catch.hpp>

#include <gumbo.h>

#include <algorithm>
#include <string>
#include <unordered_set>

using namespace pith::detail;

namespace {

const candidate* find_block(const html_document& d, std::string_view text) {
    for (const candidate& c : d.blocks)
        if (c.text == text) return &c;
    return nullptr;
}

}  // namespace

TEST_CASE("the pre-pass removes payloads and keeps JSON-LD aside", "[html]") {
    std::vector<std::string> jsonld;
    std::string out = strip_payloads(
        "<p>a</p><script>var x = '<p>no</p>';</script><STYLE>p{}</STYLE><!-- <p>gone</p> -->"
        "<svg><svg><text>in</text></svg><text>svg</text></svg><template><p>t</p></template>"
        "<noscript><img src=x></noscript><script type=\"application/ld+json\">{\"headline\":\"H\"}</script><p>b</p>",
        jsonld);
    CHECK(out == "<p>a</p><p>b</p>");
    REQUIRE(jsonld.size() == 1);
    CHECK(jsonld[0] == "{\"headline\":\"H\"}");
    SECTION("a long noscript is the page itself and stays") {
        std::string body(3000, 'x');
        std::string kept = strip_payloads("<noscript><p>" + body + "</p></noscript>", jsonld);
        CHECK(kept == "<p>" + body + "</p>");
    }
}

TEST_CASE("the pre-pass drops attributes no reader wants and keeps the others as written", "[html]") {
    std::vector<std::string> j;
    CHECK(parser_reads_attribute("class"));
    CHECK(parser_reads_attribute("HREF"));
    CHECK(parser_reads_attribute("aria-hidden"));
    CHECK(!parser_reads_attribute("aria-"));
    CHECK(!parser_reads_attribute("data-src"));
    CHECK(!parser_reads_attribute("srcset"));
    CHECK(strip_payloads("<a data-x=\"1\" HREF='/p' onclick=go()>x</a>", j) == "<a HREF='/p'>x</a>");
    // Nothing dropped: the tag goes through byte for byte.
    CHECK(strip_payloads("<p  class=a   id=\"b\">x</p>", j) == "<p  class=a   id=\"b\">x</p>");
    // Attribute names end at '=', '/', space or '>'; quoted values hold '>'.
    CHECK(strip_payloads("<div data-a=\"x>y\" class=\"c\"data-b=2 role=main>t</div>", j) ==
          "<div class=\"c\" role=main>t</div>");
    // A self-closing slash stays one, and an unquoted value does not take it.
    CHECK(strip_payloads("<img alt=x data-y=1 />", j) == "<img alt=x />");
    CHECK(strip_payloads("<a href=x/ data-y=1>", j) == "<a href=x/>");
    // An unbalanced quote: the tag is passed on as written, for Gumbo to read.
    CHECK(strip_payloads("<p data-a=\"x>t</p>", j) == "<p data-a=\"x>t</p>");
    // What the walk reads is unchanged.
    html_document d = read_html("<div data-track=\"1\" class=\"sidebar\" style=\"display:none\" data-x>"
                                "<p>Hidden text here</p></div><p lang=en title=t>Shown</p>");
    const candidate* hidden = find_block(d, "Hidden text here");
    REQUIRE(hidden);
    CHECK(hidden->dom.hidden);
    CHECK(find_block(d, "Shown"));
}

TEST_CASE("the pre-pass passes white space runs on as one byte, except in preformatted text", "[html]") {
    std::vector<std::string> j;
    CHECK(strip_payloads("<p>a   b\n\n  c</p>  \n  <p>d</p>", j) == "<p>a b\nc</p> <p>d</p>");
    CHECK(strip_payloads("<pre>a   b\n\n c</pre> \n x", j) == "<pre>a   b\n\n c</pre> x");
    CHECK(strip_payloads("<PRE><pre>a  b</pre>  c  </pre>  d", j) == "<PRE><pre>a  b</pre>  c  </pre> d");
    CHECK(strip_payloads("a  <!-- x -->  b", j) == "a b");
    html_document d = read_html("<pre>\n  int x;\n\n  return x;</pre><p>one   two\n three</p>");
    REQUIRE(d.blocks.size() == 2);
    CHECK(d.blocks[0].text == "  int x;\n  return x;");
    CHECK(d.blocks[1].text == "one two three");
}

TEST_CASE("nesting beyond the limit loses tags, not text, and does not crash", "[html]") {
    std::string deep;
    for (int i = 0; i < 200000; ++i) deep += "<div>";
    deep += "deep text";
    for (int i = 0; i < 200000; ++i) deep += "</div>";
    html_document d = read_html(deep);
    REQUIRE(d.blocks.size() == 1);
    CHECK(d.blocks[0].text == "deep text");
    std::vector<std::string> j;
    std::string stripped = strip_payloads(deep, j);
    CHECK(stripped.size() < deep.size());
}

TEST_CASE("numeric references beyond Unicode become U+FFFD, not Gumbo's wrapped int", "[html]") {
    const auto defused = [](std::string s) {
        defuse_numeric_references(s);
        return s;
    };
    CHECK(defused("a &#xD8008caf; b &#99999999999; c") == "a &#65533; b &#65533; c");
    CHECK(defused("&#x110000&#X10FFFF;&#1114112;&#1114111;") == "&#65533&#X10FFFF;&#65533;&#1114111;");
    CHECK(defused("&#x0000000041; &#; &#x; &amp; &#x100000041;") == "&#x0000000041; &#; &#x; &amp; &#65533;");
    const std::string plain = "<p>caf&eacute; &#233; &#x4e2d;</p>";
    CHECK(defused(plain) == plain);
    // End to end: the text and the attribute values Gumbo decodes.
    html_document d = read_html("<html><head><meta property=\"og:title\" content=\"T &#x100000041;\"></head>"
                                "<body><p>wrapped &#xD8008caf; and &#x100000041; here</p></body></html>");
    REQUIRE(d.blocks.size() == 1);
    CHECK(d.blocks[0].text == "wrapped \xEF\xBF\xBD and \xEF\xBF\xBD here");
    CHECK(d.title == "T \xEF\xBF\xBD");
}

TEST_CASE("the walk cuts blocks at block elements and <br>", "[html]") {
    html_document d = read_html(
        "<body><div>lead <b>bold</b>tail<p>para <a href=/x>link</a> end</p>after</div>"
        "<h2>Sub head</h2><ul><li>one</li><li>two<br>three</li></ul>"
        "<blockquote><p>quoted</p></blockquote><pre>code  line\n\n\nnext</pre>"
        "<table><tr><td>cell</td></tr></table><figure><img alt=\"Alt text\"><figcaption>Cap</figcaption></figure>"
        "</body>");
    std::vector<std::string> texts;
    for (const candidate& c : d.blocks) texts.push_back(c.text);
    CHECK(texts == std::vector<std::string>{"lead boldtail", "para link end", "after", "Sub head", "one", "two",
                                            "three", "quoted", "code  line\nnext", "cell", "Cap"});
    const candidate* h = find_block(d, "Sub head");
    REQUIRE(h);
    CHECK(h->kind == pith::block_kind::heading);
    CHECK(h->dom.heading_level == 2);
    const candidate* li = find_block(d, "three");
    REQUIRE(li);
    CHECK(li->kind == pith::block_kind::list_item);
    CHECK(li->dom.in_list);
    CHECK(find_block(d, "quoted")->kind == pith::block_kind::quote);
    CHECK(find_block(d, "quoted")->dom.in_quote);
    CHECK(find_block(d, "code  line\nnext")->kind == pith::block_kind::preformatted);
    CHECK(find_block(d, "cell")->kind == pith::block_kind::table_cell);
    CHECK(find_block(d, "cell")->dom.in_table);
    const candidate* cap = find_block(d, "Cap");
    CHECK(cap->kind == pith::block_kind::caption);
    CHECK(cap->dom.in_figure);
    CHECK(cap->dom.in_figcaption);
    const candidate* para = find_block(d, "para link end");
    CHECK(para->dom.link_chars == 4);
    CHECK(para->dom.text_chars == 11);
    CHECK(para->dom.tag == GUMBO_TAG_P);
    CHECK(d.alt_texts == std::vector<std::string>{"Alt text"});
}

TEST_CASE("landmarks, hidden elements and class hints are recorded", "[html]") {
    html_document d = read_html(
        "<body><nav><a href=/>Home</a></nav><header>Head</header><aside>Side</aside>"
        "<main><article><form><p>Form text</p></form><p>Body</p></article></main>"
        "<div style=\"display: none\"><p>Hidden</p></div><div hidden>Attr hidden</div>"
        "<p>Shown<span class=\"sr-only\"> for readers</span></p>"
        "<div class=\"articleBody\"><p>Positive</p></div><div id=\"cookie-banner\"><p>Cookies</p></div>"
        "<div role=\"navigation\">Role nav</div><footer>Foot</footer></body>");
    CHECK(find_block(d, "Home")->dom.in_nav);
    CHECK(find_block(d, "Home")->dom.link_chars == 4);
    CHECK(find_block(d, "Head")->dom.in_header);
    CHECK(find_block(d, "Side")->dom.in_aside);
    CHECK(find_block(d, "Form text")->dom.in_form);
    const candidate* body = find_block(d, "Body");
    CHECK(body->dom.in_main);
    CHECK(body->dom.in_article);
    CHECK_FALSE(body->dom.in_nav);
    CHECK(find_block(d, "Hidden")->dom.hidden);
    CHECK(find_block(d, "Attr hidden")->dom.hidden);
    CHECK(find_block(d, "Shown"));  // screen-reader-only inline text is not shown
    CHECK(find_block(d, "Positive")->dom.hints & hint_positive);
    CHECK(find_block(d, "Positive")->dom.class_score > 0);
    CHECK(find_block(d, "Cookies")->dom.hints & hint_cookie);
    CHECK(find_block(d, "Role nav")->dom.in_nav);
    CHECK(find_block(d, "Foot")->dom.in_footer);
}

TEST_CASE("class and id hints", "[html]") {
    CHECK(class_hints("post-content entry", "") & hint_positive);
    CHECK(class_hints("", "commentList") & hint_comment);
    CHECK(class_hints("site-footer", "") & hint_footer);
    CHECK(class_hints("shareButtons", "") & hint_share);
    CHECK(class_hints("related-posts", "") & hint_related);
    CHECK(class_hints("ad", "") & hint_promo);
    CHECK_FALSE(class_hints("header shadow load", "") & hint_promo);  // "ad" only as a word
    CHECK(class_hints("newsletter-signup", "") & hint_newsletter);
    CHECK(class_hints("wp-caption-text", "") & hint_caption);
    CHECK(class_hints("byline", "") & hint_byline);
    CHECK(class_hints("main-nav", "") & hint_nav);
    CHECK(class_hints("modal-dialog", "") & hint_modal);
    CHECK(class_hints("visually-hidden", "") & hint_hidden);
    CHECK(class_hints("", "") == 0);
}

TEST_CASE("title from og:title, h1, <title>; JSON-LD hints", "[html]") {
    html_document a = read_html(
        "<html lang=de><head><title>Site | Page</title><meta property=\"og:title\" content=\"OG Title\">"
        "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\",\"headline\":\"LD head\","
        "\"articleBody\":\"The body.\"}]}</script></head><body><h1>H1 Title</h1></body></html>");
    CHECK(a.title == "OG Title");
    CHECK(a.title_tag == "Site | Page");
    CHECK(a.language == "de");
    CHECK(a.jsonld_headline == "LD head");
    CHECK(a.jsonld_body == "The body.");
    CHECK(read_html("<title>Only</title><h1>H1 Title</h1>").title == "H1 Title");
    CHECK(read_html("<title>Only</title><p>x</p>").title == "Only");
    std::string broken, h;
    read_jsonld({"{not json", "[1,2"}, broken, h);
    CHECK(broken.empty());
}

TEST_CASE("HTML mode keeps the article and drops the chrome", "[html]") {
    std::string page =
        "<!doctype html><html><head><title>Big News | Outlet</title></head><body>"
        "<div id=\"cookie-consent\"><p>We use cookies to improve your experience. Accept all cookies?</p></div>"
        "<header><nav><ul><li><a href=/>Home</a></li><li><a href=/w>World</a></li><li><a href=/s>Sport</a></li>"
        "</ul></nav></header><main><article><h1>Big News</h1>"
        "<p>The council approved the new bridge on Tuesday, ending a debate that lasted ten years.</p>"
        "<figure><img alt=\"The bridge\"><figcaption>The bridge at dusk</figcaption></figure>"
        "<p>Work will start in spring, and the mayor said the first cars could cross it by 2027.</p>"
        "<div class=\"share-buttons\"><a href=/f>Share on Facebook</a></div></article></main>"
        "<aside class=\"sidebar\"><h3>Most read</h3><ul><li><a href=/1>Other story one</a></li></ul></aside>"
        "<footer><p>Copyright 2025 Outlet. All rights reserved.</p></footer></body></html>";
    pith::options o;
    o.mode = pith::input_mode::html;
    pith::result r = pith::clean(page, o);
    REQUIRE(r.ok());
    CHECK(r.title == "Big News");
    const std::string body =
        "The council approved the new bridge on Tuesday, ending a debate that lasted ten years.\n\n"
        "Work will start in spring, and the mayor said the first cars could cross it by 2027.\n";
    // The block model may keep the headline at the top of the text (most
    // article references start with it); nothing else but the body.
    CHECK((r.text == body || r.text == "Big News\n\n" + body));
    bool caption_dropped = false;
    for (const pith::block& b : r.blocks)
        if (b.text == "The bridge at dusk") caption_dropped = !b.kept && b.why == pith::reason::caption;
    CHECK(caption_dropped);
    CHECK(pith::clean(page).mode == pith::input_mode::html);  // detected
}

TEST_CASE("options::max_depth flattens deeper nesting, keeps the text and warns", "[html][limits]") {
    auto nested = [](std::size_t levels) {
        std::string html = "<html><body>";
        for (std::size_t k = 0; k < levels; ++k) html += "<div>";
        html += "<p>The innermost paragraph has a sentence of real prose in it.</p>";
        for (std::size_t k = 0; k < levels; ++k) html += "</div>";
        return html + "</body></html>";
    };
    pith::options o;
    o.mode = pith::input_mode::html;
    o.max_depth = 40;
    // <html>, <body>, 36 divs and <p> open 39 elements: under the limit.
    pith::result at = pith::clean(nested(36), o);
    REQUIRE(at.ok());
    CHECK(at.warnings.empty());
    CHECK(at.text.find("innermost paragraph") != std::string::npos);
    pith::result over = pith::clean(nested(60), o);
    REQUIRE(over.ok());
    REQUIRE(over.warnings.size() == 1);
    CHECK(over.warnings[0].find("nested deeper than 40") != std::string::npos);
    CHECK(over.text.find("innermost paragraph") != std::string::npos);
}

TEST_CASE("block model: one row per block, named features, probabilities that tell prose from menus", "[html]") {
    std::unordered_set<std::string_view> names(html_feature_names.begin(), html_feature_names.end());
    CHECK(names.size() == html_feature_count);  // no name twice

    html_document doc = read_html(
        "<html><body><nav><ul><li><a href=/a>Home</a></li><li><a href=/b>Sport</a></li>"
        "<li><a href=/c>Weather</a></li></ul></nav><main><article>"
        "<p>The council approved the new bridge on Tuesday, ending a debate that lasted ten years and "
        "divided the town.</p><p>Work will start in spring, and the mayor said the first cars could cross "
        "it by 2027, a year earlier than planned.</p></article></main>"
        "<footer><p><a href=/i>Imprint</a> | <a href=/p>Privacy</a></p></footer></body></html>");
    candidates& blocks = doc.blocks;
    const html_verdict verdict = html_rules(blocks, doc);
    const std::vector<html_row> rows = compute_html_features(blocks, doc, verdict);
    REQUIRE(rows.size() == blocks.size());
    const std::vector<double> p = block_probabilities(blocks, doc, verdict);
    double prose_min = 1, menu_max = 0;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        CHECK(p[i] >= 0.0);
        CHECK(p[i] <= 1.0);
        if (blocks[i].stats.words >= 12) prose_min = std::min(prose_min, p[i]);
        else menu_max = std::max(menu_max, p[i]);
    }
    CHECK(prose_min > 0.5);
    CHECK(menu_max < 0.5);
    CHECK(prose_min > menu_max);
}

// The reported loss: a page whose article follows hundreds of thousands of
// links lost it, because past max_nodes every tag was dropped and the
// article's paragraphs ran into the links' text as one block. Scaled down
// here with a small max_nodes; tests/adversarial has the full-size page.
TEST_CASE("options::max_nodes: an article after a link farm keeps its paragraphs", "[html][limits]") {
    std::string html = "<html><body><div class=\"links\">";
    for (int k = 0; k < 400; ++k) html += "<a href=\"/p" + std::to_string(k) + "\">item " + std::to_string(k) + "</a> ";
    html += "</div><article>";
    for (int k = 1; k <= 6; ++k)
        html += "<p>Paragraph " + std::to_string(k) +
                " of the story says what the council decided about the old bridge, and why it matters.</p>";
    html += "</article></body></html>";
    pith::options o;
    o.max_nodes = 100;
    pith::result r = pith::clean(html, o);
    REQUIRE(r.ok());
    CHECK(r.warnings.size() == 1);
    for (int k = 1; k <= 6; ++k) {
        const std::string want = "Paragraph " + std::to_string(k) + " of the story";
        bool own_block = false;
        for (const pith::block& b : r.blocks) own_block = own_block || (b.text.rfind(want, 0) == 0 && b.kept);
        CHECK(own_block);
    }
}

TEST_CASE("options::max_nodes: at the limit the page is parsed whole, past it the rest is text", "[html][limits]") {
    std::vector<std::string> paras;
    std::string html = "<html><body>";
    for (int k = 1; k <= 10; ++k) {
        paras.push_back("Paragraph " + std::to_string(k) + " tells its own short story about the river town.");
        html += "<p>" + paras.back() + "</p>";
    }
    html += "</body></html>";
    std::string all;
    for (const std::string& p : paras) all += (all.empty() ? "" : " ") + p;
    const auto joined_blocks = [](const pith::result& r) {
        std::string j;
        for (const pith::block& b : r.blocks) j += (j.empty() ? "" : " ") + b.text;
        return j;
    };
    pith::options o;
    o.mode = pith::input_mode::html;
    o.max_nodes = 12;  // <html>, <body> and ten <p>
    pith::result at = pith::clean(html, o);
    REQUIRE(at.ok());
    CHECK(at.warnings.empty());
    CHECK(at.blocks.size() == 10);
    CHECK(joined_blocks(at) == all);

    o.max_nodes = 11;
    pith::result one_past = pith::clean(html, o);
    REQUIRE(one_past.ok());
    REQUIRE(one_past.warnings.size() == 1);
    CHECK(one_past.warnings[0].find("more than 11 elements") != std::string::npos);
    CHECK(joined_blocks(one_past) == all);

    // Past the limit structural tags (<p>) still pass, up to max_nodes more:
    // with 6, html, body and four <p> count, the next six <p> pass as well.
    o.max_nodes = 6;
    pith::result structural = pith::clean(html, o);
    REQUIRE(structural.ok());
    REQUIRE(structural.warnings.size() == 1);
    CHECK(structural.blocks.size() == 10);
    CHECK(joined_blocks(structural) == all);

    // With 3: html, body, one <p>, then three more <p>; the last six are one
    // run of text, every word kept and none glued to the next paragraph's.
    o.max_nodes = 3;
    pith::result past = pith::clean(html, o);
    REQUIRE(past.ok());
    REQUIRE(past.warnings.size() == 1);
    CHECK(past.blocks.size() == 5);
    CHECK(joined_blocks(past) == all);
    CHECK(pith::clean(html, pith::options{}).warnings.empty());  // the default is far above this page
}

TEST_CASE("a cell below a rowspan takes the next free column; rowspans end with their row group", "[html]") {
    const std::string page =
        "<html><body><table><tbody>"
        "<tr><th rowspan=\"2\">Year</th><th colspan=\"2\" rowspan=\"3\">Wide</th><th>A</th></tr>"
        "<tr><td>B</td></tr>"
        "<tr><td>C</td><td>D</td></tr>"
        "</tbody><tbody><tr><td>E</td><td>F</td></tr></tbody></table></body></html>";
    const pith::result r = pith::clean(page, pith::options{pith::input_mode::html});
    auto cell = [&](std::string_view text) -> const pith::block_structure& {
        for (const pith::block& b : r.blocks)
            if (b.text == text) return b.structure;
        FAIL("no block " << text);
        return r.blocks.front().structure;
    };
    CHECK(cell("Year").column == 0);
    CHECK(cell("Year").rowspan == 2);
    CHECK(cell("Wide").column == 1);
    CHECK(cell("Wide").rowspan == 3);
    CHECK(cell("A").column == 3);
    CHECK(cell("B").row == 1);
    CHECK(cell("B").column == 3);  // columns 0 (Year) and 1-2 (Wide) are covered
    CHECK(cell("C").column == 0);  // Year's rowspan is over; Wide still covers 1-2
    CHECK(cell("D").column == 3);
    CHECK(cell("E").column == 0);  // a new <tbody>: Wide's rowspan ends there
    CHECK(cell("F").column == 1);
}
