// From the DOM walk's inline text to blocks: the context the walk carries
// down to each element (html_input.cpp), the builder that joins an owner
// element's inline text with the spacing a browser shows, and the step that
// turns what it built into a candidate with its DOM features.
#pragma once

#include "candidate.h"
#include "input/html_structure.h"

#include <gumbo.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace pith::detail {

// What a walk frame passes to its children.
enum ctx_flag : std::uint32_t {
    f_nav = 1u << 0, f_aside = 1u << 1, f_header = 1u << 2, f_footer = 1u << 3, f_figure = 1u << 4,
    f_figcaption = 1u << 5, f_form = 1u << 6, f_button = 1u << 7, f_list = 1u << 8, f_table = 1u << 9,
    f_pre = 1u << 10, f_quote = 1u << 11, f_article = 1u << 12, f_main = 1u << 13, f_hidden = 1u << 14,
    f_link = 1u << 15,
};

struct walk_context {
    std::uint32_t flags = 0;
    std::uint32_t hints = 0;       // all the way down
    std::uint32_t own_hints = 0;   // since the owner block element
    int class_score = 0;
    int owner_node = -1;
    GumboTag owner_tag = GUMBO_TAG_BODY;
    int depth = 0;
    int owner_depth = 0;
    structure_context s;           // lists, quotes, tables, code (html_structure.h)
};

// Accumulates the inline text of the block being built.
struct block_builder {
    std::string text;
    int link_chars = 0;
    int text_chars = 0;
    bool pending_space = false;
    walk_context owner;
    bool has_owner = false;
    span_recorder spans;  // links, emphasis and code over `text`

    // Appends inline text `s` under `c`: white space (outside <pre>) becomes
    // one pending space, and the first visible character makes `c` the
    // block's owner.
    void add(std::string_view s, const walk_context& c);
};

// Turns what `b` built into a block at the end of `out` (none when it holds
// no visible text; past link_run_compaction_after blocks a link block may
// join the one before it) and resets `b` for the next block.
void finish_block(block_builder& b, candidates& out, structure_tracker& structure);

}  // namespace pith::detail
