// Reader comments as their own part of the page (reason::comment): the
// comment section under an article, found by its markup in HTML mode and by
// a comment heading and the posts after it in text mode.
#pragma once

#include "candidate.h"

#include <string_view>

namespace pith::detail {

// True when an element's own attributes name a comment section or one
// comment: a whole class or id token of the vocabulary ("comments",
// "comment-list", "disqus_thread", ...; never "no-comments" or
// "comment-count"), a schema.org Comment / UserComments itemtype, or
// itemprop="comment". The walk records it as hint_comment_part.
bool comment_element(std::string_view cls, std::string_view id, std::string_view itemtype,
                     std::string_view itemprop);

// A heading that opens a comment section: "14 Comments", "Leave a Reply",
// "Join the discussion", "3 responses to ...", in a few languages.
bool comment_heading(std::string_view text);

// HTML mode, after the block model: blocks inside comment markup, and a
// comment heading right before it, are the comment section, unless that
// section holds most of the page's prose or its headline (then it is the
// page). Under automatic it does not run on forum pages. Marks the
// comment blocks (candidate::comment) and applies the policy: dropped with
// reason::comment, or kept under include. The model never overrules it,
// since it comes after the model.
void mark_comments_html(candidates& blocks, page_type type, comments_policy policy);

// Text mode, after the chrome model: a comment heading after enough body
// text, confirmed by post cues ("says:", a date line, "Reply") right after
// it; the section runs while such cues keep coming.
void mark_comments_text(candidates& blocks, comments_policy policy);

}  // namespace pith::detail
