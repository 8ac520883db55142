#include "unicode.h"

#include <utf8proc.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace pith::detail {

namespace {

std::uint64_t load8(const char* p) noexcept {
    std::uint64_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

constexpr std::uint64_t high_bits = 0x8080808080808080ull;

// True when one of the eight bytes is below 0x20 or 0x80 and above: a C0
// control (or tab / LF / CR) or part of a multibyte sequence.
bool has_control_or_high(std::uint64_t v) noexcept {
    return ((v - 0x2020202020202020ull) | v) & high_bits;
}

}  // namespace

std::size_t utf8_sequence_length(std::string_view s, std::size_t i) noexcept {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = b(i);
    if (c < 0x80) return 1;
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0) lo = 0xA0;  // no overlong forms
        if (c == 0xED) hi = 0x9F;  // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;  // nothing past U+10FFFF
    } else {
        return 0;
    }
    if (i + len > s.size()) return 0;
    if (b(i + 1) < lo || b(i + 1) > hi) return 0;
    for (std::size_t k = 2; k < len; ++k)
        if (b(i + k) < 0x80 || b(i + k) > 0xBF) return 0;
    return len;
}

std::size_t valid_utf8_prefix(std::string_view s) noexcept {
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        if (i + 8 <= n && (load8(s.data() + i) & high_bits) == 0) {
            i += 8;
            continue;
        }
        std::size_t len = utf8_sequence_length(s, i);
        if (len == 0) break;
        i += len;
    }
    return i;
}

char32_t next_code_point(std::string_view s, std::size_t& i) noexcept {
    const unsigned char c0 = static_cast<unsigned char>(s[i]);
    if (c0 < 0x80) {  // most text is ASCII: no library call for it
        ++i;
        return c0;
    }
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                              static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {
        ++i;
        return replacement_char;
    }
    i += static_cast<std::size_t>(n);
    return static_cast<char32_t>(cp);
}

void append_utf8(std::string& out, char32_t cp) {
    utf8proc_uint8_t buf[4];
    auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf);
    if (n <= 0) {
        n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(replacement_char), buf);
    }
    out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

std::string sanitize_text(std::string_view in) {
    std::string out;
    out.reserve(in.size());
    std::size_t i = 0;
    if (in.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
    const std::size_t n = in.size();
    while (i < n) {
        // Printable ASCII passes through unchanged: copy it in runs, eight
        // bytes tested at a time.
        std::size_t run = i;
        while (run + 8 <= n && !has_control_or_high(load8(in.data() + run))) run += 8;
        while (run < n) {
            unsigned char r = static_cast<unsigned char>(in[run]);
            if (r < 0x20 || r >= 0x80) break;
            ++run;
        }
        out.append(in, i, run - i);
        i = run;
        if (i >= n) break;
        unsigned char c = static_cast<unsigned char>(in[i]);
        if (c < 0x80) {
            ++i;
            if (c == '\r') {
                if (i < n && in[i] == '\n') ++i;
                out.push_back('\n');
            } else if (c == '\n' || c == '\t') {
                out.push_back(static_cast<char>(c));
            }
            continue;
        }
        std::size_t len = utf8_sequence_length(in, i);
        if (len == 0) {  // an invalid byte: U+FFFD for it alone, as next_code_point does
            append_utf8(out, replacement_char);
            ++i;
        } else {
            out.append(in, i, len);
            i += len;
        }
    }
    return out;
}

namespace {
utf8proc_category_t category(char32_t cp) noexcept {
    return utf8proc_category(static_cast<utf8proc_int32_t>(cp));
}
}  // namespace

bool is_space(char32_t cp) noexcept {
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v') return true;
    if (cp < 0x80) return false;
    auto c = category(cp);
    return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP ||
           cp == 0x85 || cp == 0x200B || cp == 0xFEFF;
}

bool is_letter(char32_t cp) noexcept {
    if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    auto c = category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

bool is_upper(char32_t cp) noexcept {
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    auto c = category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

bool is_lower(char32_t cp) noexcept {
    if (cp < 0x80) return cp >= 'a' && cp <= 'z';
    return category(cp) == UTF8PROC_CATEGORY_LL;
}

bool is_digit(char32_t cp) noexcept {
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    return category(cp) == UTF8PROC_CATEGORY_ND;
}

bool is_mark(char32_t cp) noexcept {
    if (cp < 0x80) return false;
    auto c = category(cp);
    return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_ME;
}

bool is_word_char(char32_t cp) noexcept {
    if (cp < 0x80) return is_letter(cp) || is_digit(cp) || cp == '_';
    auto c = category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO) || c == UTF8PROC_CATEGORY_PC;
}

bool is_closing(char32_t cp) noexcept {
    switch (cp) {
        case '\'': case '"': case ')': case ']': case '}': case '*':
            return true;
        default:
            break;
    }
    if (cp < 0x80) return false;
    auto c = category(cp);
    return c == UTF8PROC_CATEGORY_PE || c == UTF8PROC_CATEGORY_PF || cp == 0x2019 || cp == 0x201D ||
           cp == 0x00BB || cp == 0x300D || cp == 0x300F;
}

bool is_sentence_end(char32_t cp) noexcept {
    switch (cp) {
        case '.': case '!': case '?':
        case 0x2026:  // …
        case 0x3002:  // 。
        case 0xFF01:  // ！
        case 0xFF0E:  // ．
        case 0xFF1F:  // ？
        case 0x061F:  // ؟
        case 0x06D4:  // ۔
        case 0x0964:  // । danda
        case 0x0965:  // ॥
        case 0x0589:  // ։ Armenian
        case 0x1362:  // ። Ethiopic
        case 0x104B:  // ။ Myanmar
        case 0x0E2F:  // ฯ Thai
        case 0x203C: case 0x2047: case 0x2048: case 0x2049:
            return true;
        default:
            return false;
    }
}

bool is_unspaced_script(char32_t cp) noexcept {
    return (cp >= 0x3040 && cp <= 0x30FF) ||   // Hiragana, Katakana
           (cp >= 0x3400 && cp <= 0x4DBF) ||   // CJK ext A
           (cp >= 0x4E00 && cp <= 0x9FFF) ||   // CJK unified
           (cp >= 0xF900 && cp <= 0xFAFF) ||   // CJK compatibility
           (cp >= 0x20000 && cp <= 0x2FFFF) || // CJK ext B+
           (cp >= 0x0E00 && cp <= 0x0E7F) ||   // Thai
           (cp >= 0x0E80 && cp <= 0x0EFF) ||   // Lao
           (cp >= 0x1000 && cp <= 0x109F) ||   // Myanmar
           (cp >= 0x1780 && cp <= 0x17FF);     // Khmer
}

std::string collapse_space(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool pending = false;
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t start = i;
        char32_t cp = next_code_point(s, i);
        if (is_space(cp)) {
            pending = !out.empty();
            continue;
        }
        if (pending) out.push_back(' ');
        pending = false;
        out.append(s.substr(start, i - start));
    }
    return out;
}

namespace {
struct free_deleter {
    void operator()(void* p) const noexcept { std::free(p); }
};

bool is_plain_ascii(char ch) noexcept {
    const unsigned char c = static_cast<unsigned char>(ch);
    return c != 0 && c < 0x80;
}

void append_lower_ascii(std::string& out, std::string_view s) {
    for (char c : s) out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
}

// One piece through utf8proc (or, when it is all ASCII, lower-cased: ASCII
// without NUL is its own NFKC form and folds by lower-casing A-Z, which is
// exactly what utf8proc gives, as the tests check for all of it).
bool fold_piece(std::string_view s, std::string& out) {
    bool ascii = true;
    for (char c : s)
        if (!is_plain_ascii(c)) {
            ascii = false;
            break;
        }
    if (ascii) {
        append_lower_ascii(out, s);
        return true;
    }
    utf8proc_uint8_t* raw = nullptr;
    auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                          static_cast<utf8proc_ssize_t>(s.size()), &raw,
                          static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                         UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                                                         UTF8PROC_IGNORE));
    std::unique_ptr<utf8proc_uint8_t, free_deleter> owned(raw);
    if (n < 0) return false;
    out.append(reinterpret_cast<const char*>(raw), static_cast<std::size_t>(n));
    return true;
}

