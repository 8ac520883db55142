// char_class's answers for the 128 ASCII code points, in one table built by
// asking char_class itself (so the two cannot disagree), for the per-character
// loops of fold.cpp and stats.cpp: most text is ASCII, and the out-of-line
// calls and the UTF-8 decoder cost more than the work.
#pragma once

#include "text/char_class.h"
#include "text/utf8.h"

#include <cstdint>
#include <string_view>

namespace pith::detail {

enum ascii_flag : std::uint16_t {
    ascii_space = 1u << 0,
    ascii_letter = 1u << 1,
    ascii_upper = 1u << 2,
    ascii_lower = 1u << 3,
    ascii_digit = 1u << 4,
    ascii_word = 1u << 5,
    ascii_closing = 1u << 6,
    ascii_sentence_end = 1u << 7,
    ascii_unspaced = 1u << 8,
};

struct ascii_classes {
    std::uint16_t flags[128];
    ascii_classes() noexcept {
        for (char32_t cp = 0; cp < 128; ++cp) {
            std::uint16_t f = 0;
            if (is_space(cp)) f |= ascii_space;
            if (is_letter(cp)) f |= ascii_letter;
            if (is_upper(cp)) f |= ascii_upper;
            if (is_lower(cp)) f |= ascii_lower;
            if (is_digit(cp)) f |= ascii_digit;
            if (is_word_char(cp)) f |= ascii_word;
            if (is_closing(cp)) f |= ascii_closing;
            if (is_sentence_end(cp)) f |= ascii_sentence_end;
            if (is_unspaced_script(cp)) f |= ascii_unspaced;
            flags[cp] = f;
        }
    }
    // is_xxx(cp) through the table for ASCII, through char_class otherwise.
    template <bool (*fn)(char32_t) noexcept>
    bool test(char32_t cp, std::uint16_t flag) const noexcept {
        return cp < 128 ? (flags[cp] & flag) != 0 : fn(cp);
    }
};

inline const ascii_classes& ascii_class_table() noexcept {
    static const ascii_classes table;
    return table;
}

// next_code_point with the ASCII byte decoded inline.
inline char32_t next_code_point_fast(std::string_view s, std::size_t& i) noexcept {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
        ++i;
        return c;
    }
    return next_code_point(s, i);
}

}  // namespace pith::detail
