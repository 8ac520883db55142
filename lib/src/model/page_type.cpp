#include "model/page_type.h"

#include "model/tree_ensemble.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace pith::detail {

namespace {

#include "model/data/page_type.inc"

static_assert(page_type_feature_count == page_feature_count,
              "model/data/page_type.inc was trained on another feature set: rerun tools/train_page_type.py");
static_assert(std::size(page_type_classes) == std::size(page_type_init) &&
                  std::size(page_type_classes) == std::size(page_type_roots),
              "model/data/page_type.inc: one ensemble per class");

float feature(const page_row& f, std::string_view name) {
    const std::size_t i = page_feature_index(name);
    return i < page_feature_count ? f[i] : 0.f;
}

bool below(const page_row& f, int words) { return feature(f, "log_words") < std::log1p(static_cast<double>(words)); }

}  // namespace

page_type not_content_rule(const page_row& f) {
    if (below(f, not_content_max_words)) return page_type::not_content;
    if (feature(f, "error_title") > 0 && below(f, error_page_max_words)) return page_type::not_content;
    if (feature(f, "login_title") > 0 && below(f, login_page_max_words)) return page_type::not_content;
    return page_type::unknown;
}

page_verdict classify_page(const page_row& f) {
    if (not_content_rule(f) == page_type::not_content) return {page_type::not_content, 1.f};
    constexpr std::size_t classes = std::size(page_type_classes);
    double score[classes];
    for (std::size_t k = 0; k < classes; ++k)
        score[k] = tree_sum(page_type_nodes, page_type_roots[k], std::size(page_type_roots[k]), page_type_init[k],
                            f.data());
    const std::size_t best = static_cast<std::size_t>(std::max_element(score, score + classes) - score);
    double total = 0;
    for (double s : score) total += std::exp(s - score[best]);
    return {page_type_classes[best], static_cast<float>(1.0 / total)};
}

}  // namespace pith::detail
