// Bylines: short, unpunctuated credit lines made mostly of capitalised names.
#include "rules/rules.h"
#include "text/credits.h"
#include "text/regex.h"

namespace pith::detail {

namespace {

// A credit line is 2 to 16 words, unpunctuated, with at least this share
// (in tenths) of capitalised words; a "by" line at most 10 words.
constexpr int min_words = 2;
constexpr int max_words = 16;
constexpr int by_line_max_words = 10;
constexpr int capitalised_min_tenths = 6;

// "By Jane Doe", "Von Max Muster", "Par Jean Dupont": a credit word
// (text/credits.h) before a capitalised name.
const regex by_prefix{"bylines.by_prefix", R"(^(?i:)" + alternation({credit_words}) + R"()\s+\p{Lu})"};

// Roles in a credit line ("Staff Writer", "Senior Reporter"), by language.
constexpr std::string_view role_adjectives_en[] = {
    "staff", "senior", "chief", "political", "foreign", "special", "contributing",
};
constexpr std::string_view role_nouns_en[] = {"writer", "reporter", "correspondent", "editor", "journalist"};
constexpr std::string_view role_nouns_other[] = {
    "redakteur", "redakteurin", "korrespondent", "rédacteur", "journaliste", "periodista", "redattore",
};

// "... for Outlet", "... | Outlet staff", "Staff Writer", "Senior Reporter".
const regex credit_suffix{"bylines.credit_suffix",
                          R"((?:\b(?i:for)\s+(?:\p{Lu}\S*\s*){1,5}$|(?i)\b(?:)" +
                              alternation({role_adjectives_en}) + R"()?\s*(?:)" +
                              alternation({role_nouns_en, role_nouns_other}) + R"()s?$))"};

}  // namespace

void mark_bylines(candidates& blocks) {
    for (candidate& c : blocks) {
        if (c.decided) continue;
        const text_stats& s = c.stats;
        if (s.words < min_words || s.words > max_words || s.final_punct) continue;
        bool named = s.upper_initial_words * 10 >= s.words * capitalised_min_tenths;
        if (named && RE2::PartialMatch(c.text, by_prefix) && s.words <= by_line_max_words) {
            c.drop(reason::byline, "\"by\" credit line");
        } else if (named && RE2::PartialMatch(c.text, credit_suffix)) {
            c.drop(reason::byline, "names with an outlet or role");
        }
    }
}

}  // namespace pith::detail
