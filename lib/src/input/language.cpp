// Language detection by function-word counts: jusText's stopword lists read
// the other way round. Each word votes for every language that has it.
#include "input/language.h"

#include "text/fold.h"
#include "text/stopwords.h"
#include "text/utf8.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace pith::detail {

namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
char upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }
bool ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Word -> bit set of the languages (indexes into stopword_languages()) that have it.
const std::unordered_map<std::string_view, std::uint32_t>& word_languages() {
    static const std::unordered_map<std::string_view, std::uint32_t> table = [] {
        std::unordered_map<std::string_view, std::uint32_t> t;
        std::uint32_t bit = 1;
        for (const stopword_language& l : stopword_languages()) {
            for (std::string_view w : l.words) t[w] |= bit;
            bit <<= 1;
        }
        return t;
    }();
    return table;
}

// Word characters for splitting: letters and digits of any script; an
// apostrophe ends a word ("l'homme" -> "l", "homme"), as the tables expect.
bool word_char(char32_t cp) {
    if (cp < 0x80) return ascii_alpha(static_cast<char>(cp)) || (cp >= '0' && cp <= '9');
    return cp != 0x2019 && cp != 0xA0 && !(cp >= 0x2000 && cp <= 0x206F);
}

}  // namespace

std::string canonical_language_tag(std::string_view declared) {
    std::string tag;
    for (char c : declared) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (!tag.empty()) break;
            continue;
        }
        tag.push_back(c == '_' ? '-' : c);
    }
    std::size_t dash = tag.find('-');
    std::size_t primary = dash == std::string::npos ? tag.size() : dash;
    if (primary < 2 || primary > 3) return {};
    for (std::size_t i = 0; i < tag.size(); ++i) {
        if (tag[i] != '-' && !ascii_alpha(tag[i]) && !(tag[i] >= '0' && tag[i] <= '9')) return {};
        if (i < primary && !ascii_alpha(tag[i])) return {};
    }
    for (std::size_t i = 0; i < primary; ++i) tag[i] = lower(tag[i]);
    // A two-letter region after the language is upper case ("en-US").
    if (dash != std::string::npos && tag.size() == dash + 3) {
        tag[dash + 1] = upper(tag[dash + 1]);
        tag[dash + 2] = upper(tag[dash + 2]);
    }
    return tag;
}

std::string detect_language(std::string_view text) {
    if (text.size() > language_sample_bytes) {
        std::size_t cut = language_sample_bytes;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
        text = text.substr(0, cut);
    }
    const std::string folded = fold_key(text);
    const auto& table = word_languages();
    const std::size_t n = stopword_languages().size();
    std::vector<int> hits(n, 0);
    int words = 0;
    std::size_t i = 0;
    while (i < folded.size()) {
        std::size_t start = i;
        char32_t cp = next_code_point(folded, i);
        if (!word_char(cp)) continue;
        std::size_t end = i;
        while (end < folded.size()) {
            std::size_t k = end;
            if (!word_char(next_code_point(folded, k))) break;
            end = k;
        }
        ++words;
        auto it = table.find(std::string_view(folded).substr(start, end - start));
        if (it != table.end())
            for (std::size_t l = 0; l < n; ++l)
                if (it->second & (std::uint32_t{1} << l)) ++hits[l];
        i = end;
    }
    std::size_t best = 0;
    int second = 0;
    for (std::size_t l = 1; l < n; ++l) {
        if (hits[l] > hits[best]) {
            second = hits[best];
            best = l;
        } else if (hits[l] > second) {
            second = hits[l];
        }
    }
    if (n == 0 || hits[best] < min_language_hits || hits[best] == second ||
        hits[best] < min_language_share * words)
        return {};
    return std::string(stopword_languages()[best].code);
}

}  // namespace pith::detail
