#include "text/char_class.h"

#include <utf8proc.h>

namespace pith::detail {

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

}  // namespace pith::detail
