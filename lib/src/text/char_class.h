// Character classes over utf8proc's categories: every case test, word
// boundary and sentence end in pith goes through here, so rules work the same
// in every script.
#pragma once

namespace pith::detail {

bool is_space(char32_t cp) noexcept;    // Unicode white space, NBSP included
bool is_letter(char32_t cp) noexcept;
bool is_upper(char32_t cp) noexcept;    // Lu or Lt
bool is_lower(char32_t cp) noexcept;    // Ll
bool is_digit(char32_t cp) noexcept;    // Nd
bool is_mark(char32_t cp) noexcept;
bool is_word_char(char32_t cp) noexcept;  // letter, mark or number
bool is_closing(char32_t cp) noexcept;  // closing quotes and brackets: ' " ) ] ’ ” » 」 ...
bool is_sentence_end(char32_t cp) noexcept;  // . ! ? … 。 ！ ？ ؟ । ...
// Scripts written without spaces between words (Han, Kana, Thai, ...).
bool is_unspaced_script(char32_t cp) noexcept;

}  // namespace pith::detail
