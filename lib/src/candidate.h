// The working form of a block inside the pipeline: the public pith::block plus
// the features the rules look at. Front ends fill text and the features they
// know; rules only ever set the decision.
#pragma once

#include "pith/pith.h"
#include "unicode.h"

#include <cstdint>
#include <string>
#include <vector>

namespace pith::detail {

// Features only an HTML front end can fill; text mode leaves them at default.
struct dom_features {
    bool known = false;        // set by a DOM front end
    std::uint8_t heading_level = 0;
    int depth = 0;
    int link_chars = 0;        // characters of text inside <a>
    bool in_nav = false, in_aside = false, in_header = false, in_footer = false;
    bool in_figure = false, in_form = false;
    int class_score = 0;       // positive / negative class-id hints of the enclosing containers
    int container = -1;        // index of the enclosing container chosen by the walk
};

struct candidate {
    std::string text;          // what is printed
    block_kind kind = block_kind::paragraph;
    std::string key;           // fold_key(text)
    std::string loose;         // loose_key(text)
    text_stats stats;
    dom_features dom;

    // How the front end made it.
    bool bullet = false;       // began with a list bullet
    bool glued = false;        // split off another line at a glue point
    bool glue_host = false;    // the left part of a line whose tail was a glued copy of the next block

    // The decision. `decided` blocks are not revisited by later rules.
    bool decided = false;
    bool kept = true;
    reason why = reason::body;
    std::string detail;

    void drop(reason r, std::string d) {
        decided = true;
        kept = false;
        why = r;
        detail = std::move(d);
    }
    void keep(std::string d) {
        decided = true;
        kept = true;
        why = reason::body;
        detail = std::move(d);
    }
};

using candidates = std::vector<candidate>;

// Fills key, loose and stats from text.
void compute_features(candidate& c);

}  // namespace pith::detail