// NFKC + case fold through utf8proc; on failure (it only fails on invalid
// input, which sanitize_text already removed) the input is used as is.
//
// utf8proc costs far more per character than lower-casing, and most text,
// even in other scripts, is largely ASCII (spaces, digits, punctuation, and
// in Latin scripts most letters). The text is cut before ASCII characters:
// an ASCII character is a starter that composes with nothing before it, so
// the normal form of the whole is the normal forms of the pieces joined
// (the tests compare against utf8proc on the whole text). Long ASCII runs are
// lower-cased; their last character stays with what follows, which may be a
// combining mark that composes with it. Short runs stay inside the utf8proc
// piece around them, so text in another script is one call, not one a word.
std::string nfkc_casefold(std::string_view s) {
    constexpr std::size_t long_ascii_run = 24;
    std::string out;
    out.reserve(s.size());
    const std::size_t n = s.size();
    std::size_t piece = 0;  // start of the text not yet folded
    std::size_t i = 0;
    while (i < n) {
        if (!is_plain_ascii(s[i])) {
            ++i;
            continue;
        }
        const std::size_t run = i;
        while (i < n && is_plain_ascii(s[i])) ++i;
        const std::size_t alone_end = i == n ? n : i - 1;
        if (alone_end - run < long_ascii_run) continue;
        if (run > piece && !fold_piece(s.substr(piece, run - piece), out)) return std::string(s);
        append_lower_ascii(out, s.substr(run, alone_end - run));
        piece = alone_end;
    }
    if (piece < n && !fold_piece(s.substr(piece), out)) return std::string(s);
    return out;
}
}  // namespace

namespace {
std::string words_only(const std::string& folded);
}  // namespace

std::string fold_key(std::string_view s) { return collapse_space(nfkc_casefold(s)); }

std::string loose_key(std::string_view s) { return words_only(nfkc_casefold(s)); }

void fold_keys(std::string_view s, std::string& key, std::string& loose) {
    std::string folded = nfkc_casefold(s);  // the costly part, done once for both keys
    key = collapse_space(folded);
    loose = words_only(folded);
}

namespace {
std::string words_only(const std::string& folded) {
    std::string out;
    out.reserve(folded.size());
    bool pending = false;
    std::size_t i = 0;
    while (i < folded.size()) {
        std::size_t start = i;
        char32_t cp = next_code_point(folded, i);
        if (!is_word_char(cp)) {
            pending = !out.empty();
            continue;
        }
        if (pending) out.push_back(' ');
        pending = false;
        out.append(folded, start, i - start);
    }
    return out;
}
}  // namespace

text_stats measure(std::string_view s) {
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
        char32_t cp = next_code_point(s, i);
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
