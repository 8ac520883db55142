// Captions. Text scrapes carry every photo caption, usually twice in a row,
// without final punctuation; HTML pages mark them with <figcaption> or class
// words. A caption is recognised by (in order):
//   1. doubling: two neighbouring blocks with the same text, unpunctuated or
//      with a caption cue;
//   2. cues: "Pictured:", "(pictured)", "is seen", "(left)", "Photo:", ...
//      on an unpunctuated block; weaker cues ("images show") need a long one;
//   3. runs: unpunctuated sentence-length blocks standing between captions;
//   4. copies: any later block with a caption's words, unless it is a
//      punctuated paragraph among body paragraphs (the writer reused the
//      caption's sentence in the story: that copy is body).
#include "rules/rules.h"
#include "text/regex.h"

#include <unordered_set>

namespace pith::detail {

namespace {

// Thresholds, in words: the least an unpunctuated block needs for each test.
constexpr int doubled_min_words = 4;      // doubling
constexpr int cue_min_words = 4;          // a strong cue
constexpr int weak_cue_min_words = 10;    // a weak cue
constexpr int label_min_words = 8;        // an upper-case label
constexpr int run_min_words = 4;          // a run between captions
constexpr int body_neighbour_min_words = 8;  // a punctuated neighbour that makes a copy body

// Vocabulary (RE2 fragments, matched case-insensitively).
// Labels that open a caption before a colon ("Photo: ..."), by language.
constexpr std::string_view label_words_en[] = {
    "photo", "photos", "picture", "image", "images", "credit", "credits", "source", "video", "watch",
    "footage",
};
constexpr std::string_view label_words_other[] = {
    "foto", "bild", "bilder", "quelle", "crédit", "imagen", "immagine", "fonte", "фото",
};
// Photo agencies and wire credits.
constexpr std::string_view agency_words[] = {
    "getty images", "shutterstock", "alamy", "ap photo", "afp via getty", "reuters/", "epa-efe", "pa wire",
    "pa images", "dpa",
};

// Cues strong enough on any unpunctuated block of a few words.
const regex strong_cues{
    "captions.strong_cues",
    R"((?i)(?:\bpictured\b|\bphotographed\b|\b(?:is|are|was|were|be|being) (?:seen|shown|pictured)\b)"
    R"(|\((?:left|right|centre|center|top|bottom|above|below|inset|front|back|file|file photo|file image|l|r|c)\)|\((?:left|right|centre|center|top|bottom|above|below)(?: to (?:left|right))?[),])"
    R"(|^(?:)" +
        alternation({label_words_en, label_words_other}) + R"()\s*:|\b(?:)" + alternation({agency_words}) +
        R"()\b))"};

// Cues that also occur in headings: only on long unpunctuated blocks.
const regex weak_cues{
    "captions.weak_cues",
    R"((?i)\b(?:photo|photos|picture|pictures|image|images|footage|video|clip|satellite image|drawing|still)s? (?:shows?|showed|shared|taken|captured|released|posted|illustrates?|filmed|appears?)\b)"
    R"(|\b(?:this|these|the) (?:photo|picture|image|footage|video|drawing)s?\b|\bsatellite images?\b)"};

// "BEFORE AND AFTER: ...", "WATCH: ...": an upper-case label, a colon, no
// final punctuation. Slider and video captions are written this way.
bool upper_label(const candidate& c) {
    std::size_t colon = c.text.find(':');
    if (colon == std::string::npos || colon < 3 || colon > 40) return false;
    std::string_view label(c.text.data(), colon);
    int upper = 0;
    std::size_t i = 0;
    while (i < label.size()) {
        char32_t cp = next_code_point(label, i);
        if (is_lower(cp)) return false;
        if (is_upper(cp)) ++upper;
    }
    return upper >= 3;
}

bool unpunctuated_sentence(const candidate& c, int min_words) {
    return !c.stats.final_punct && !c.stats.ends_colon && c.stats.words >= min_words;
}

bool has_cue(const candidate& c) { return RE2::PartialMatch(c.text, strong_cues); }

bool is_caption(const candidate& c) {
    return c.decided && !c.kept && (c.why == reason::caption || c.why == reason::caption_duplicate);
}

bool body_like(const candidate* c) {
    return c && !c->decided && c->stats.final_punct && c->stats.words >= body_neighbour_min_words;
}

}  // namespace

void mark_captions(candidates& blocks) {
    const std::size_t n = blocks.size();
    // 1. Doubling.
    for (std::size_t i = 0; i + 1 < n; ++i) {
        candidate& a = blocks[i];
        candidate& b = blocks[i + 1];
        if (a.decided || b.decided || a.key != b.key || a.stats.words < doubled_min_words) continue;
        if (a.stats.final_punct && !has_cue(a)) continue;  // a repeated sentence, left to repeats
        a.drop(reason::caption, "doubled block");
        b.drop(reason::caption_duplicate, "second copy of the caption before it");
        ++i;
    }
    // 2. Cues.
    for (candidate& c : blocks) {
        if (c.decided) continue;
        if (c.kind == block_kind::caption) {
            c.drop(reason::caption, "marked up as a caption");
        } else if (unpunctuated_sentence(c, cue_min_words) && has_cue(c)) {
            c.drop(reason::caption, "caption cue");
        } else if (unpunctuated_sentence(c, weak_cue_min_words) && RE2::PartialMatch(c.text, weak_cues)) {
            c.drop(reason::caption, "photo description");
        } else if (unpunctuated_sentence(c, label_min_words) && upper_label(c)) {
            c.drop(reason::caption, "upper-case caption label");
        }
    }
    // 3. Unpunctuated runs with captions on both sides.
    for (std::size_t i = 0; i < n;) {
        if (blocks[i].decided || !unpunctuated_sentence(blocks[i], run_min_words) || blocks[i].glue_host) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < n && !blocks[j].decided && unpunctuated_sentence(blocks[j], run_min_words) &&
               !blocks[j].glue_host)
            ++j;
        bool left = i > 0 && is_caption(blocks[i - 1]);
        bool right = j < n && is_caption(blocks[j]);
        if (left && right) {
            for (std::size_t k = i; k < j; ++k) blocks[k].drop(reason::caption, "between captions");
        }
        i = j;
    }
    // 4. Copies of captions elsewhere.
    std::unordered_set<std::string> caption_words;
    for (const candidate& c : blocks)
        if (is_caption(c)) caption_words.insert(c.loose);
    if (caption_words.empty()) return;
    for (std::size_t i = 0; i < n; ++i) {
        candidate& c = blocks[i];
        if (c.decided || caption_words.count(c.loose) == 0) continue;
        const candidate* prev = i > 0 ? &blocks[i - 1] : nullptr;
        const candidate* next = i + 1 < n ? &blocks[i + 1] : nullptr;
        if (c.stats.final_punct && (body_like(prev) || body_like(next))) {
            c.keep_for_now("caption words used as a punctuated body paragraph");  // later rules may still drop it
            continue;
        }
        c.drop(reason::caption_duplicate, "same words as a caption");
    }
    // A caption seen before is a duplicate wherever it shows up again.
    std::unordered_set<std::string_view> earlier;
    for (candidate& c : blocks) {
        if (!is_caption(c)) continue;
        if (!earlier.insert(c.loose).second && c.why == reason::caption)
            c.drop(reason::caption_duplicate, "same words as an earlier caption");
    }
}

}  // namespace pith::detail
