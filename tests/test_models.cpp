// The learned models' tables against the code that evaluates them: a table
// trained on another feature set, order or policy must not ship.
#include "model/html_features.h"
#include "model/html_model.h"
#include "model/text_features.h"
#include "model/text_model.h"

#include <catch2/catch.hpp>

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
