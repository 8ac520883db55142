// Page chrome from text cues (placeholder: title only; the classifier follows).
#include "rules.h"

namespace pith::detail {

int mark_chrome(candidates& blocks) {
    int title = -1;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        candidate& c = blocks[i];
        if (c.decided) continue;
        if (title < 0 && i == 0 && !c.stats.final_punct && c.stats.words >= 3 && c.stats.words <= 40) {
            c.drop(reason::title, "first line, a headline");
            title = static_cast<int>(i);
            continue;
        }
        c.keep("");
    }
    return title;
}

}  // namespace pith::detail
