// The learned models' tables against the code that evaluates them: a table
// trained on another feature set, order or policy must not ship.
#include "model/html_features.h"
#include "model/html_model.h"
#include "model/text_features.h"
#include "model/text_model.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

using namespace pith::detail;

TEST_CASE("the HTML table was trained on html_feature_names, in order", "[models]") {
    const auto trained = html_model_trained_names();
    REQUIRE(trained.size() == html_feature_names.size());
    for (std::size_t i = 0; i < trained.size(); ++i) CHECK(trained[i] == html_feature_names[i]);
}

TEST_CASE("the text table was trained on text_feature_names, in order", "[models]") {
    const auto trained = text_model_trained_names();
    REQUIRE(trained.size() == text_feature_names.size());
    for (std::size_t i = 0; i < trained.size(); ++i) CHECK(trained[i] == text_feature_names[i]);
}

TEST_CASE("the text policy comes from the table and is a usable one", "[models]") {
    const text_policy& p = text_model_policy();
    CHECK(p.keep_threshold > 0.0);
    CHECK(p.keep_threshold < 1.0);
    CHECK(p.smoothed_run >= 1);
    CHECK(!p.gives_back.empty());
    for (pith::reason r : p.gives_back) CHECK(r != pith::reason::body);
}

TEST_CASE("feature indices the rules read name the right columns", "[models]") {
    CHECK(text_feature_names[feature::good] == "good");
    CHECK(text_feature_names[feature::in_region] == "in_region");
    CHECK(text_feature_names[feature::stopword_ratio] == "stopword_ratio");
    CHECK(text_feature_names[feature::camel_glue] == "camel_glue");
    CHECK(text_feature_names[feature::separators] == "separators");
}

// options::favour only moves the models' keep threshold, and every stage
// after the models can only drop more when they keep less: so on the same
// page, precision keeps a subset of balance's blocks, balance of recall's.
TEST_CASE("favouring precision keeps a subset of the balanced blocks, recall a superset", "[models]") {
    namespace fs = std::filesystem;
    std::size_t moved = 0, pages = 0;
    for (const fs::directory_entry& dir : fs::directory_iterator(PITH_CORPUS_DIR)) {
        for (const char* name : {"input.html", "input.txt"}) {
            const fs::path path = dir.path() / name;
            if (!fs::exists(path)) continue;
            std::ifstream in(path, std::ios::binary);
            const std::string page((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            pith::result by[3];
            for (pith::favour f : {pith::favour::balance, pith::favour::precision, pith::favour::recall}) {
                pith::options o;
                o.favour = f;
                by[static_cast<int>(f)] = pith::clean(page, o);
            }
            const auto& balance = by[0].blocks;
            const auto& precision = by[1].blocks;
            const auto& recall = by[2].blocks;
            REQUIRE(balance.size() == precision.size());
            REQUIRE(balance.size() == recall.size());
            for (std::size_t k = 0; k < balance.size(); ++k) {
                INFO(path.string() << " block " << k << ": " << balance[k].text);
                CHECK((!precision[k].kept || balance[k].kept));
                CHECK((!balance[k].kept || recall[k].kept));
                moved += precision[k].kept != recall[k].kept;
            }
            ++pages;
        }
    }
    CHECK(pages >= 10);
    CHECK(moved > 0);  // the settings do change something on real pages
}
