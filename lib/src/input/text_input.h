// Text front end: a plain-text scrape to candidate blocks.
#pragma once

#include "budget.h"
#include "candidate.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pith::detail {

// Paragraphs are separated by blank lines. Inside a paragraph, a line that is
// its own unit (a bullet, the line after a bullet, a line after a finished
// sentence, a short stacked line) becomes its own block; hard-wrapped prose
// is joined back. Then glued copies are split off (see split_glued).
// `text` must already be sanitized (valid UTF-8, LF line ends). At most
// `max_blocks` blocks are made: when the text would make more, the last one
// holds all the rest of the text (white space collapsed) and a warning is
// appended to `warnings`. Linear in the size of `text`. With a `budget`
// that runs out, reading stops: the blocks made so far are returned and the
// glue split is skipped.
candidates read_text_blocks(std::string_view text, std::size_t max_blocks,
                            std::vector<std::string>& warnings, time_budget* budget = nullptr);

// The same with the default block limit, for tools and tests that do not
// need the warnings.
inline candidates read_text_blocks(std::string_view text) {
    std::vector<std::string> ignored;
    return read_text_blocks(text, pith::default_max_blocks, ignored);
}

// Naive scrapers glue a caption's second copy onto the next paragraph with no
// space ("...this morningA huge explosion...") and sometimes its first copy
// onto the end of the previous one. Splits such lines where the evidence is
// a neighbouring block with the same words: a block that starts with the
// whole previous block, or ends with the start of the next one, at a glue
// point. Words like "iPhone" or "McDonald" are never split on their own.
// Splits only while the result stays within `max_blocks`. Linear in the
// total size of the blocks.
void split_glued(candidates& blocks, std::size_t max_blocks);

// Blocks are compared and printed with white space folded to ASCII spaces;
// a scrape's lone NO-BREAK SPACE between two words ("Colonel-General
// Mikhail", "said.\u00A0And") is the writer's, and the printed text keeps
// it. For each kept block whose text is found in the folded `text` (searched
// forward from the previous block's match, as blocks keep the text's order),
// the spaces that stood for a lone U+00A0 get it back. A block not found is
// left as is; after a few misses the search stops, so the pass stays linear
// in the size of `text`. Does nothing when `text` holds no U+00A0.
void restore_no_break_spaces(std::string_view text, candidates& blocks);

// True when the line starts with a list bullet ("•", "-", "*", "1.", ...).
bool starts_with_bullet(std::string_view line);

}  // namespace pith::detail
