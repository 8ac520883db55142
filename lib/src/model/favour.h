// The models' keep thresholds for options::favour: the one place where the
// precision and recall settings are defined. The balanced threshold is the
// trained one and stays in the generated tables (model/data/*.inc); these are
// the shifted ones, chosen on the WCXB dev set with ../shared/eval/score.py
// (bench/results.md, "Precision and recall (issue 13 item 5)"): each buys
// several points of precision (or recall) for a modest cost in F1.
#pragma once

#include "pith/pith.h"

namespace pith::detail {

struct favoured_thresholds {
    double precision;  // keep at p >= this when favouring precision
    double recall;     // keep at p >= this when favouring recall
};

// HTML mode's block model (trained threshold 0.5).
inline constexpr favoured_thresholds html_favoured{0.7, 0.3};

// Text mode's chrome model (trained threshold 0.4).
inline constexpr favoured_thresholds text_favoured{0.6, 0.25};

// The threshold to keep at: `balanced` (the trained one) or the favoured one.
inline double keep_threshold(double balanced, const favoured_thresholds& favoured, favour f) {
    switch (f) {
        case favour::precision: return favoured.precision;
        case favour::recall: return favoured.recall;
        case favour::balance: break;
    }
    return balanced;
}

}  // namespace pith::detail
