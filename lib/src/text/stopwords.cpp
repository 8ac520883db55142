#include "text/stopwords.h"

#include <iterator>
#include <string_view>
#include <unordered_set>

namespace pith::detail {

namespace {

constexpr std::string_view words[] = {
    // English
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "because", "been",
    "before", "being", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has",
    "have", "he", "her", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "may",
    "me", "might", "more", "most", "much", "must", "my", "no", "not", "now", "of", "on", "one", "only",
    "or", "other", "our", "out", "over", "said", "she", "should", "so", "some", "such", "than", "that",
    "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "up",
    "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "why", "will", "with",
    "would", "you", "your", "s", "t",
    // German
    "aber", "als", "am", "an", "auch", "auf", "aus", "bei", "bis", "das", "dass", "dem", "den", "der",
    "des", "die", "doch", "durch", "ein", "eine", "einem", "einen", "einer", "eines", "er", "es", "für",
    "hat", "hatte", "ich", "ihr", "im", "ist", "kann", "man", "mit", "nach", "nicht", "noch", "nur",
    "oder", "sein", "sich", "sie", "sind", "so", "über", "um", "und", "uns", "von", "vor", "war", "wie",
    "wir", "wird", "wurde", "zu", "zum", "zur",
    // French
    "au", "aux", "avec", "ce", "ces", "dans", "de", "des", "du", "elle", "en", "est", "et", "il", "ils",
    "je", "la", "le", "les", "leur", "lui", "mais", "ne", "nous", "on", "ou", "par", "pas", "pour", "qu",
    "que", "qui", "sa", "se", "ses", "son", "sont", "sur", "un", "une", "vous", "été", "être", "l", "d",
    // Spanish, Portuguese, Italian
    "al", "como", "con", "del", "el", "ella", "es", "esta", "este", "los", "las", "lo", "más", "muy",
    "para", "pero", "por", "se", "sin", "su", "sus", "una", "uno", "y", "ya", "ao", "com", "da", "das",
    "do", "dos", "ela", "ele", "em", "mais", "na", "nas", "no", "nos", "não", "os", "para", "pela",
    "pelo", "que", "um", "uma", "è", "che", "di", "gli", "il", "lo", "nel", "nella", "non", "per",
    "più", "sono", "della", "delle", "dei", "anche", "come",
    // Dutch, Swedish
    "de", "het", "een", "en", "van", "dat", "die", "niet", "zijn", "met", "voor", "op", "ook", "maar",
    "och", "att", "det", "som", "är", "på", "för", "med", "inte", "av", "till",
    // Russian, Polish, Czech
    "и", "в", "не", "на", "что", "с", "по", "как", "это", "он", "она", "они", "но", "из", "к", "у",
    "за", "от", "для", "же", "так", "то", "бы", "было", "был", "его", "её", "i", "w", "z", "na", "się",
    "że", "do", "nie", "jest", "to", "jak", "po", "a", "je", "se", "že", "ve",
};

}  // namespace

bool is_stopword(std::string_view folded_word) noexcept {
    static const std::unordered_set<std::string_view> set(std::begin(words), std::end(words));
    return set.count(folded_word) != 0;
}

}  // namespace pith::detail
