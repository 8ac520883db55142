// The C API gives exactly what the C++ API gives, owns its strings, and
// refuses bad arguments without crashing.
#include "pith/pith.h"
#include "pith/pith_c.h"

#include <catch2/catch.hpp>

#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>

namespace {

std::string seed_input() {
    std::ifstream in(std::string(PITH_CORPUS_DIR) + "/seed-dailymail/input.txt", std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string as_string(const char* p, std::size_t n) { return std::string(p, n); }

// A string accessor's value, read with the length it reports.
template <class Accessor, class... Index>
std::string value_of(Accessor get, const pith_result* r, Index... index) {
    std::size_t n = 0;
    const char* p = get(r, index..., &n);
    return std::string(p, n);
}

}  // namespace

TEST_CASE("C API round trip matches the C++ API block for block", "[c_api]") {
    std::string input = seed_input();
    REQUIRE(!input.empty());
    pith::result want = pith::clean_text(input);
    REQUIRE(want.code == pith::status::ok);

    pith_options opts;
    pith_options_init(&opts);
    CHECK(opts.mode == PITH_MODE_DETECT);
    CHECK(opts.max_input_bytes == pith::default_max_input_bytes);
    opts.mode = PITH_MODE_TEXT;
    pith_result* r = pith_clean(input.data(), input.size(), &opts);
    input.assign(input.size(), 'x');  // the handle must not point into the caller's buffer
    REQUIRE(r != nullptr);
    CHECK(pith_result_status(r) == PITH_OK);
    CHECK(pith_result_ok(r) == 1);
    CHECK(pith_result_mode(r) == PITH_MODE_TEXT);

    std::size_t n = 0;
    const char* text = pith_result_text(r, &n);
    CHECK(as_string(text, n) == want.text);
    CHECK(std::strlen(text) == n);
    const char* title = pith_result_title(r, &n);
    CHECK(as_string(title, n) == want.title);
    CHECK(std::string(pith_result_message(r, nullptr)).empty());

    REQUIRE(pith_result_block_count(r) == want.blocks.size());
    for (std::size_t i = 0; i < want.blocks.size(); ++i) {
        const pith::block& b = want.blocks[i];
        const char* t = pith_result_block_text(r, i, &n);
        CHECK(as_string(t, n) == b.text);
        CHECK(pith_result_block_kept(r, i) == (b.kept ? 1 : 0));
        CHECK(std::string(pith_result_block_kind(r, i)) == pith::to_string(b.kind));
        CHECK(std::string(pith_result_block_reason(r, i)) == pith::to_string(b.why));
        const char* d = pith_result_block_detail(r, i, &n);
        CHECK(as_string(d, n) == b.detail);
    }
    // Out of range is empty, not a crash.
    std::size_t past = want.blocks.size();
    CHECK(std::string(pith_result_block_text(r, past, &n)).empty());
    CHECK(n == 0);
    CHECK(pith_result_block_kept(r, past) == 0);
    CHECK(std::string(pith_result_block_reason(r, past)).empty());
    pith_result_free(r);
}

TEST_CASE("C API statuses: limits, empty input, bad arguments", "[c_api]") {
    pith_options opts;
    pith_options_init(&opts);
    opts.max_input_bytes = 10;
    const char eleven[] = "hello world";
    pith_result* big = pith_clean(eleven, 11, &opts);
    CHECK(pith_result_status(big) == PITH_TOO_LARGE);
    CHECK(pith_result_ok(big) == 0);
    CHECK(std::string(pith_result_message(big, nullptr)).find("10") != std::string::npos);
    pith_result_free(big);

    pith_result* at_limit = pith_clean(eleven, 10, &opts);
    CHECK(pith_result_status(at_limit) != PITH_TOO_LARGE);
    pith_result_free(at_limit);

    pith_result* blank = pith_clean("  \n\n ", 5, nullptr);
    CHECK(pith_result_status(blank) == PITH_EMPTY_INPUT);
    CHECK(pith_result_ok(blank) == 1);
    CHECK(pith_result_block_count(blank) == 0);
    pith_result_free(blank);

    pith_result* nothing = pith_clean(nullptr, 0, nullptr);  // NULL with length 0 is an empty input
    CHECK(pith_result_status(nothing) == PITH_EMPTY_INPUT);
    pith_result_free(nothing);

    pith_result* bad = pith_clean(nullptr, 3, nullptr);
    CHECK(pith_result_status(bad) == PITH_INVALID_ARGUMENT);
    CHECK(pith_result_ok(bad) == 0);
    CHECK(std::string(pith_status_name(pith_result_status(bad))) == "invalid_argument");
    pith_result_free(bad);

    CHECK(pith_result_status(nullptr) == PITH_INVALID_ARGUMENT);
    CHECK(pith_result_block_count(nullptr) == 0);
    CHECK(std::string(pith_result_text(nullptr, nullptr)).empty());
    pith_result_free(nullptr);
    CHECK(std::string(pith_version()) == pith::version());
    CHECK(std::string(pith_status_name(PITH_TOO_LARGE)) == pith::to_string(pith::status::too_large));
}

TEST_CASE("C API gives language, encoding, warnings and block structure as the C++ API", "[c_api]") {
    const std::string page =
        "<html lang=\"de\"><head><meta charset=\"utf-8\"></head><body><article><h3>Eine Überschrift hier</h3>"
        "<p>Ein Absatz mit genug Wörtern, damit er als Text des Artikels gilt und bleibt.</p>"
        "<ul><li>Ein Punkt einer Liste<ul><li>Ein Unterpunkt der Liste</li></ul></li></ul></article></body></html>";
    pith::options o;
    o.max_blocks = 2;  // a limit hit: one warning
    pith::result cpp = pith::clean(page, o);
    pith::options d;
    pith::result full = pith::clean(page, d);
    pith_result* r = pith_clean(page.data(), page.size(), nullptr);
    REQUIRE(r != nullptr);
    CHECK(std::string(pith_result_language(r, nullptr)).rfind("de", 0) == 0);
    CHECK(full.language == "de");
    CHECK(std::string(pith_result_encoding(r, nullptr)) == full.encoding);
    CHECK(pith_result_warning_count(r) == full.warnings.size());
    REQUIRE(pith_result_block_count(r) == full.blocks.size());
    bool saw_heading = false, saw_nested = false;
    for (size_t i = 0; i < full.blocks.size(); ++i) {
        CHECK(pith_result_block_heading_level(r, i) == full.blocks[i].structure.heading_level);
        CHECK(pith_result_block_list_depth(r, i) == full.blocks[i].structure.list_depth);
        saw_heading |= full.blocks[i].structure.heading_level == 3;
        saw_nested |= full.blocks[i].structure.list_depth == 2;
    }
    CHECK(saw_heading);
    CHECK(saw_nested);
    CHECK(pith_result_block_heading_level(r, 999) == 0);
    CHECK(std::string(pith_result_warning(r, 999, nullptr)).empty());
    pith_result_free(r);
    REQUIRE(!cpp.warnings.empty());
    CHECK(pith_result_warning_count(nullptr) == 0);
}

TEST_CASE("C API metadata accessors give what pith::result::meta holds", "[c_api][metadata]") {
    const std::string page = R"(<!doctype html><html lang="en-GB"><head>
<title>Rivers rise again | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta name="description" content="Rain keeps falling on the valley.">
<meta property="og:image" content="https://example.org/river.jpg">
<meta property="article:tag" content="weather"><meta property="article:tag" content="floods">
<link rel="canonical" href="https://example.org/2024/03/05/rivers">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Rivers rise again",
 "author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chen"}],
 "datePublished":"2024-03-05T08:00:00Z","dateModified":"2024-03-06"}</script>
