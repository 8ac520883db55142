// Reader comments: the comment section under an article is not its content,
// but it is a part of the page a caller may want, so it gets its own reason
// (reason::comment) and its own output (result::comments). On a forum or
// Q&A page the posts are the content, and the rule stays out of it.
//
// HTML: by markup. A class or id token must name comments as a whole
// ("comments", "comment-list", "disqus_thread"): substrings would take
// "no-comments" wrappers and a share bar's "comment-count" link. A section
// that holds most of the page's prose, or its headline, is the page itself
// (a thread, or a theme that wraps the article in a "comment" class).
// Text: a comment heading after enough body text, confirmed by the post
// cues that follow it.
#include "rules/comments.h"

#include "input/class_hints.h"
#include "input/html_bytes.h"
#include "rules/dom_classify.h"

#include "text/regex.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstddef>
#include <string>

namespace pith::detail {

namespace {

// Whole class / id tokens that name a comment section or one comment
// (WordPress, Disqus, Drupal, common themes), lower case, '_' read as '-'.
constexpr std::string_view comment_tokens[] = {
    "comments", "comment", "comment-list", "commentlist", "comments-list", "comment-body", "comment-content",
    "comment-text", "comments-area", "comments-section", "comment-section", "comments-wrapper",
    "comments-container", "comment-thread", "comments-thread", "respond", "comment-respond", "disqus-thread",
    "reply", "replies", "comment-reply", "fb-comments", "user-comments", "reader-comments", "article-comments",
    "post-comments", "blog-comments", "comments-block", "comment-wrapper", "commentary-list"};

// Ids WordPress gives each comment: "comment-123", "li-comment-123", "div-comment-123".
const regex numbered_comment_id_re{"comments.numbered_comment_id",
    R"((?:li-|div-)?comment-\d+)"};
const RE2& numbered_comment_id() { return numbered_comment_id_re; }

// schema.org types whose element is a comment (itemtype is a URL).
const regex comment_itemtype_re{"comments.comment_itemtype",
    R"((?i)schema\.org/(?:Comment|UserComments)\b)"};
const RE2& comment_itemtype() { return comment_itemtype_re; }

// Headings that open a comment section. Bare words are anchored; forms
// with a count or a call to write are the common ones.
const regex heading_words_re{"comments.heading_words",
    R"((?i)^\s*(?:(?:\d+|one|no)\s+)?(?:comments?|responses?|replies|thoughts?|reader comments|user comments|)"
        R"(kommentare?|commentaires?|comentarios?|commenti|reacties|komentarze?|komentáře|kommentarer|)"
        R"(kommentit|yorumlar|комментари[йия])(?:\s*\(\d+\))?(?:\s+(?:to|on)\s+.*)?\s*:?\s*$|)"
        R"(^\s*(?:leave a (?:reply|comment)|post a comment|add a comment|write a comment|join the (?:discussion|conversation)|)"
        R"(what do you think\??|schreibe einen kommentar|kommentar schreiben|laisser un commentaire|)"
        R"(deja un comentario|lascia un commento|laat een reactie achter|comments are closed\.?)\s*$)"};
const RE2& heading_words() { return heading_words_re; }

// A line that introduces or closes one post in a scrape: "Jane says:",
// "Tom on March 3, 2024 at 5:12 pm said:", a bare date and time, "Reply".
const regex post_cue_re{"comments.post_cue",
    R"((?i)(?:\b(?:says|said|wrote|schreibt|écrit|dice|scrive)\s*:\s*$|^\s*(?:reply|log in to reply|)"
        R"(antworten|répondre|responder|rispondi|report|like|quote)\s*$|\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*$|)"
        R"(^\s*\w+ \d{1,2}, \d{4}(?: at .*)?$|^\s*\d{1,2} \w+ \d{4}(?: at .*)?$|\b\d+ (?:minutes?|hours?|days?|weeks?|months?|years?) ago\s*$))"};
const RE2& post_cue() { return post_cue_re; }

// A post's action links, as a whole block.
const regex post_action_re{"comments.post_action",
    R"((?i)\s*(?:reply|reply ↓|log in to reply|report|like|quote|share|antworten|répondre|responder|rispondi|)"
        R"(beantworten|reageren|odpowiedz)\s*)"};
const RE2& post_action() { return post_action_re; }

// A post's author line in a scrape ("Jane says:", "Tom wrote:"): what
// confirms a text-mode thread. Dates and "Reply" lines alone do not: a
// listing's teasers carry dates and "3 comments" counts too.
const regex author_cue_re{"comments.author_cue",
    R"((?i)\b(?:says|said|wrote|schreibt|écrit|dice|scrive)\s*:\s*$)"};
const RE2& author_cue() { return author_cue_re; }

// Headings text mode does not take: a teaser's "0 comments" count, a
// forum's "60 replies", a Q&A site's per-post "Add a comment" link.
const regex not_a_text_heading_re{"comments.not_a_text_heading",
    R"((?i)^\s*(?:0|no)\s|\breplies\b|add a comment)"};
const RE2& not_a_text_heading() { return not_a_text_heading_re; }

// A heading that is only the word, with no count and no call to write
// ("Comments", "Comment"): a listing's category label looks the same.
const regex bare_heading_re{"comments.bare_heading",
    R"((?i)\s*(?:comments?|responses?|thoughts?|reader comments|user comments|kommentare?|commentaires?|)"
        R"(comentarios?|commenti|reacties|komentarze?|komentáře|kommentarer|kommentit|yorumlar|комментари[йия])\s*:?\s*)"};
const RE2& bare_heading() { return bare_heading_re; }

bool token_names_comments(std::string_view tok) {
    if (tok.empty() || tok.size() > 40) return false;
    std::string t(tok);
    for (char& ch : t) ch = ch == '_' ? '-' : lower_ascii(ch);
    for (std::string_view w : comment_tokens)
        if (t == w) return true;
    return false;
}

// Whether a whitespace-separated attribute holds a comment token.
template <typename Test>
bool any_token(std::string_view value, Test&& test) {
    std::size_t i = 0;
    while (i < value.size()) {
        while (i < value.size() && is_ascii_space(value[i])) ++i;
        std::size_t j = i;
        while (j < value.size() && !is_ascii_space(value[j])) ++j;
        if (j > i && test(value.substr(i, j - i))) return true;
        i = j;
    }
    return false;
}

// What the policy does with one block of a comment section. Blocks other
// rules dropped for what they are (a "Reply" marker, an author line, the
// reply form) keep their reason; kept blocks and general boilerplate
// (comment chrome, the DOM classifier's "reader comment") are comments.
// In text mode the chrome model's navigation drops inside the section are
// the posts' short lines too (`loose`).
void apply(candidate& c, comments_policy policy, const char* why, bool loose = false) {
    const bool is_comment = c.kept || (c.why == reason::boilerplate && !c.dom.in_form) ||
                            (loose && c.why == reason::navigation) || c.why == reason::comment;
    // A post's buttons ("Reply", "Report") are not what anyone said.
    if (!is_comment || (!c.kept && RE2::FullMatch(c.text, post_action()))) return;
    c.comment = true;
    if (policy == comments_policy::include) {
        c.keep(std::string(why) + ", kept (comments included)");
    } else if (c.kept) {
        c.drop(reason::comment, why);
    } else {
        c.relabel(reason::comment, std::string(why) + (c.detail.empty() ? "" : "; " + c.detail));
    }
}

}  // namespace

bool comment_element(std::string_view cls, std::string_view id, std::string_view itemtype,
                     std::string_view itemprop) {
    if (any_token(cls, token_names_comments) || token_names_comments(id)) return true;
    if (!id.empty() && id.size() < 40 && RE2::FullMatch(id, numbered_comment_id())) return true;
    if (!itemtype.empty() && RE2::PartialMatch(itemtype, comment_itemtype())) return true;
    return any_token(itemprop, [](std::string_view t) { return equals_ci(t, "comment") || equals_ci(t, "comments"); });
}

bool comment_heading(std::string_view text) {
    return text.size() < 200 && RE2::FullMatch(text, heading_words());
}

void mark_comments_html(candidates& blocks, page_type type, comments_policy policy) {
    if (policy == comments_policy::automatic && type == page_type::forum) return;
    const std::size_t n = blocks.size();
    std::vector<char> part(n, 0);
    int page_prose = 0;
    for (std::size_t i = 0; i < n; ++i) {
        part[i] = (blocks[i].dom.hints & hint_comment_part) != 0;
        if (prose(blocks[i])) page_prose += blocks[i].stats.words;
    }
    // A comment heading just before the markup ("14 Comments" as an <h2>
    // outside the list) belongs to the section.
    for (std::size_t i = 0; i + 1 < n; ++i)
        if (!part[i] && part[i + 1] && blocks[i].stats.words <= 12 && comment_heading(blocks[i].text)) part[i] = 1;
    // Each run of comment blocks is one section (a subtree is contiguous in
    // document order); it must leave the page its prose and its headline.
    for (std::size_t i = 0; i < n;) {
        if (!part[i]) {
            ++i;
            continue;
        }
        std::size_t j = i;
        int run_prose = 0;
        bool headline = false;
        for (; j < n && part[j]; ++j) {
            if (prose(blocks[j])) run_prose += blocks[j].stats.words;
            headline = headline || blocks[j].why == reason::title;
        }
        if (!headline && run_prose * 2 <= page_prose)
            for (std::size_t k = i; k < j; ++k) apply(blocks[k], policy, "inside a comment section");
        i = j;
    }
}

void mark_comments_text(candidates& blocks, comments_policy policy) {
    // Enough body first: a heading near the top is a menu's or a teaser's.
    constexpr int body_words_first = 150;
    // The section lasts while a post cue came within this many blocks.
    constexpr std::size_t cue_reach = 4;
    const std::size_t n = blocks.size();
    // Several "N comments" lines are a listing's teaser counts, not the
    // head of one thread: then only an author line confirms.
    int counts = 0;
    for (const candidate& c : blocks)
        if (c.stats.words <= 12 && c.stats.digits > 0 && comment_heading(c.text)) ++counts;
    int body = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const candidate& h = blocks[i];
        if (h.kept && !h.comment) body += h.stats.words;
        if (body < body_words_first || h.stats.words > 12 || !comment_heading(h.text) ||
            RE2::PartialMatch(h.text, not_a_text_heading()))
            continue;
        std::size_t last_cue = n, end = i + 1;
        bool author = false;
        for (std::size_t k = i + 1; k < n; ++k) {
            if (blocks[k].stats.words <= 15 && RE2::PartialMatch(blocks[k].text, post_cue())) {
                last_cue = k;
                author = author || RE2::PartialMatch(blocks[k].text, author_cue());
            }
            const bool in_reach = last_cue < n ? k - last_cue < cue_reach : k - i < cue_reach;
            if (!in_reach) break;
            end = k + 1;
        }
        // No post followed: a heading, not a thread. A bare "Comments"
        // needs an author line; "12 Comments" or "Leave a Reply" any cue.
        if (!author && (last_cue == n || counts > 1 || RE2::FullMatch(h.text, bare_heading()))) continue;
        end = std::min(end, last_cue + cue_reach);
        for (std::size_t k = i; k < end; ++k) {
            apply(blocks[k], policy, k == i ? "a comment heading" : "after a comment heading", true);
        }
        i = end - 1;
    }
}

}  // namespace pith::detail
