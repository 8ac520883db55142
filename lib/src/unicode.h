// Unicode helpers over utf8proc: every comparison, case test and word count in
// pith goes through here, so rules work the same in every script.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pith::detail {

inline constexpr char32_t replacement_char = 0xFFFD;

// Decodes the code point at `s[i]`, advancing `i`; invalid or truncated
// sequences yield U+FFFD and advance by one byte, so iteration always ends.
char32_t next_code_point(std::string_view s, std::size_t& i) noexcept;

// Length of the valid UTF-8 sequence at `s[i]` (1-4), 0 when it is invalid
// or truncated: overlong forms, surrogates and code points past U+10FFFF are
// invalid, as in utf8proc and the WHATWG decoder.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) noexcept;

// Length of the longest prefix of `s` that is valid UTF-8. ASCII runs are
// skipped eight bytes at a time: most of a page is ASCII markup.
std::size_t valid_utf8_prefix(std::string_view s) noexcept;
void append_utf8(std::string& out, char32_t cp);

// Valid UTF-8 with LF line ends: CRLF and CR become LF, NUL bytes and other
// C0 controls except tab and LF are removed, invalid sequences become U+FFFD,
// a leading BOM is dropped.
std::string sanitize_text(std::string_view in);

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

// Trims Unicode white space from both ends and folds every inner run of it to
// one ASCII space.
std::string collapse_space(std::string_view s);

// Comparison key: NFKC, case fold, white space collapsed, trimmed. Two blocks
// with the same key are the same text.
std::string fold_key(std::string_view s);
// A looser key: fold_key keeping only words (letters, marks, numbers) joined
// by single spaces; "Kyiv." and "kyiv" share it.
std::string loose_key(std::string_view s);
// Both keys at once, normalising the text only once.
void fold_keys(std::string_view s, std::string& key, std::string& loose);

// Shallow text statistics of one block.
struct text_stats {
    int words = 0;          // runs of word characters; unspaced scripts count one word per two characters
    int letters = 0;
    int upper_initial_words = 0;  // words starting with an upper-case letter
    int digits = 0;
    int code_points = 0;
    bool final_punct = false;     // ends in sentence punctuation, closing quotes allowed after it
    bool ends_colon = false;
    bool starts_upper = false;    // first letter is upper case (or the script has no case)
    bool starts_lower = false;
    int sentence_ends = 0;        // sentence punctuation followed by space or end
};
text_stats measure(std::string_view s);

}  // namespace pith::detail
