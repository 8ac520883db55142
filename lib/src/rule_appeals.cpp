// Appeal footers: donation, subscription and payment blocks that close an
// article ("Donate here", "Account number: ...", "Sort code: ...", "Subscribe
// to our newsletter"). The run is cut as a whole, including its plain
// sentences ("Readers have always shown immense generosity..."), but only
// when it starts with a strong appeal block, is dense in appeal words, and
// no more than a little body follows it.
#include "rules.h"

#include <re2/re2.h>

namespace pith::detail {

namespace {

// Words that on their own make a block part of an appeal.
const RE2& strong_words() {
    static const RE2 re(
        R"((?i)\b(?:donat(?:e|es|ed|ing|ion|ions)|gift aid|sort code|account number|account name|iban|bic|swift code|cheques?|checks payable|bank transfer|standing order|direct debit|subscribe|newsletter|sign up|become a (?:member|supporter|patron)|support (?:our|us|independent)|make a contribution|paypal|patreon|spenden?|spendenkonto|überweisung|abonnieren|faire un don|abonnez-vous|donar|donación|suscríbete|suscripción|donare|iscriviti|abbonati|doar|assine|пожертвовать|подписаться)\b)",
        RE2::Quiet);
    return re;
}

// Words that count towards the density of a run once it has started.
const RE2& weak_words() {
    static const RE2 re(
        R"((?i)\b(?:appeal|charity|contribut(?:e|ion|ions)|subscription|subscribers?|abonnement|charities|fund(?:raising|raiser)?|raise money|generous(?:ly)?|generosity|give|giving|help|support|readers|payable|online form|post it to|inbox|email address|free|membership|thank you)\b)",
        RE2::Quiet);
    return re;
}

}  // namespace

void mark_appeals(candidates& blocks) {
    const std::size_t n = blocks.size();
    std::vector<int> weight(n, 0);  // 2 strong, 1 weak, 0 none
    for (std::size_t i = 0; i < n; ++i) {
        const candidate& c = blocks[i];
        if (c.decided && !c.kept) continue;
        if (RE2::PartialMatch(c.text, strong_words())) {
            weight[i] = 2;
        } else if (RE2::PartialMatch(c.text, weak_words())) {
            weight[i] = 1;
        }
    }
    // Look for the earliest start of a run that reaches (nearly) to the end
    // of the remaining body.
    for (std::size_t start = 0; start < n; ++start) {
        if (weight[start] != 2 || (blocks[start].decided && !blocks[start].kept)) continue;
        // Extend while appeal blocks keep coming: at most 3 plain blocks in a row.
        std::size_t last_hit = start;
        int hits = 0, total = 0, total_at_last_hit = 0, gap = 0;
        for (std::size_t k = start; k < n; ++k) {
            const candidate& c = blocks[k];
            if (c.decided && !c.kept) continue;
            ++total;
            if (weight[k] > 0) {
                ++hits;
                gap = 0;
                last_hit = k;
                total_at_last_hit = total;
            } else if (++gap > 3) {
                break;
            }
        }
        if (hits * 10 < total_at_last_hit * 6) continue;
        // What follows the run must not be more than a little body prose.
        int body_after = 0;
        for (std::size_t k = last_hit + 1; k < n; ++k) {
            const candidate& c = blocks[k];
            if (c.decided && !c.kept) continue;
            if (c.stats.final_punct && c.stats.words >= 12) ++body_after;
        }
        if (body_after > 1) continue;
        int strong = 0;
        for (std::size_t k = start; k <= last_hit; ++k) strong += weight[k] == 2 ? 1 : 0;
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
