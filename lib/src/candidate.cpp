#include "candidate.h"

namespace pith::detail {

void compute_features(candidate& c) {
    fold_keys(c.text, c.key, c.loose);
    c.stats = measure(c.text);
}

}  // namespace pith::detail
