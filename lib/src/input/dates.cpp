// Date normalisation. Machine dates are parsed by position; text dates by a
// scan over number and word tokens of the case-folded text, matched against
// the month names below.
#include "input/dates.h"

#include "text/fold.h"
#include "text/utf8.h"
#include "text/regex.h"

#include <re2/re2.h>

#include <array>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pith::detail {

namespace {

// Month names, case-folded, in the stopword languages: full names, the
// genitive forms dates use (Slavic languages), and the abbreviations pages
// print ("Sept.", "févr.", "mrt"). Abbreviations that are also common words
// of another language ("out", "mag" aside) are left out. Adding a language
// is adding rows.
struct month_name {
    std::string_view name;
    int month;
};
constexpr month_name month_names[] = {
    // English
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6}, {"july", 7},
    {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
    {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7}, {"aug", 8}, {"sep", 9},
    {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
    // German
    {"januar", 1}, {"jänner", 1}, {"februar", 2}, {"märz", 3}, {"maerz", 3}, {"mai", 5}, {"juni", 6},
    {"juli", 7}, {"oktober", 10}, {"dezember", 12}, {"mär", 3}, {"okt", 10}, {"dez", 12},
    // French
    {"janvier", 1}, {"février", 2}, {"fevrier", 2}, {"mars", 3}, {"avril", 4}, {"juin", 6},
    {"juillet", 7}, {"août", 8}, {"aout", 8}, {"septembre", 9}, {"octobre", 10}, {"novembre", 11},
    {"décembre", 12}, {"decembre", 12}, {"janv", 1}, {"févr", 2}, {"fevr", 2}, {"avr", 4}, {"juil", 7},
    {"déc", 12},
    // Spanish
    {"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5}, {"junio", 6}, {"julio", 7},
    {"agosto", 8}, {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10}, {"noviembre", 11},
    {"diciembre", 12}, {"ene", 1}, {"abr", 4}, {"ago", 8}, {"dic", 12},
    // Portuguese
    {"janeiro", 1}, {"fevereiro", 2}, {"março", 3}, {"marco", 3}, {"maio", 5}, {"junho", 6},
    {"julho", 7}, {"setembro", 9}, {"outubro", 10}, {"novembro", 11}, {"dezembro", 12}, {"fev", 2},
    // Italian
    {"gennaio", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5}, {"giugno", 6}, {"luglio", 7},
    {"settembre", 9}, {"ottobre", 10}, {"dicembre", 12}, {"gen", 1}, {"giu", 6}, {"lug", 7}, {"ott", 10},
    // Dutch
    {"januari", 1}, {"februari", 2}, {"maart", 3}, {"mei", 5}, {"augustus", 8}, {"mrt", 3},
    // Swedish
    {"maj", 5}, {"augusti", 8},
    // Russian (genitive, as in "4 сентября 2025", and nominative)
    {"января", 1}, {"февраля", 2}, {"марта", 3}, {"апреля", 4}, {"мая", 5}, {"июня", 6}, {"июля", 7},
    {"августа", 8}, {"сентября", 9}, {"октября", 10}, {"ноября", 11}, {"декабря", 12},
    {"январь", 1}, {"февраль", 2}, {"март", 3}, {"апрель", 4}, {"май", 5}, {"июнь", 6}, {"июль", 7},
    {"август", 8}, {"сентябрь", 9}, {"октябрь", 10}, {"ноябрь", 11}, {"декабрь", 12},
    // Polish (genitive and nominative)
    {"stycznia", 1}, {"lutego", 2}, {"marca", 3}, {"kwietnia", 4}, {"maja", 5}, {"czerwca", 6},
    {"lipca", 7}, {"sierpnia", 8}, {"września", 9}, {"października", 10}, {"listopada", 11},
    {"grudnia", 12}, {"styczeń", 1}, {"luty", 2}, {"marzec", 3}, {"kwiecień", 4}, {"czerwiec", 6},
    {"lipiec", 7}, {"sierpień", 8}, {"wrzesień", 9}, {"październik", 10}, {"grudzień", 12},
    // Czech (genitive and nominative)
    {"ledna", 1}, {"února", 2}, {"března", 3}, {"dubna", 4}, {"května", 5}, {"června", 6},
    {"července", 7}, {"srpna", 8}, {"září", 9}, {"října", 10}, {"listopadu", 11}, {"prosince", 12},
    {"leden", 1}, {"únor", 2}, {"březen", 3}, {"duben", 4}, {"květen", 5}, {"červen", 6},
    {"červenec", 7}, {"srpen", 8}, {"říjen", 10}, {"listopad", 11}, {"prosinec", 12},
};

// Words that may stand between the parts of a text date: "4 de marzo de
// 2025", "the 4th of July, 2025", "1er mars", "4-го".
constexpr std::string_view date_fillers[] = {"de", "del", "of", "the", "st", "nd", "rd", "th", "er", "го"};

// At most this many characters of punctuation or space between two parts.
constexpr std::size_t max_date_gap = 3;

int month_of(std::string_view folded_word) {
    static const std::unordered_map<std::string_view, int> table = [] {
        std::unordered_map<std::string_view, int> t;
        for (const month_name& m : month_names) t.emplace(m.name, m.month);
        return t;
    }();
    auto it = table.find(folded_word);
    return it == table.end() ? 0 : it->second;
}

bool is_filler(std::string_view w) {
    for (std::string_view f : date_fillers)
        if (f == w) return true;
    return false;
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool valid_date(int y, int m, int d) {
    static constexpr std::array<int, 12> days{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < min_page_year || y > max_page_year || m < 1 || m > 12 || d < 1) return false;
    if (m == 2 && d == 29) return leap(y);
    return d <= days[static_cast<std::size_t>(m - 1)];
}

std::string two(int v) {
    std::string s = std::to_string(v);
    return s.size() < 2 ? "0" + s : s;
}

std::string format_date(int y, int m, int d) { return std::to_string(y) + "-" + two(m) + "-" + two(d); }

// A token of the folded text: a run of digits or of letters; `gap` is what
// stands between it and the previous token.
struct token {
    bool number = false;
    int value = 0;
    std::size_t digits = 0;
    std::string_view word;
    std::string_view gap;
};

// Latin letters with diacritics and Cyrillic: the scripts of the month table.
bool letter(char32_t cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 &&
                                                                     cp != 0xF7) ||
           (cp >= 0x400 && cp <= 0x4FF);
}

std::vector<token> tokenize(std::string_view s) {
    std::vector<token> out;
    std::size_t i = 0, last_end = 0;
    while (i < s.size()) {
        std::size_t start = i;
        char32_t cp = next_code_point(s, i);
        const bool digit = cp >= '0' && cp <= '9';
        if (!digit && !letter(cp)) continue;
        std::size_t end = i;
        while (end < s.size()) {
            std::size_t k = end;
            char32_t c = next_code_point(s, k);
            if (digit ? !(c >= '0' && c <= '9') : !letter(c)) break;
            end = k;
        }
        token t;
        t.gap = s.substr(last_end, start - last_end);
        t.number = digit;
        t.word = s.substr(start, end - start);
        if (digit) {
            t.digits = end - start;
            for (char c : t.word) t.value = t.digits <= 8 ? t.value * 10 + (c - '0') : 0;
        }
        out.push_back(t);
        i = last_end = end;
    }
    return out;
}

bool short_gap(std::string_view gap) {
    if (gap.size() > max_date_gap) return false;
    for (char c : gap)
        if (c != ' ' && c != ',' && c != '.' && c != '-' && c != '/') return false;
    return true;
}

bool is_day(const token& t) { return t.number && t.digits <= 2 && t.value >= 1 && t.value <= 31; }
bool is_year(const token& t) { return t.number && t.digits == 4; }

// Index past the filler words and ordinal suffixes from `k`.
std::size_t skip_fillers(const std::vector<token>& t, std::size_t k) {
    while (k < t.size() && !t[k].number && short_gap(t[k].gap) && is_filler(t[k].word)) ++k;
    return k;
}

// Numeric dates at t[i]: Y-M-D, D.M.Y, M/D/Y or D/M/Y. Returns the date.
std::string numeric_at(const std::vector<token>& t, std::size_t i, bool month_first) {
    if (i + 2 >= t.size() || !t[i].number || !t[i + 1].number || !t[i + 2].number) return {};
    std::string_view g1 = t[i + 1].gap, g2 = t[i + 2].gap;
    if (g1.size() != 1 || g1 != g2 || (g1[0] != '-' && g1[0] != '/' && g1[0] != '.')) return {};
    const token &a = t[i], &b = t[i + 1], &c = t[i + 2];
    if (is_year(a) && b.digits <= 2 && c.digits <= 2 && valid_date(a.value, b.value, c.value))
        return format_date(a.value, b.value, c.value);
    if (!is_year(c) || a.digits > 2 || b.digits > 2) return {};
    bool day_first = g1[0] == '.' || a.value > 12 || (b.value <= 12 && !month_first);
    int d = day_first ? a.value : b.value, m = day_first ? b.value : a.value;
    return valid_date(c.value, m, d) ? format_date(c.value, m, d) : std::string();
}

// Dates with a month name at t[i]: "4 September 2025" or "September 4, 2025".
std::string named_at(const std::vector<token>& t, std::size_t i) {
    if (is_day(t[i])) {
        std::size_t k = skip_fillers(t, i + 1);
        if (k >= t.size() || t[k].number || !short_gap(t[k].gap)) return {};
        int m = month_of(t[k].word);
        if (!m) return {};
        std::size_t y = skip_fillers(t, k + 1);
        if (y < t.size() && is_year(t[y]) && short_gap(t[y].gap) && valid_date(t[y].value, m, t[i].value))
            return format_date(t[y].value, m, t[i].value);
        return {};
    }
    if (t[i].number) return {};
    int m = month_of(t[i].word);
    if (!m) return {};
    std::size_t d = skip_fillers(t, i + 1);
    if (d >= t.size() || !is_day(t[d]) || !short_gap(t[d].gap)) return {};
    std::size_t y = skip_fillers(t, d + 1);
    if (y < t.size() && is_year(t[y]) && short_gap(t[y].gap) && valid_date(t[y].value, m, t[d].value))
        return format_date(t[y].value, m, t[d].value);
    return {};
}

}  // namespace

std::string find_text_date(std::string_view text, bool month_first) {
    const std::string folded = fold_key(text);
    const std::vector<token> t = tokenize(folded);
    for (std::size_t i = 0; i < t.size(); ++i) {
        std::string d = numeric_at(t, i, month_first);
        if (d.empty()) d = named_at(t, i);
        if (!d.empty()) return d;
    }
    return {};
}

// YYYY[-/.]MM[-/.]DD or YYYYMMDD, then [T ]hh:mm[:ss[.fff]] and a zone.
const regex iso_date_re{
    "dates.iso_date",
    R"(^\s*(\d{4})(?:([-/.])(\d{1,2})[-/.](\d{1,2})|(\d{2})(\d{2}))(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?)"};

std::string iso_date(std::string_view s) {
    const RE2& re = iso_date_re;
    std::string y, sep, m1, d1, m2, d2, hh, mm, ss, zone;
    if (!RE2::PartialMatch(s, re, &y, &sep, &m1, &d1, &m2, &d2, &hh, &mm, &ss, &zone))
        return find_text_date(s, true);
    const int year = std::stoi(y), month = std::stoi(sep.empty() ? m2 : m1), day = std::stoi(sep.empty() ? d2 : d1);
    if (!valid_date(year, month, day)) return find_text_date(s, true);
    std::string out = format_date(year, month, day);
    if (hh.empty()) return out;
    const int h = std::stoi(hh), mi = std::stoi(mm), se = ss.empty() ? 0 : std::stoi(ss);
    if (h > 23 || mi > 59 || se > 60) return out;
    // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on the
    // chained operator+ here.
    out += 'T';
    out += two(h);
    out += ':';
    out += two(mi);
    out += ':';
    out += two(se);
    if (zone == "Z" || zone == "z" || zone == "UTC" || zone == "GMT") {
        out += "Z";
    } else if (!zone.empty()) {
        std::string digits;
        for (char c : zone.substr(1))
            if (c != ':') digits += c;
        if (digits.size() == 2) digits += "00";
        out += zone.substr(0, 1) + digits.substr(0, 2) + ":" + digits.substr(2, 2);
    }
    return out;
}

// A date ends the path segment, or is followed by a separator and a word:
// "/2024-4-4-2024-5-0-issue" is a run of version numbers, not a date.
const regex url_date_parts{"dates.url_date_parts",
                           R"(/((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?:/|[_.-](?:[^0-9]|$)|$))"};
const regex url_date_packed{"dates.url_date_packed", R"(/((?:19|20)\d{2})(\d{2})(\d{2})(?:/|[_.-](?:[^0-9]|$)|$))"};

std::string url_date(std::string_view url) {
    const RE2& parts = url_date_parts;
    const RE2& packed = url_date_packed;
    std::size_t query = url.find_first_of("?#");
    if (query != std::string_view::npos) url = url.substr(0, query);
    std::string y, m, d;
    if (!RE2::PartialMatch(url, parts, &y, &m, &d) && !RE2::PartialMatch(url, packed, &y, &m, &d)) return {};
    const int year = std::stoi(y), month = std::stoi(m), day = std::stoi(d);
    return valid_date(year, month, day) ? format_date(year, month, day) : std::string();
}

}  // namespace pith::detail
