// Metadata from text: credits split into names, and the fields the markup
// left empty filled from the decided blocks (both modes).
#include "input/html_bytes.h"
#include "input/language.h"
#include "input/metadata.h"
#include "text/credits.h"
#include "text/fold.h"

#include <algorithm>
#include <span>
#include <string_view>

namespace pith::detail {

namespace {

// Credit prefixes beyond the byline rule's words (text/credits.h), lower
// case: labels and rarer phrasings that name the author but do not make a
// line a byline on their own. Tried before credit_words, so that "by:" and
// "autor:" win over "by" and "autor".
constexpr std::string_view label_prefixes[] = {
    "reviewed by", "authored by", "author:", "authors:", "autor:", "autorin:", "auteur :", "auteur:",
    "by:", "autor",
    // Forums label the thread's first poster, the page's author.
    "thread starter", "started by", "original poster",
};

// Connectors between names: "Jane Doe and John Roe", "Max und Erika".
constexpr std::string_view name_joiners[] = {" and ", " & ", " und ", " et ", " y ", " e ", " i ", " och ",
                                             " en ", " og ", ";", " | ", "|", " / ", " · ", " • ", "\n"};

// A part of a credit made only of these words is a role, not a name
// ("Staff Writer", "Senior Editor"); "Paycom Blog Contributor" is a name.
constexpr std::string_view role_words[] = {
    "staff", "senior", "chief", "contributing", "guest", "associate", "managing", "deputy", "executive",
    "writer", "reporter", "correspondent", "editor", "journalist", "contributor", "columnist", "in",
    "redaktion", "redakteur", "redakteurin", "rédaction", "rédacteur", "journaliste", "periodista", "redattore",
    "founder", "and", "of", "the",
};

// Words no name holds: the labels and buttons of author boxes ("Share",
// "Full Bio", "About the author").
constexpr std::string_view non_name_words[] = {
    "share", "author", "authors", "about", "bio", "follow", "posts", "articles", "view", "profile", "contact",
    "email", "latest", "written", "updated", "published", "posted", "comments", "reply", "min", "read",
};

// A text node that opens with a credit and goes on with names is short.
constexpr std::size_t max_leading_credit_bytes = 80;
// A name has at least this many letters (an avatar shows one); a user name
// with digits at least this many.
constexpr std::size_t min_name_letters = 2;
constexpr std::size_t min_handle_letters = 2;
// A byline block without "By" is taken for names only when this short.
constexpr std::size_t max_bare_byline_words = 6;

bool starts_with_ci(std::string_view s, std::string_view lower_prefix) {
    if (s.size() < lower_prefix.size()) return false;
    for (std::size_t i = 0; i < lower_prefix.size(); ++i)
        if (lower_ascii(s[i]) != lower_prefix[i]) return false;
    return true;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == ',' || s.front() == ':' || s.front() == '-')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == '.' || s.back() == '-')) s.remove_suffix(1);
    return s;
}

std::string_view strip_prefix(std::string_view s) {
    for (bool again = true; again;) {
        again = false;
        s = trim(s);
        using word_list = std::span<const std::string_view>;
        for (word_list list : {word_list(label_prefixes), word_list(credit_words)}) {
            for (std::string_view p : list) {
                if (!starts_with_ci(s, p)) continue;
                // A word prefix needs a space (or the colon it ends with) after it.
                const bool word = p.back() != ':';
                if (word && s.size() > p.size() && s[p.size()] != ' ' && s[p.size()] != ':') continue;
                s.remove_prefix(p.size());
                again = true;
                break;
            }
            if (again) break;
        }
    }
    return s;
}

bool in_list(std::string_view w, std::span<const std::string_view> list) {
    return std::find(list.begin(), list.end(), w) != list.end();
}

// True when every word of `part` is a role word (all_of) or when any word is
// a non-name word (any).
bool role_only(std::string_view part) {
    std::string folded = loose_key(part);
    if (folded.empty()) return false;
    std::size_t i = 0;
    while (i < folded.size()) {
        std::size_t j = folded.find(' ', i);
        if (j == std::string::npos) j = folded.size();
        if (!in_list(std::string_view(folded).substr(i, j - i), role_words)) return false;
        i = j + 1;
    }
    return true;
}

bool has_non_name_word(std::string_view part) {
    std::string folded = loose_key(part);
    std::size_t i = 0;
    while (i < folded.size()) {
        std::size_t j = folded.find(' ', i);
        if (j == std::string::npos) j = folded.size();
        if (in_list(std::string_view(folded).substr(i, j - i), non_name_words)) return true;
        i = j + 1;
    }
    return false;
}

// A name: no digits (dates, counts), no URL, no handle, not too long, not a
// role or a label.
// A letter of any script: ASCII letters and the lead bytes of letters
// beyond ASCII, but not of U+2000-U+2FFF (0xE2: punctuation, arrows,
// bullets such as "•", which author boxes put between names and dates).
bool has_letter(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC3 && c != 0xE2);
    });
}

// A user name as forums and comment systems print it: one word that starts
// with a letter, holds digits and at least two letters, and otherwise only
// letters, '_', '-' or '.' ("paulb203", "user3080392", "josh_wilmot90").
// Digits elsewhere are dates and counts ("12 comments", "May 4").
bool handle_like(std::string_view s) {
    const auto ascii_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    if (s.empty() || !ascii_letter(s.front())) return false;
    std::size_t letters = 0;
    for (char c : s) {
        if (ascii_letter(c)) ++letters;
        else if (!(c >= '0' && c <= '9') && c != '_' && c != '-' && c != '.') return false;
    }
    return letters >= min_handle_letters;
}

