// Appeal footers: donation, subscription and payment blocks that close an
// article ("Donate here", "Account number: ...", "Sort code: ...", "Subscribe
// to our newsletter"). The run is cut as a whole, including its plain
// sentences ("Readers have always shown immense generosity..."), but only
// when it starts with a strong appeal block, is dense in appeal words, and
// no more than a little body follows it.
#include "rules/rules.h"
#include "text/regex.h"

#include <string>
#include <vector>

namespace pith::detail {

namespace {

// A run is cut when at least this share of its live blocks are hits ...
constexpr int run_min_hit_tenths = 6;
// ... a walk from a hit continues past at most this many plain blocks in a row ...
constexpr int run_max_plain_gap = 3;
// ... and no more than this many body paragraphs (punctuated, at least
// body_paragraph_min_words long) follow it.
constexpr int body_after_run_max = 1;
constexpr int body_paragraph_min_words = 12;

// Words that on their own make a block part of an appeal (RE2 fragments,
// matched case-insensitively as whole words), by language.
constexpr std::string_view strong_words_en[] = {
    "donat(?:e|es|ed|ing|ion|ions)", "gift aid", "sort code", "account number", "account name", "iban", "bic",
    "swift code", "cheques?", "checks payable", "bank transfer", "standing order", "direct debit", "subscribe",
    "newsletter", "sign up", "become a (?:member|supporter|patron)", "support (?:our|us|independent)",
    "make a contribution", "paypal", "patreon",
};
constexpr std::string_view strong_words_de[] = {"spenden?", "spendenkonto", "überweisung", "abonnieren"};
constexpr std::string_view strong_words_fr[] = {"faire un don", "abonnez-vous"};
constexpr std::string_view strong_words_es[] = {"donar", "donación", "suscríbete", "suscripción"};
constexpr std::string_view strong_words_it[] = {"donare", "iscriviti", "abbonati"};
constexpr std::string_view strong_words_pt[] = {"doar", "assine"};
constexpr std::string_view strong_words_ru[] = {"пожертвовать", "подписаться"};

// Words that count towards the density of a run once it has started.
constexpr std::string_view weak_words_en[] = {
    "appeal", "charity", "contribut(?:e|ion|ions)", "subscription", "subscribers?", "charities",
    "fund(?:raising|raiser)?", "raise money", "generous(?:ly)?", "generosity", "give", "giving", "help",
    "support", "readers", "payable", "online form", "post it to", "inbox", "email address", "free",
    "membership", "thank you",
};
constexpr std::string_view weak_words_de_fr[] = {"abonnement"};

const regex strong_words{"appeals.strong_words",
                         R"((?i)\b(?:)" +
                             alternation({strong_words_en, strong_words_de, strong_words_fr, strong_words_es,
                                          strong_words_it, strong_words_pt, strong_words_ru}) +
                             R"()\b)"};

const regex weak_words{"appeals.weak_words",
                       R"((?i)\b(?:)" + alternation({weak_words_en, weak_words_de_fr}) + R"()\b)"};

}  // namespace

void mark_appeals(candidates& blocks) {
    const std::size_t n = blocks.size();
    std::vector<int> weight(n, 0);  // 2 strong, 1 weak, 0 none
    for (std::size_t i = 0; i < n; ++i) {
        const candidate& c = blocks[i];
        if (c.decided && !c.kept) continue;
        if (RE2::PartialMatch(c.text, strong_words)) {
            weight[i] = 2;
        } else if (RE2::PartialMatch(c.text, weak_words)) {
            weight[i] = 1;
        }
    }
    // Look for the earliest start of a run that reaches (nearly) to the end
    // of the remaining body. Every count a start needs comes from the arrays
    // below, filled in one pass each, so the search is linear in the number
    // of blocks (walking the run and the rest from every start was quadratic).
    auto alive = [&](std::size_t k) { return !(blocks[k].decided && !blocks[k].kept); };
    // run_end[k]: the last hit of the run that a walk from hit k reaches, the
    // walk stopping at the 4th plain block in a row.
    std::vector<std::size_t> run_end(n, 0);
    // Prefix counts over [0, k): live blocks, hits, strong hits.
    std::vector<int> live_before(n + 1, 0), hits_before(n + 1, 0), strong_before(n + 1, 0);
    // body_from[k]: live body-like blocks (punctuated, 12+ words) in [k, n).
    std::vector<int> body_from(n + 1, 0);
    for (std::size_t k = 0; k < n; ++k) {
        live_before[k + 1] = live_before[k] + (alive(k) ? 1 : 0);
        hits_before[k + 1] = hits_before[k] + (weight[k] > 0 ? 1 : 0);
        strong_before[k + 1] = strong_before[k] + (weight[k] == 2 ? 1 : 0);
    }
    {
        std::size_t next_hit = n;  // the nearest hit after k, or n
        int plain_between = 0;     // live plain blocks between k and next_hit
        for (std::size_t k = n; k-- > 0;) {
            const candidate& c = blocks[k];
            const bool body = alive(k) && c.stats.final_punct && c.stats.words >= body_paragraph_min_words;
            body_from[k] = body_from[k + 1] + (body ? 1 : 0);
            if (!alive(k)) continue;
            if (weight[k] > 0) {
                run_end[k] = next_hit < n && plain_between <= run_max_plain_gap ? run_end[next_hit] : k;
                next_hit = k;
                plain_between = 0;
            } else {
                ++plain_between;
            }
        }
    }
    for (std::size_t start = 0; start < n; ++start) {
        if (weight[start] != 2) continue;  // dropped blocks have weight 0
        std::size_t last_hit = run_end[start];
        int hits = hits_before[last_hit + 1] - hits_before[start];
        int total_at_last_hit = live_before[last_hit + 1] - live_before[start];
        if (hits * 10 < total_at_last_hit * run_min_hit_tenths) continue;
        // What follows the run must not be more than a little body prose.
        if (body_from[last_hit + 1] > body_after_run_max) continue;
        int strong = strong_before[last_hit + 1] - strong_before[start];
        if (strong < 2 && last_hit - start < 1) continue;  // a lone "subscribe" line is not a run
        for (std::size_t k = start; k <= last_hit; ++k) {
            candidate& c = blocks[k];
            if (c.decided && !c.kept) continue;
            c.drop(reason::appeal, k == start ? "start of a donation / subscription appeal"
                                              : "part of the appeal that starts at block " +
                                                    std::to_string(start + 1));
        }
        return;
    }
}

}  // namespace pith::detail
