// The shared rules. Each takes the whole block sequence (they look at
// neighbours) and decides blocks that no earlier rule decided. They do not
// care whether a block came from HTML or text; DOM features only sharpen them.
// Order matters and is fixed by pipeline.cpp (shared_rules): markers,
// captions, bylines, repeats, appeals; then chrome cues and page chrome.
#pragma once

#include "candidate.h"

#include <string>

namespace pith::detail {

// UI debris lines: "SLIDE ME", "Advertisement", "Scroll down for video", ...
void mark_markers(candidates& blocks);

// Photo and video captions: doubled blocks, cue words ("Pictured:",
// "(pictured)", "is seen"), unpunctuated runs between captions, and every
// later copy of a caption. A caption's words standing as a punctuated
// paragraph among body paragraphs are body.
void mark_captions(candidates& blocks);

// A block whose text appeared earlier (same fold_key, or the same words) is a
// repeat; the first copy stays.
void mark_repeats(candidates& blocks);

// "By Jane Doe", "Jane Doe and John Roe for Outlet", "Staff writer", ...
void mark_bylines(candidates& blocks);

// A trailing run of donation / subscription / payment blocks, cut as a whole.
void mark_appeals(candidates& blocks);

// The context-free part of page chrome: a headline on the first line (the
// title), cookie / consent notices, short copyright and legal lines.
void mark_chrome_cues(candidates& blocks);

// Menus, share prompts, teasers and other chrome, by the learned classifier
// over text features and neighbours, then jusText-style smoothing. Decides
// every block still undecided; returns the index of the title block, or -1.
// `f` moves the classifier's keep threshold (model/favour.h).
int mark_chrome(candidates& blocks, favour f = favour::balance);

// The reason mark_chrome gives a block its classifier drops (legal, social,
// navigation or boilerplate); the feature dump prints it for the trainer.
struct text_row;
reason chrome_drop_reason(const candidate& c, const text_row& row);

}  // namespace pith::detail