</head><body><article><h1>Rivers rise again</h1>
<p>The river rose by two metres overnight and the town council opened the school hall for the families
who had to leave their homes before the water reached the main road.</p></article></body></html>)";
    pith::result want = pith::clean(page);
    REQUIRE(want.ok());
    pith_result* r = pith_clean(page.data(), page.size(), nullptr);
    REQUIRE(r != nullptr);
    std::size_t n = 0;
    CHECK(value_of(pith_result_meta_title, r) == "Rivers rise again");
    REQUIRE(pith_result_author_count(r) == 2);
    CHECK(value_of(pith_result_author, r, std::size_t{0}) == "Ann Lee");
    CHECK(value_of(pith_result_author, r, std::size_t{1}) == "Bo Chen");
    CHECK(std::string(pith_result_author(r, 2, &n)).empty());
    CHECK(value_of(pith_result_date_published, r) == "2024-03-05T08:00:00Z");
    CHECK(value_of(pith_result_date_modified, r) == "2024-03-06");
    CHECK(value_of(pith_result_site_name, r) == "The Daily Example");
    CHECK(value_of(pith_result_description, r) == "Rain keeps falling on the valley.");
    CHECK(value_of(pith_result_canonical_url, r) == "https://example.org/2024/03/05/rivers");
    CHECK(value_of(pith_result_language, r) == "en-GB");
    CHECK(pith_result_language_detected(r) == 0);
    CHECK(value_of(pith_result_image, r) == "https://example.org/river.jpg");
    REQUIRE(pith_result_tag_count(r) == 2);
    CHECK(value_of(pith_result_tag, r, std::size_t{1}) == "floods");
    // The same as the C++ result, field by field.
    CHECK(want.meta.authors.size() == pith_result_author_count(r));
    CHECK(want.meta.date_published == pith_result_date_published(r, nullptr));
    pith_result_free(r);
    // NULL handles give empty values.
    CHECK(pith_result_author_count(nullptr) == 0);
    CHECK(std::string(pith_result_site_name(nullptr, &n)).empty());
    CHECK(n == 0);
    CHECK(pith_result_language_detected(nullptr) == 0);
}

