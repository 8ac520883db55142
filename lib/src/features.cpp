#include "candidate.h"

namespace pith::detail {

void compute_features(candidate& c) {
    c.key = fold_key(c.text);
    c.loose = loose_key(c.text);
    c.stats = measure(c.text);
}

}  // namespace pith::detail