// Letters (ASCII, or any byte of a letter beyond ASCII) in `s`.
std::size_t letter_bytes(std::string_view s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char ch) { return has_letter(std::string_view(&ch, 1)); }));
}

bool name_like(std::string_view s) {
    if (s.empty() || !has_letter(s) || s.front() == '@' || s.find("://") != std::string_view::npos || s.find("www.") == 0) return false;
    // A lone letter is an avatar's initial ("E"), not a name.
    if (letter_bytes(s) < min_name_letters) return false;
    if (std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }) && !handle_like(s)) return false;
    return count_words(s) <= max_author_words && !role_only(s) && !has_non_name_word(s);
}

std::vector<std::string_view> split_on(std::string_view s, std::string_view sep) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (true) {
        std::size_t p = s.find(sep, start);
        out.push_back(s.substr(start, p == std::string_view::npos ? std::string_view::npos : p - start));
        if (p == std::string_view::npos) break;
        start = p + sep.size();
    }
    return out;
}

// Commas separate names only when every part is a name of two words or
// more ("A B, C D, and E F"); otherwise they separate credentials ("Jane
// Doe, MD") and the credit stays whole.
void split_commas(std::string_view s, std::vector<std::string>& out) {
    std::vector<std::string_view> parts = split_on(s, ",");
    bool names = parts.size() > 1;
    for (std::string_view& p : parts) {
        p = strip_prefix(p);
        if (starts_with_ci(p, "and ")) p.remove_prefix(4);
        if (count_words(p) < 2) names = false;
    }
    if (!names) {
        out.emplace_back(trim(s));
        return;
    }
    for (std::string_view p : parts) out.emplace_back(trim(p));
}

}  // namespace

std::size_t count_words(std::string_view s) {
    std::size_t n = 0;
    bool in = false;
    for (char c : s) {
        bool sp = c == ' ';
        if (!sp && !in) ++n;
        in = !sp;
    }
    return n;
}

bool is_credit_prefix(std::string_view text) {
    std::string t = collapse_space(text);
    return !trim(t).empty() && strip_prefix(t).empty();
}

std::vector<std::string> split_authors(std::string_view credit) {
    std::string text = collapse_space(credit);
    std::vector<std::string> parts{std::string(strip_prefix(text))};
    for (std::string_view j : name_joiners) {
        std::vector<std::string> next;
        for (const std::string& p : parts)
            for (std::string_view piece : split_on(p, j)) next.emplace_back(strip_prefix(piece));
        parts = std::move(next);
    }
    std::vector<std::string> names;
    for (const std::string& p : parts) {
        std::vector<std::string> pieces;
        split_commas(p, pieces);
        for (std::string& n : pieces) {
            // "Jane Doe for The Outlet": the outlet is not an author.
            std::size_t f = n.find(" for ");
            if (f != std::string::npos) n.resize(f);
            n = std::string(trim(n));
            if (name_like(n)) names.push_back(std::move(n));
        }
    }
    return names;
}

std::vector<std::string> leading_credit(std::string_view text) {
    const std::string t = collapse_space(text);
    if (t.size() > max_leading_credit_bytes || strip_prefix(t).size() == trim(t).size()) return {};
    std::vector<std::string> names = split_authors(t);
    const auto capitalised = [](const std::string& name) {
        bool start = true;
        for (char ch : name) {
            const auto c = static_cast<unsigned char>(ch);
            if (start && c >= 'a' && c <= 'z') return false;
            start = c == ' ';
        }
        return true;
    };
    if (!std::all_of(names.begin(), names.end(), capitalised)) return {};
    return names;
}

namespace {

// The names in a byline block. A heading is never one (the byline rule also
// fires on "Trends for Every Style"); a credit either starts with "By ...",
// holds "... by Name" after a date or a label, or is a short run of names.
std::vector<std::string> byline_names(const candidate& c) {
    if (c.kind == block_kind::heading) return {};
    std::string_view t = c.text;
    if (strip_prefix(t).size() != trim(t).size()) return split_authors(t);
    std::string lower_text(t);
    for (char& ch : lower_text) ch = lower_ascii(ch);
    std::size_t by = lower_text.rfind(" by ");
    if (by != std::string::npos) return split_authors(t.substr(by + 4));
    if (static_cast<std::size_t>(c.stats.words) <= max_bare_byline_words) return split_authors(t);
    return {};
}


}  // namespace

void complete_metadata(pith::metadata& meta, const candidates& blocks, int title_block, std::string_view headline) {
    if (meta.title.empty()) meta.title = collapse_space(headline);
    for (const candidate& c : blocks) {
        if (!meta.authors.empty()) break;
        if (c.why == reason::byline) meta.authors = byline_names(c);
    }
    fill_text_dates(meta, blocks, title_block);
    if (meta.language.empty()) {
        std::string kept;
        for (const candidate& c : blocks) {
            if (!c.kept) continue;
            if (kept.size() >= language_sample_bytes) break;
            kept += c.text;
            kept += '\n';
        }
        meta.language = detect_language(kept);
        meta.language_detected = !meta.language.empty();
    }
}

}  // namespace pith::detail
