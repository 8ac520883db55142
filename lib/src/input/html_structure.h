// What the DOM walk records about where a block sits in the page's structure
// (pith::block_structure): list items and their numbers, quotes, table cells
// and whether their table holds data, code languages, and the inline spans
// (links, emphasis, code) over a block's text. Nothing here changes a
// block's text: it only describes it, for the formats that keep structure.
#pragma once

#include "candidate.h"

#include <gumbo.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pith::detail {

// 1-6 for <h1>-<h6>, else 0: the walk's dom_features and the block
// structure both read it.
inline int heading_level(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_H1: return 1;
        case GUMBO_TAG_H2: return 2;
        case GUMBO_TAG_H3: return 3;
        case GUMBO_TAG_H4: return 4;
        case GUMBO_TAG_H5: return 5;
        case GUMBO_TAG_H6: return 6;
        default: return 0;
    }
}

// The part of the walk's per-element context that describes structure.
struct structure_context {
    int list_depth = 0;     // list items on the path
    bool ordered = false;   // the innermost item is in an <ol>
    int list = -1;          // innermost list element (index into the tracker's lists)
    int item = 0;           // innermost list item's id, 0 none
    int item_number = 0;    // its number when ordered
    int quote_depth = 0;
    int table = 0;          // innermost table's id (1-based), 0 none
    int cell = 0;           // innermost cell's id (1-based), 0 none
    int row = 0, column = 0, colspan = 1, rowspan = 1;
    bool header = false;    // in a <th>, or in a cell inside <thead>
    bool in_thead = false;
    std::string_view code_class;  // class of the <pre> or its <code>: where a language is named
};

class structure_tracker {
public:
    explicit structure_tracker(std::string_view page_url) : base_(page_url) {}

    // <base href> from the head: wins over the caller's page URL.
    void set_base(std::string_view href);
    // An element opens under `c` (already a copy of the parent's context):
    // updates `c` for its subtree.
    void enter(GumboTag tag, const GumboElement& el, bool in_pre, structure_context& c);
    // A block is made under `c` by an element with `owner_tag`: its structure
    // except spans, and the table bookkeeping that decides data tables.
    void describe(const structure_context& c, GumboTag owner_tag, block_kind kind, bool pre,
                  block_structure& out);
    // After the walk: marks the cells of data tables (block_structure::data_table).
    void finish(candidates& blocks) const;
    // A link's target resolved against the base, or empty when unsafe.
    std::string resolve(std::string_view href) const;

private:
    struct list_state {
        bool ordered = false;
        int next = 1;
    };
    struct table_state {
        int rows = 0;        // <tr>s seen
        int columns = 0;     // widest row, in columns
        int col = 0;         // next column in the current row
        // Per column (the first max_rowspan_columns): the row a rowspan from
        // above covers it until (exclusive); enter_cell skips those columns.
        std::vector<int> covered_until;
        bool layout = false; // nested table, a cell of several blocks, or block markup in a cell
    };
    void enter_cell(GumboTag tag, const GumboElement& el, structure_context& c);

    std::vector<list_state> lists_;
    std::vector<table_state> tables_;
    std::vector<int> cell_blocks_;   // blocks made per cell id - 1
    std::vector<bool> item_seen_;    // per item id - 1: whether it made a block yet
    std::string base_;
};

// Inline markup as the walk meets it: spans open at the next character
// written and close at the text written so far.
struct span_recorder {
    std::vector<span> spans;
    bool unstarted = false;   // some span waits for its first character
    std::size_t first_pending = 0;  // spans from here on may wait for it

    std::size_t open(span::type what, std::string href);
    void start_pending(std::size_t at);
    void close(std::size_t index, std::size_t at);
};

// The walk's raw block text with white space collapsed (as collapse_space
// does) and the spans moved to the collapsed offsets; spans left empty go.
std::string collapse_with_spans(std::string_view raw, std::vector<span>& spans);

// "python" from "language-python" or "lang-python" in a class list, or empty.
std::string code_language(std::string_view class_list);

}  // namespace pith::detail
