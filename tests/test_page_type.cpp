// The page-type classifier: the trained table matches the C++ feature
// table, the not_content rule, and the types of the corpus's handmade pages
// whose type is not in doubt.
#include "model/page_features.h"
#include "pith/pith.h"
#include "pith/pith_c.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

pith::result clean_case(const char* name) {
    pith::options o;
    o.mode = pith::input_mode::html;
    return pith::clean(slurp(fs::path(PITH_CORPUS_DIR) / name / "input.html"), o);
}

}  // namespace

TEST_CASE("page_type.inc was trained on the features compute_page_features writes", "[page_type]") {
    const std::string inc = slurp(fs::path(PITH_CORPUS_DIR).parent_path() / "lib/src/model/data/page_type.inc");
    const std::string tag = "// Features: ";
    const std::size_t at = inc.find(tag);
    REQUIRE(at != std::string::npos);
    std::string line = inc.substr(at + tag.size(), inc.find('\n', at) - at - tag.size());
    if (!line.empty() && line.back() == '.') line.pop_back();
    std::string want;
    for (std::string_view n : pith::detail::page_feature_names) {
        if (!want.empty()) want += ", ";
        want += n;
    }
    CHECK(line == want);
}

TEST_CASE("error pages, login walls and empty shells are not content pages", "[page_type]") {
    const pith::result missing = pith::clean(
        "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1>"
        "<p>The requested URL was not found on this server. Try the home page or the search box.</p></body></html>");
    CHECK(missing.page_type == pith::page_type::not_content);
    CHECK(missing.page_type_confidence == 1.0f);
    const pith::result login = pith::clean(
        "<html><head><title>Sign in to continue</title></head><body><form><p>Email address</p><input>"
        "<p>Password</p><input><button>Sign in</button></form><p>Forgot your password? Create an account "
        "to read the whole story and join the discussion.</p></body></html>");
    CHECK(login.page_type == pith::page_type::not_content);
    const pith::result shell =
        pith::clean("<html><head><title>Acme Store</title></head><body><div id=\"app\"><p>Loading...</p></div></body></html>");
    CHECK(shell.page_type == pith::page_type::not_content);
    const pith::result blank = pith::clean("<html><head><title>App</title></head><body><div id=\"root\"></div></body></html>");
    CHECK(blank.code == pith::status::empty_input);
    CHECK(blank.page_type == pith::page_type::not_content);
}

TEST_CASE("an article about an error is an article, not an error page", "[page_type]") {
    std::string page = "<html><head><title>Why 404 pages matter</title></head><body><article><h1>Why 404 pages matter</h1>";
    for (int i = 0; i < 30; ++i)
        page += "<p>A visitor who follows a broken link deserves a page that says what happened and where to go "
                "next, and most sites still show a bare server message instead.</p>";
    page += "</article></body></html>";
    const pith::result r = pith::clean(page);
    CHECK(r.page_type != pith::page_type::not_content);
}

TEST_CASE("the corpus's handmade pages get their type", "[page_type]") {
    CHECK(clean_case("html-news-comments").page_type == pith::page_type::article);
    CHECK(clean_case("html-one-paragraph").page_type == pith::page_type::article);
    CHECK(clean_case("html-forum-qa").page_type == pith::page_type::forum);
    CHECK(clean_case("html-docs-code").page_type == pith::page_type::documentation);
    const pith::result r = clean_case("html-listing-cards");
    CHECK(r.page_type == pith::page_type::listing);
    CHECK(r.page_type_confidence > 0.0f);
    CHECK(r.page_type_confidence <= 1.0f);
}

TEST_CASE("text mode does not judge the page type", "[page_type]") {
    const pith::result r = pith::clean_text("A plain paragraph of text that is long enough to be a body.\n");
    CHECK(r.page_type == pith::page_type::unknown);
    CHECK(r.page_type_confidence == 0.0f);
}

TEST_CASE("page types have stable names, in C too", "[page_type]") {
    CHECK(pith::to_string(pith::page_type::not_content) == "not_content");
    CHECK(pith::to_string(pith::page_type::documentation) == "documentation");
    const std::string page = slurp(fs::path(PITH_CORPUS_DIR) / "html-forum-qa" / "input.html");
    pith_result* r = pith_clean(page.data(), page.size(), nullptr);
    REQUIRE(r);
    CHECK(std::string(pith_result_page_type(r)) == "forum");
    CHECK(pith_result_page_type_confidence(r) > 0.0);
    pith_result_free(r);
    CHECK(std::string(pith_result_page_type(nullptr)) == "unknown");
}
