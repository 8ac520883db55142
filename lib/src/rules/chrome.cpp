// Page chrome: menus, cookie notices, legal lines, share prompts, teasers and
// the rest of a page's furniture, judged from text cues and neighbours.
//
// Three parts:
//   1. cue rules that need no context: cookie / consent notices and short
//      copyright or legal lines;
//   2. the learned classifier (model/text_model.h) over shallow text features and
//      context, which decides every other block still undecided;
//   3. the title: a headline on the first line, or the heading-like line
//      that stands right before the body.
// Blocks an HTML front end already judged from the DOM keep that judgement.
#include "rules/rules.h"

#include "model/favour.h"
#include "model/text_features.h"
#include "model/text_model.h"
#include "text/regex.h"
#include "text/social_networks.h"

#include <cstdio>

namespace pith::detail {

namespace {

// Thresholds, in words: a cue only decides a block this short.
constexpr int cookie_notice_max_words = 80;
constexpr int legal_line_max_words = 30;
constexpr int social_prompt_max_words = 20;
// A first line shorter than this is not taken for a headline.
constexpr int first_line_title_min_words = 5;

// Vocabulary (RE2 fragments, matched case-insensitively as whole words).
// A cookie notice: "cookie(s)" with one of these words after it ...
constexpr std::string_view cookie_context_after[] = {
    "consent", "accept", "agree", "use", "uses", "using", "policy", "settings", "preferences", "browser",
    "experience",
};
// ... or before it,
constexpr std::string_view cookie_context_before[] = {
    "consent", "accept", "agree", "use", "uses", "using", "policy", "settings", "preferences",
};
// or one of these on its own.
constexpr std::string_view cookie_words_alone[] = {
    "gdpr",
    // German
    "cookie-einstellungen", "datenschutzeinstellungen",
};

// Copyright and legal lines, besides "©" and "(c) 2024".
constexpr std::string_view legal_phrases[] = {
    // English
    "copyright", "all rights reserved", "terms (?:of (?:use|service)|and conditions)",
    "privacy (?:policy|notice|statement)",
    // German, French, Spanish
    "alle rechte vorbehalten", "impressum", "datenschutz(?:erklärung)?", "tous droits réservés",
    "todos los derechos reservados",
};

// Share and follow prompts: one of these verbs before "us", "this" or "on",
// or a social network's name (text/social_networks.h).
constexpr std::string_view social_verbs[] = {"share", "follow", "like", "join"};

const regex cookie_words{"chrome.cookie_words",
                         R"((?i)(?:\bcookies?\b.*\b(?:)" + alternation({cookie_context_after}) + R"()\b)"
                         R"(|\b(?:)" + alternation({cookie_context_before}) + R"()\b.*\bcookies?\b)"
                         R"(|\b(?:)" + alternation({cookie_words_alone}) + R"()\b))"};

const regex legal_words{"chrome.legal_words",
                        R"((?i)(?:©|\(c\) ?\d{4}|\b(?:)" + alternation({legal_phrases}) + R"()\b))"};

const regex social_words{"chrome.social_words", R"((?i)(?:\b(?:)" + alternation({social_verbs}) +
                                                    R"() (?:us|this|on)\b|\b(?:)" +
                                                    alternation({social_networks}) + R"()\b))"};

std::string score_detail(const char* what, double p) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s, content score %.2f", what, p);
    return buf;
}

}  // namespace

reason chrome_drop_reason(const candidate& c, const text_row& row) {
    if (RE2::PartialMatch(c.text, legal_words)) return reason::legal;
    if (RE2::PartialMatch(c.text, social_words) && c.stats.words <= social_prompt_max_words)
        return reason::social;
    bool menu_like = c.stats.words < 5 || c.bullet || row.f[feature::camel_glue] > 0.2f ||
                     row.f[feature::separators] > 0.2f;
    return menu_like ? reason::navigation : reason::boilerplate;
}

namespace {

bool title_like(const candidate& c) {
    const text_stats& s = c.stats;
    return s.words >= 3 && s.words <= 40 && !s.final_punct && !s.ends_colon && s.starts_upper;
}

bool live(const candidate& c) { return !(c.decided && !c.kept); }

bool given_back(const text_policy& policy, reason r) {
    for (reason g : policy.gives_back)
        if (g == r) return true;
    return false;
}

}  // namespace

