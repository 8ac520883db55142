// Bylines: short, unpunctuated credit lines made mostly of capitalised names.
#include "rules/rules.h"
#include "text/credits.h"
#include "text/regex.h"


namespace pith::detail {

namespace {

// "By Jane Doe", "Von Max Muster", "Par Jean Dupont": a credit word
// (text/credits.h) before a capitalised name.
const regex by_prefix{"bylines.by_prefix", [] {
                          std::string words;
                          for (std::string_view w : credit_words)
                              words.append(words.empty() ? "" : "|").append(w);
                          return R"(^(?i:)" + words + R"()\s+\p{Lu})";
                      }()};

// "... for Outlet", "... | Outlet staff", "Staff Writer", "Senior Reporter".
const regex credit_suffix{
    "bylines.credit_suffix",
    R"((?:\b(?i:for)\s+(?:\p{Lu}\S*\s*){1,5}$|(?i)\b(?:staff|senior|chief|political|foreign|special|contributing)?\s*(?:writer|reporter|correspondent|editor|journalist|redakteur|redakteurin|korrespondent|rédacteur|journaliste|periodista|redattore)s?$))"};

}  // namespace

void mark_bylines(candidates& blocks) {
    for (candidate& c : blocks) {
        if (c.decided) continue;
        const text_stats& s = c.stats;
        if (s.words < 2 || s.words > 16 || s.final_punct) continue;
        bool named = s.upper_initial_words * 10 >= s.words * 6;  // mostly capitalised words
        if (named && RE2::PartialMatch(c.text, by_prefix) && s.words <= 10) {
            c.drop(reason::byline, "\"by\" credit line");
        } else if (named && RE2::PartialMatch(c.text, credit_suffix)) {
            c.drop(reason::byline, "names with an outlet or role");
        }
    }
}

}  // namespace pith::detail
