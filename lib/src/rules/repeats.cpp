// Repeats: scrapes paste related stories, pull quotes and whole sub-articles
// twice. The first copy stays; a later block with the same fold_key (NFKC,
// case fold, white space) or the same words (loose_key) is a repeat. Hashing
// keeps this linear in the number of blocks.
#include "rules/rules.h"

#include <string>
#include <unordered_map>

namespace pith::detail {

void mark_repeats(candidates& blocks) {
    std::unordered_map<std::string_view, std::size_t> seen;
    seen.reserve(blocks.size() * 2);
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        candidate& c = blocks[i];
        if (c.decided && !c.kept) continue;  // dropped text does not make later copies repeats
        if (c.loose.empty()) continue;
        auto [it, fresh] = seen.emplace(c.loose, i);
        if (fresh) continue;
        if (c.decided) continue;  // kept on purpose by an earlier rule
        c.drop(reason::repeat, "same text as block " + std::to_string(it->second + 1));
    }
}

}  // namespace pith::detail
