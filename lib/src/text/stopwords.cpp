// The function-word tables, one per language; is_stopword asks them all.
#include "text/stopwords.h"

#include <string_view>
#include <unordered_set>

namespace pith::detail {

namespace {

// English
constexpr std::string_view en_words[] = {
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "because", "been",
    "before", "being", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have",
    "he", "her", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "may", "me",
    "might", "more", "most", "much", "must", "my", "no", "not", "now", "of", "on", "one", "only", "or",
    "other", "our", "out", "over", "said", "she", "should", "so", "some", "such", "than", "that", "the",
    "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "up", "very", "was",
    "we", "were", "what", "when", "where", "which", "while", "who", "why", "will", "with", "would", "you",
    "your", "s", "t",
};

// German
constexpr std::string_view de_words[] = {
    "aber", "als", "am", "an", "auch", "auf", "aus", "bei", "bis", "das", "dass", "dem", "den", "der", "des",
    "die", "doch", "durch", "ein", "eine", "einem", "einen", "einer", "eines", "er", "es", "für", "hat",
    "hatte", "ich", "ihr", "im", "ist", "kann", "man", "mit", "nach", "nicht", "noch", "nur", "oder", "sein",
    "sich", "sie", "sind", "so", "über", "um", "und", "uns", "von", "vor", "war", "wie", "wir", "wird",
    "wurde", "zu", "zum", "zur",
};

// French
constexpr std::string_view fr_words[] = {
    "au", "aux", "avec", "ce", "ces", "dans", "de", "des", "du", "elle", "en", "est", "et", "il", "ils",
    "je", "la", "le", "les", "leur", "lui", "mais", "ne", "nous", "on", "ou", "par", "pas", "pour", "qu",
    "que", "qui", "sa", "se", "ses", "son", "sont", "sur", "un", "une", "vous", "été", "être", "l", "d",
};

// Spanish
constexpr std::string_view es_words[] = {
    "al", "como", "con", "del", "el", "ella", "es", "esta", "este", "los", "las", "lo", "más", "muy", "para",
    "pero", "por", "se", "sin", "su", "sus", "una", "uno", "y", "ya",
};

// Portuguese
constexpr std::string_view pt_words[] = {
    "ao", "com", "da", "das", "do", "dos", "ela", "ele", "em", "mais", "na", "nas", "no", "nos", "não", "os",
    "para", "pela", "pelo", "que", "um", "uma",
};

// Italian
constexpr std::string_view it_words[] = {
    "è", "che", "di", "gli", "il", "lo", "nel", "nella", "non", "per", "più", "sono", "della", "delle",
    "dei", "anche", "come",
};

// Dutch
constexpr std::string_view nl_words[] = {
    "de", "het", "een", "en", "van", "dat", "die", "niet", "zijn", "met", "voor", "op", "ook", "maar",
};

// Swedish
constexpr std::string_view sv_words[] = {
    "och", "att", "det", "som", "är", "på", "för", "med", "inte", "av", "till",
};

// Russian
constexpr std::string_view ru_words[] = {
    "и", "в", "не", "на", "что", "с", "по", "как", "это", "он", "она", "они", "но", "из", "к", "у", "за",
    "от", "для", "же", "так", "то", "бы", "было", "был", "его", "её",
};

// Polish
constexpr std::string_view pl_words[] = {
    "i", "w", "z", "na", "się", "że", "do", "nie", "jest", "to", "jak", "po",
};

// Czech
constexpr std::string_view cs_words[] = {
    "a", "je", "se", "že", "ve",
};

constexpr stopword_language languages[] = {
    {"en", en_words},
    {"de", de_words},
    {"fr", fr_words},
    {"es", es_words},
    {"pt", pt_words},
    {"it", it_words},
    {"nl", nl_words},
    {"sv", sv_words},
    {"ru", ru_words},
    {"pl", pl_words},
    {"cs", cs_words},
};

}  // namespace

std::span<const stopword_language> stopword_languages() noexcept { return languages; }

bool is_stopword(std::string_view folded_word) noexcept {
    static const std::unordered_set<std::string_view> set = [] {
        std::unordered_set<std::string_view> all;
        for (const stopword_language& l : languages) all.insert(l.words.begin(), l.words.end());
        return all;
    }();
    return set.count(folded_word) != 0;
}

}  // namespace pith::detail
