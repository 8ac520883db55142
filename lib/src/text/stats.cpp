#include "text/stats.h"

#include "text/ascii_class.h"
#include "text/char_class.h"
#include "text/utf8.h"

namespace pith::detail {

text_stats measure(std::string_view s) {
    // char_class through the ASCII table (identical answers, built from it)
    const ascii_classes& ac = ascii_class_table();
    const auto is_space = [&](char32_t cp) { return ac.test<detail::is_space>(cp, ascii_space); };
    const auto is_letter = [&](char32_t cp) { return ac.test<detail::is_letter>(cp, ascii_letter); };
    const auto is_upper = [&](char32_t cp) { return ac.test<detail::is_upper>(cp, ascii_upper); };
    const auto is_lower = [&](char32_t cp) { return ac.test<detail::is_lower>(cp, ascii_lower); };
    const auto is_digit = [&](char32_t cp) { return ac.test<detail::is_digit>(cp, ascii_digit); };
    const auto is_word_char = [&](char32_t cp) { return ac.test<detail::is_word_char>(cp, ascii_word); };
    const auto is_closing = [&](char32_t cp) { return ac.test<detail::is_closing>(cp, ascii_closing); };
    const auto is_sentence_end = [&](char32_t cp) {
        return ac.test<detail::is_sentence_end>(cp, ascii_sentence_end);
    };
    const auto is_unspaced_script = [&](char32_t cp) {
        return ac.test<detail::is_unspaced_script>(cp, ascii_unspaced);
    };
    text_stats st;
    bool in_word = false;
    int unspaced_run = 0;
    char32_t last_visible = 0;
    char32_t last_before_closing = 0;
    bool seen_letter = false;
    bool prev_sentence_end = false;
    std::size_t i = 0;
    auto close_unspaced = [&] {
        if (unspaced_run > 0) st.words += (unspaced_run + 1) / 2;
        unspaced_run = 0;
    };
    while (i < s.size()) {
        char32_t cp = next_code_point_fast(s, i);
        ++st.code_points;
        if (is_space(cp)) {
            if (prev_sentence_end) ++st.sentence_ends;
            prev_sentence_end = false;
            in_word = false;
            close_unspaced();
            continue;
        }
        last_visible = cp;
        if (!is_closing(cp)) last_before_closing = cp;
        if (is_sentence_end(cp)) {
            prev_sentence_end = true;
        } else if (!is_closing(cp)) {
            prev_sentence_end = false;
        }
        if (is_unspaced_script(cp)) {
            in_word = false;
            ++unspaced_run;
            ++st.letters;
            if (!seen_letter) st.starts_upper = true;
            seen_letter = true;
            continue;
        }
        close_unspaced();
        if (is_word_char(cp)) {
            if (!in_word) {
                ++st.words;
                if (is_upper(cp)) ++st.upper_initial_words;
            }
            in_word = true;
            if (is_letter(cp)) {
                ++st.letters;
                if (!seen_letter) {
                    st.starts_upper = !is_lower(cp);
                    st.starts_lower = is_lower(cp);
                }
                seen_letter = true;
            } else if (is_digit(cp)) {
                ++st.digits;
            }
        } else if (cp == '\'' || cp == 0x2019 || cp == '-') {
            // apostrophes and hyphens inside a word do not end it
        } else {
            in_word = false;
        }
    }
    close_unspaced();
    if (prev_sentence_end) ++st.sentence_ends;
    st.final_punct = is_sentence_end(last_before_closing);
    st.ends_colon = last_visible == ':' || last_visible == 0xFF1A;
    return st;
}

}  // namespace pith::detail