void mark_chrome_cues(candidates& blocks) {
    // A scrape that opens with a headline: the first line is the title.
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (!live(blocks[i])) continue;
        if (i == 0 && !blocks[i].decided && !blocks[i].dom.known && title_like(blocks[i]) &&
            blocks[i].stats.words >= first_line_title_min_words)
            blocks[i].drop(reason::title, "first line, a headline");
        break;
    }
    for (candidate& c : blocks) {
        if (c.decided || c.dom.known) continue;
        if (c.stats.words <= cookie_notice_max_words && RE2::PartialMatch(c.text, cookie_words)) {
            c.drop(reason::cookie_notice, "cookie / consent wording");
        } else if (c.stats.words <= legal_line_max_words && RE2::PartialMatch(c.text, legal_words)) {
            c.drop(reason::legal, "copyright / legal wording");
        }
    }
}

int mark_chrome(candidates& blocks, favour f) {
    int title = -1;
    if (!blocks.empty() && blocks[0].why == reason::title) title = 0;
    // The classifier.
    std::vector<text_row> rows = compute_text_features(blocks);
    std::vector<double> p = text_probabilities(rows);
    const text_policy& policy = text_model_policy();
    const double threshold = keep_threshold(policy.keep_threshold, text_favoured, f);
    int first_kept = -1;
    std::vector<bool> model_dropped(rows.size(), false);  // what smoothing may give back
    for (std::size_t k = 0; k < rows.size(); ++k) {
        candidate& c = blocks[rows[k].block];
        if (!c.decided && !c.dom.known) {
            // Prose inside the densest run of prose is content whatever
            // the model says: the model learned from pages that all carry a
            // header and a footer, and a clean scrape has neither.
            const auto& f = rows[k].f;
            bool prose_in_region = f[feature::in_region] > 0 && f[feature::good] > 0 &&
                                   f[feature::stopword_ratio] >= policy.prose_min_stopwords;
            if (p[k] >= threshold || prose_in_region) {
                c.keep(score_detail(p[k] >= threshold ? "content" : "prose in the main region", p[k]));
            } else {
                c.drop(chrome_drop_reason(c, rows[k]), score_detail("chrome", p[k]));
                model_dropped[k] = true;
            }
        }
        if (first_kept < 0 && c.kept) first_kept = static_cast<int>(rows[k].block);
    }
    // Context smoothing: a short run of blocks the classifier dropped, with
    // kept body on both sides, is part of the body (a subheading, a question
    // in an interview, a one-line paragraph).
    for (std::size_t k = 0; k < rows.size();) {
        if (!model_dropped[k]) {
            ++k;
            continue;
        }
        std::size_t j = k;
        while (j < rows.size() && model_dropped[j]) ++j;
        bool left = k > 0 && blocks[rows[k - 1].block].kept;
        bool right = j < rows.size() && blocks[rows[j].block].kept;
        if (left && right && j - k <= policy.smoothed_run) {
            for (std::size_t m = k; m < j; ++m) {
                candidate& b = blocks[rows[m].block];
                if (given_back(policy, b.why))
                    b.keep(score_detail("between body blocks", p[m]));
            }
        }
        k = j;
    }
    // Anything a DOM front end left undecided is body.
    for (candidate& c : blocks)
        if (!c.decided) c.keep("");
    // Otherwise the title is the heading-like line just before the body.
    if (title < 0 && first_kept > 0) {
        int seen = 0;
        for (int i = first_kept - 1; i >= 0 && seen < 4; --i) {
            candidate& c = blocks[static_cast<std::size_t>(i)];
            if (c.why == reason::marker || c.why == reason::byline) continue;
            ++seen;
            if (!c.kept && !c.dom.known && title_like(c) &&
                (c.why == reason::navigation || c.why == reason::boilerplate)) {
                c.relabel(reason::title, "heading before the body");
                title = i;
                break;
            }
        }
    }
    return title;
}

}  // namespace pith::detail