TEST_CASE("C API: pith_options.comments and pith_result_comments", "[c_api][comments]") {
    std::ifstream in(std::string(PITH_CORPUS_DIR) + "/html-news-comments/input.html", std::ios::binary);
    const std::string page{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    REQUIRE(!page.empty());
    const std::string post = "About time. My daughter works nights at the hospital";
    pith_options o;
    pith_options_init(&o);
    CHECK(o.comments == PITH_COMMENTS_AUTOMATIC);
    pith_result* dropped = pith_clean(page.data(), page.size(), &o);
    o.comments = PITH_COMMENTS_INCLUDE;
    pith_result* kept = pith_clean(page.data(), page.size(), &o);
    CHECK(value_of(pith_result_text, dropped).find(post) == std::string::npos);
    CHECK(value_of(pith_result_comments, dropped).find(post) != std::string::npos);
    CHECK(value_of(pith_result_text, kept).find(post) != std::string::npos);
    CHECK(value_of(pith_result_comments, kept) == value_of(pith_result_comments, dropped));
    CHECK(std::string(pith_result_comments(nullptr, nullptr)).empty());
    pith_result_free(dropped);
    pith_result_free(kept);
}

TEST_CASE("C API: pith_options.favour gives what pith::options::favour gives", "[c_api]") {
    std::ifstream in(std::string(PITH_CORPUS_DIR) + "/html-news-gallery/input.html", std::ios::binary);
    const std::string page{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    REQUIRE(!page.empty());
    pith_options o;
    pith_options_init(&o);
    CHECK(o.favour == PITH_FAVOUR_BALANCE);
    const std::pair<pith_favour, pith::favour> pairs[] = {{PITH_FAVOUR_BALANCE, pith::favour::balance},
                                                         {PITH_FAVOUR_PRECISION, pith::favour::precision},
                                                         {PITH_FAVOUR_RECALL, pith::favour::recall}};
    std::string texts[3];
    for (int i = 0; i < 3; ++i) {
        o.favour = pairs[i].first;
        pith::options cpp;
        cpp.favour = pairs[i].second;
        pith_result* r = pith_clean(page.data(), page.size(), &o);
        REQUIRE(pith_result_status(r) == PITH_OK);
        texts[i] = value_of(pith_result_text, r);
        CHECK(texts[i] == pith::clean(page, cpp).text);
        pith_result_free(r);
    }
    CHECK(texts[1] != texts[2]);  // the page is one where the setting shows
    // (A value outside the enum is not tried: in C++ loading it is undefined
    // behaviour, and UBSan in CI says so.)
}
