// The working form of a block inside the pipeline: the public pith::block plus
// the features the rules look at. Front ends fill text and the features they
// know; rules only ever set the decision.
#pragma once

#include "pith/pith.h"
#include "text/unicode.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pith::detail {

// Features only an HTML front end can fill; text mode leaves them at default.
struct dom_features {
    bool known = false;        // set by a DOM front end
    std::uint16_t tag = 0;     // GumboTag of the element that owns the text (p, li, td, div, ...)
    std::uint8_t heading_level = 0;
    int depth = 0;             // element depth of that owner
    int text_chars = 0;        // code points of text, spaces excluded
    int link_chars = 0;        // of those, inside <a>
    bool in_nav = false, in_aside = false, in_header = false, in_footer = false;
    bool in_figure = false, in_figcaption = false, in_form = false, in_button = false;
    bool in_list = false, in_table = false, in_pre = false, in_quote = false;
    bool in_article = false, in_main = false;  // <article>, <main> or role=main
    bool hidden = false;       // hidden, aria-hidden, display:none / visibility:hidden on the way down
    int class_score = 0;       // positive / negative class-id hints of the enclosing containers
    std::uint32_t hints = 0;   // bit set of class-id hint categories (html_input.h) on the way down
    std::uint32_t own_hints = 0;  // the same, of the owner element and its inline ancestors only
    int container = -1;        // node id (html_document::nodes) of the element that owns the text
};

struct candidate {
    std::string text;          // what is printed
    block_kind kind = block_kind::paragraph;
    std::string key;           // fold_key(text)
    std::string loose;         // loose_key(text)
    text_stats stats;
    dom_features dom;
    block_structure structure;  // where a DOM front end found it; carried to pith::block as it is

    // How the front end made it.
    bool bullet = false;       // began with a list bullet
    bool glued = false;        // split off another line at a glue point
    bool glue_host = false;    // the left part of a line whose tail was a glued copy of the next block
    bool comment = false;      // part of a comment section (rules/comments.cpp): goes to result::comments

    // The decision, written only through the functions below. A rule decides
    // only blocks no earlier rule decided; the exceptions are named: relabel
    // (a dropped block's reason refined) and overrule (a learned model's
    // verdict over the rules', which records what it overruled).
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
    // Kept for now; later rules may still decide it.
    void keep_for_now(std::string d) {
        kept = true;
        why = reason::body;
        detail = std::move(d);
    }
    // A remark for --explain on a block still undecided; decides nothing.
    void note(std::string d) { detail = std::move(d); }
    // A dropped block's reason refined (a headline among the chrome is the title).
    void relabel(reason r, std::string d) {
        why = r;
        detail = std::move(d);
    }
    // A model keeps what the rules dropped: "<by> keeps it (<score>; the
    // rules said <reason>[: <detail>])".
    void overrule_to_keep(std::string_view by, std::string_view score) {
        std::string said = std::string(to_string(why)) + (detail.empty() ? "" : ": " + detail);
        keep(std::string(by) + " keeps it (" + std::string(score) + "; the rules said " + said + ")");
    }
    // A model drops what the rules kept (their verdict was body).
    void overrule_to_drop(reason r, std::string_view by, std::string_view score) {
        drop(r, std::string(by) + " drops it (" + std::string(score) + " content)");
    }
};

using candidates = std::vector<candidate>;

// Fills key, loose and stats from text.
void compute_features(candidate& c);

}  // namespace pith::detail
