#include "model/html_model.h"

#include "model/favour.h"
#include "model/html_features.h"
#include "model/tree_ensemble.h"

#include <iterator>
#include <string>

namespace pith::detail {

namespace {

#include "model/data/html_model.inc"

static_assert(same_names(block_trained_names, html_feature_names),
              "model/data/html_model.inc was trained on another feature set: run tools/train-models.sh");

// Drops the model never overrules (the trainer's NEVER_OVERRULED and
// ASIDE_DROPS_FINAL, written into the table): the shared rules found these by
// what they are, or the page put the block in an <aside>.
bool never_overruled(const candidate& c) {
    if (c.kept) return false;
    if (block_aside_drops_final && c.dom.in_aside) return true;
    for (reason r : block_never_overruled)
        if (c.why == r) return true;
    return false;
}

std::string percent(double p) { return std::to_string(static_cast<int>(p * 100 + 0.5)) + "%"; }

}  // namespace

std::vector<double> block_probabilities(const candidates& blocks, const html_document& doc,
                                        const html_verdict& verdict) {
    const std::vector<html_row> rows = compute_html_features(blocks, doc, verdict);
    std::vector<double> p(rows.size());
    for (std::size_t k = 0; k < rows.size(); ++k)
        p[k] = sigmoid(tree_sum(block_nodes, block_roots, std::size(block_roots), block_init, rows[k].data()));
    return p;
}

void apply_block_model(candidates& blocks, const html_document& doc, const html_verdict& verdict, favour f) {
    const std::vector<double> p = block_probabilities(blocks, doc, verdict);
    const double threshold = keep_threshold(block_threshold, html_favoured, f);
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        candidate& c = blocks[i];
        if (never_overruled(c)) continue;
        const bool keep = p[i] >= threshold;
        if (keep == c.kept) continue;
        if (keep)
            c.overrule_to_keep("the block model", percent(p[i]));
        else
            c.overrule_to_drop(reason::boilerplate, "the block model", percent(p[i]));
    }
}

std::span<const std::string_view> html_model_trained_names() { return block_trained_names; }

}  // namespace pith::detail
