#include "text/stats.h"

#include "text/ascii_class.h"
#include "text/char_class.h"
#include "text/utf8.h"

namespace pith::detail {

namespace {

// char_class through the ASCII table (identical answers, built from it).
struct fast_classes {
    const ascii_classes& ac = ascii_class_table();
    bool space(char32_t cp) const { return ac.test<is_space>(cp, ascii_space); }
    bool letter(char32_t cp) const { return ac.test<is_letter>(cp, ascii_letter); }
    bool upper(char32_t cp) const { return ac.test<is_upper>(cp, ascii_upper); }
    bool lower(char32_t cp) const { return ac.test<is_lower>(cp, ascii_lower); }
    bool digit(char32_t cp) const { return ac.test<is_digit>(cp, ascii_digit); }
    bool word_char(char32_t cp) const { return ac.test<is_word_char>(cp, ascii_word); }
    bool closing(char32_t cp) const { return ac.test<is_closing>(cp, ascii_closing); }
    bool sentence_end(char32_t cp) const { return ac.test<is_sentence_end>(cp, ascii_sentence_end); }
    bool unspaced_script(char32_t cp) const { return ac.test<is_unspaced_script>(cp, ascii_unspaced); }
};

// measure's one pass over the code points: what it has counted so far and
// what it remembers of the characters before.
struct stats_scan {
    fast_classes is;
    text_stats st;
    bool in_word = false;
    int unspaced_run = 0;
    char32_t last_visible = 0;
    char32_t last_before_closing = 0;
    bool seen_letter = false;
    bool prev_sentence_end = false;

    // A run of characters of a script written without spaces (CJK, Thai)
    // counts one word per two characters.
    void close_unspaced() {
        if (unspaced_run > 0) st.words += (unspaced_run + 1) / 2;
        unspaced_run = 0;
    }

    void take_space() {
        if (prev_sentence_end) ++st.sentence_ends;
        prev_sentence_end = false;
        in_word = false;
        close_unspaced();
    }

    void take_word_char(char32_t cp) {
        if (!in_word) {
            ++st.words;
            if (is.upper(cp)) ++st.upper_initial_words;
        }
        in_word = true;
        if (is.letter(cp)) {
            ++st.letters;
            if (!seen_letter) {
                st.starts_upper = !is.lower(cp);
                st.starts_lower = is.lower(cp);
            }
            seen_letter = true;
        } else if (is.digit(cp)) {
            ++st.digits;
        }
    }

    void take_visible(char32_t cp) {
        last_visible = cp;
        if (!is.closing(cp)) last_before_closing = cp;
        if (is.sentence_end(cp)) {
            prev_sentence_end = true;
        } else if (!is.closing(cp)) {
            prev_sentence_end = false;
        }
        if (is.unspaced_script(cp)) {
            in_word = false;
            ++unspaced_run;
            ++st.letters;
            if (!seen_letter) st.starts_upper = true;
            seen_letter = true;
            return;
        }
        close_unspaced();
        if (is.word_char(cp)) {
            take_word_char(cp);
        } else if (cp == '\'' || cp == 0x2019 || cp == '-') {
            // apostrophes and hyphens inside a word do not end it
        } else {
            in_word = false;
        }
    }

    text_stats finish() {
        close_unspaced();
        if (prev_sentence_end) ++st.sentence_ends;
        st.final_punct = is.sentence_end(last_before_closing);
        st.ends_colon = last_visible == ':' || last_visible == 0xFF1A;
        return st;
    }
};

}  // namespace

text_stats measure(std::string_view s) {
    stats_scan scan;
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp = next_code_point_fast(s, i);
        ++scan.st.code_points;
        if (scan.is.space(cp)) scan.take_space();
        else scan.take_visible(cp);
    }
    return scan.finish();
}

}  // namespace pith::detail
