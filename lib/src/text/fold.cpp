#include "text/fold.h"

#include "text/ascii_class.h"
#include "text/char_class.h"
#include "text/utf8.h"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>
#include <vector>

namespace pith::detail {

namespace {
// The runs of characters `keep` accepts, in order, joined by one ASCII space:
// collapse_space keeps what is not white space, loose keys keep word
// characters. Each run is appended at once, not a code point at a time.
// With `lone_nbsp`, also notes the offset in the output of every joining
// space that stood for exactly one U+00A0 (the only caller that asks is text
// mode, which gives those back to kept blocks).
template <typename Keep>
std::string join_runs(std::string_view s, Keep keep, std::vector<std::size_t>* lone_nbsp = nullptr) {
    std::string out;
    out.reserve(s.size());
    bool pending = false;
    std::size_t gap = 0;        // code points dropped since the last run
    bool gap_nbsp = false;      // and whether the first of them was U+00A0
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        const std::size_t start = i;
        const char32_t cp = next_code_point_fast(s, i);
        if (!keep(cp)) {
            pending = !out.empty();
            if (lone_nbsp && gap++ == 0) gap_nbsp = cp == 0xA0;
            continue;
        }
        std::size_t end = i;
        while (end < n) {
            std::size_t k = end;
            if (!keep(next_code_point_fast(s, k))) break;
            end = k;
        }
        if (pending) {
            if (lone_nbsp && gap == 1 && gap_nbsp) lone_nbsp->push_back(out.size());
            out.push_back(' ');
        }
        pending = false;
        gap = 0;
        out.append(s.substr(start, end - start));
        i = end;
    }
    return out;
}
}  // namespace

std::string collapse_space(std::string_view s) {
    const ascii_classes& ac = ascii_class_table();
    return join_runs(s, [&](char32_t cp) { return !ac.test<is_space>(cp, ascii_space); });
}

std::string collapse_space(std::string_view s, std::vector<std::size_t>& lone_nbsp) {
    const ascii_classes& ac = ascii_class_table();
    return join_runs(s, [&](char32_t cp) { return !ac.test<is_space>(cp, ascii_space); }, &lone_nbsp);
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
    const ascii_classes& ac = ascii_class_table();
    return join_runs(folded, [&](char32_t cp) { return ac.test<is_word_char>(cp, ascii_word); });
}
}  // namespace

}  // namespace pith::detail
